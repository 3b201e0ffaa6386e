package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.pyrite.internal.tensor.Bessel;
import dev.pyrite.internal.tensor.Constants;
import dev.pyrite.internal.tensor.LinearAlgebras;
import dev.pyrite.internal.tensor.SpecialFunctions;

/**
 * Numerically careful tensor functions that DJL's {@code NDArray} lacks: special functions and
 * batched linear algebra, all with gradients on every engine.
 *
 * <p>Special functions are built from elementwise ops. Linear algebra acts on the last two axes
 * (leading axes are batch axes) and uses the engine's own operators where DJL reaches them (MXNet's
 * {@code linalg_potrf}/{@code linalg_trsm} through {@code NDManager.invoke}), and engine-neutral
 * routines built from slices and matrix products everywhere else; the engine is the one of the
 * array passed in.
 *
 * <pre>{@code
 * NDArray y = TensorOps.softplus(x);        // log(1 + exp(x)), no overflow
 * NDArray lse = TensorOps.logSumExp(x, 0);  // log(sum(exp(x), axis 0))
 * NDArray l = TensorOps.cholesky(cov);      // cov = l l^T
 * NDArray z = TensorOps.solveTriangular(l, b, true, false); // l z = b
 * }</pre>
 */
public final class TensorOps {
  private TensorOps() {}

  /**
   * {@code log(1 + x)}, accurate for small {@code x}.
   *
   * @param x the input, {@code x > -1}
   * @return {@code log1p(x)}
   */
  public static NDArray log1p(NDArray x) {
    return SpecialFunctions.log1p(x);
  }

  /**
   * {@code exp(x) - 1}, accurate for small {@code x}.
   *
   * @param x the input
   * @return {@code expm1(x)}
   */
  public static NDArray expm1(NDArray x) {
    return SpecialFunctions.expm1(x);
  }

  /**
   * {@code log(1 + exp(x))} without overflow (the engine's fused op).
   *
   * @param x the input
   * @return the softplus
   */
  public static NDArray softplus(NDArray x) {
    return Activation.softPlus(x);
  }

  /**
   * {@code log(sigmoid(x)) = -softplus(-x)}.
   *
   * @param x the input
   * @return the log-sigmoid
   */
  public static NDArray logSigmoid(NDArray x) {
    return softplus(x.neg()).neg();
  }

  /**
   * {@code 1 / (1 + exp(-x))}.
   *
   * @param x the input
   * @return the sigmoid
   */
  public static NDArray sigmoid(NDArray x) {
    return Activation.sigmoid(x);
  }

  /**
   * {@code log(x / (1 - x))}.
   *
   * @param p probabilities in (0, 1)
   * @return the logits
   */
  public static NDArray logit(NDArray p) {
    return p.log().sub(log1p(p.neg()));
  }

  /**
   * {@code log(sum(exp(x)))} along an axis, stable for large inputs; {@code -inf} where every entry
   * is {@code -inf}.
   *
   * @param x the input
   * @param axis the axis to reduce
   * @return the reduced array
   */
  public static NDArray logSumExp(NDArray x, int axis) {
    return SpecialFunctions.logSumExp(x, axis);
  }

  /**
   * {@code log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b)}.
   *
   * @param a the first argument
   * @param b the second argument
   * @return the log beta function
   */
  public static NDArray logBeta(NDArray a, NDArray b) {
    return a.gammaln().add(b.gammaln()).sub(a.add(b).gammaln());
  }

  /**
   * The digamma function {@code d/dx log Gamma(x)} for {@code x > 0}, accurate to about 1e-13
   * relative in float64 (recurrence up to 6, then the asymptotic series); differentiable.
   *
   * <pre>{@code
   * NDArray psi = TensorOps.digamma(concentration);
   * }</pre>
   *
   * @param x positive arguments
   * @return {@code psi(x)}
   */
  public static NDArray digamma(NDArray x) {
    return SpecialFunctions.digamma(x);
  }

  /**
   * {@code log I0(x)}, the log of the modified Bessel function of the first kind of order 0,
   * accurate to about 1e-15 relative; differentiable ({@code d/dx log I0 = I1 / I0}).
   *
   * @param x the argument
   * @return {@code log I0(x)}
   */
  public static NDArray logBesselI0(NDArray x) {
    return Bessel.logI0(x);
  }

  /**
   * {@code log I1(x)} for {@code x >= 0}, the log of the modified Bessel function of the first kind
   * of order 1; differentiable.
   *
   * @param x the non-negative argument
   * @return {@code log I1(x)}
   */
  public static NDArray logBesselI1(NDArray x) {
    return Bessel.logI1(x);
  }

  /**
   * The lower Cholesky factor {@code L} of symmetric positive-definite matrices, {@code a = L L^T}.
   * The input is symmetrised ({@code (a + a^T) / 2}), so its gradient is symmetric, as in torch.
   * Entries are NaN where a matrix is not positive definite.
   *
   * @param a matrices of shape {@code (..., n, n)}
   * @return lower-triangular factors with positive diagonals
   */
  public static NDArray cholesky(NDArray a) {
    return LinearAlgebras.of(a).cholesky(a);
  }

  /**
   * Whether matrices are positive definite: the symmetric part {@code (a + a^T) / 2} has a Cholesky
   * factor with a positive diagonal (torch's {@code cholesky_ex(a).info == 0}), found by the
   * engine-neutral factorisation so that no engine raises. Symmetry itself is not checked.
   *
   * @param a matrices {@code (..., n, n)}
   * @return booleans {@code (...)}
   */
  public static NDArray isPositiveDefinite(NDArray a) {
    NDArray l = LinearAlgebras.neutral().cholesky(a.stopGradient());
    NDArray d = LinearAlgebras.neutral().diagonal(l);
    // NaN fails every comparison, so a NaN pivot counts as not positive
    return d.gt(0).toType(DataType.INT32, false).min(new int[] {-1}).gt(0);
  }

  /**
   * Solves {@code a x = b} (or {@code a^T x = b}) for triangular {@code a}; batch axes broadcast.
   *
   * @param a triangular matrices {@code (..., n, n)}; only the named triangle is read
   * @param b right-hand sides {@code (..., n, m)} (a vector {@code v} is {@code v.expandDims(-1)})
   * @param lower whether {@code a} is lower (else upper) triangular
   * @param transpose whether to solve with {@code a^T}
   * @return the solution, of shape {@code broadcast(batch) + (n, m)}
   */
  public static NDArray solveTriangular(NDArray a, NDArray b, boolean lower, boolean transpose) {
    return LinearAlgebras.of(a).solveTriangular(a, b, lower, transpose);
  }

  /**
   * The main diagonals of matrices.
   *
   * @param a matrices {@code (..., n, n)}
   * @return the diagonals {@code (..., n)}
   */
  public static NDArray diagonal(NDArray a) {
    return LinearAlgebras.of(a).diagonal(a);
  }

  /**
   * The lower triangle of matrices: entries with {@code column - row <= k} kept, the rest zero.
   *
   * @param a matrices {@code (..., n, n)}
   * @param k the diagonal offset: 0 keeps the diagonal, -1 keeps the strictly lower part
   * @return the masked matrices
   */
  public static NDArray tril(NDArray a, int k) {
    NDArray mask = Constants.lowerMask(Constants.lastDim(a), k, a);
    return NDArrays.where(mask.gt(0).broadcast(a.getShape()), a, a.zerosLike());
  }

  /**
   * Square matrices with the given diagonals and zeros elsewhere (torch's {@code diag_embed}).
   *
   * @param d diagonals {@code (..., n)}
   * @return matrices {@code (..., n, n)}
   */
  public static NDArray diagEmbed(NDArray d) {
    int n = Constants.lastDim(d);
    Shape out = d.getShape().add(n);
    NDArray eye = Constants.eye(n, d).gt(0).broadcast(out);
    NDArray rows = d.expandDims(-2).broadcast(out);
    return NDArrays.where(eye, rows, rows.zerosLike());
  }

  /**
   * The multivariate log-gamma function {@code log Gamma_p(a) = p (p - 1) / 4 log(pi) + sum_{i < p}
   * lgamma(a - i / 2)} (torch's {@code mvlgamma}).
   *
   * @param a arguments, {@code a > (p - 1) / 2}
   * @param p the dimension, at least 1
   * @return {@code log Gamma_p(a)}, of the shape of {@code a}
   */
  public static NDArray multigammaln(NDArray a, int p) {
    double[] half = new double[p];
    for (int i = 0; i < p; i++) {
      half[i] = 0.5 * i;
    }
    NDArray terms = a.expandDims(-1).sub(Constants.of(half, new Shape(p), a)).gammaln();
    return terms.sum(new int[] {-1}).add(0.25 * p * (p - 1) * Math.log(Math.PI));
  }

  /**
   * {@code log det(a)} of symmetric positive-definite matrices, through the Cholesky factor: {@code
   * 2 sum(log(diag(L)))}.
   *
   * @param a matrices {@code (..., n, n)}
   * @return log-determinants {@code (...)}
   */
  public static NDArray logDet(NDArray a) {
    return logAbsDetTriangular(cholesky(a)).mul(2);
  }

  /**
   * {@code log |det(t)|} of triangular matrices: {@code sum(log(|diag(t)|))}.
   *
   * @param t triangular matrices {@code (..., n, n)}
   * @return log-absolute-determinants {@code (...)}
   */
  public static NDArray logAbsDetTriangular(NDArray t) {
    return diagonal(t).abs().log().sum(new int[] {-1});
  }

  /**
   * Sums the rightmost {@code n} dimensions.
   *
   * @param x the input
   * @param n how many dims to sum
   * @return the reduced array
   */
  public static NDArray sumRightmost(NDArray x, int n) {
    NDArray out = x;
    for (int i = 0; i < n; i++) {
      out = out.sum(new int[] {-1});
    }
    return out;
  }
}
