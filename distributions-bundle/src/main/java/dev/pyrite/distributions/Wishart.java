package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Wishart distribution over {@code p x p} positive-definite matrices with {@code df > p - 1}
 * degrees of freedom and scale matrix {@code V = L L^T} (torch's {@code Wishart}), given by its
 * covariance matrix (the scale), precision matrix or {@code scale_tril}. Density {@code det(X)^((df
 * - p - 1)/2) exp(-tr(V^-1 X)/2) / (2^(df p/2) det(V)^(df/2) Gamma_p(df/2))}. Reparameterised by
 * the Bartlett decomposition {@code X = (L A)(L A)^T}, {@code A} lower triangular with {@code
 * A_ii^2 ~ Chi2(df - i)} (implicit gradients) and standard normal entries below.
 *
 * <pre>{@code
 * NDArray precision = sample("precision", Wishart.fromCovariance(df, scale));
 * }</pre>
 */
public final class Wishart extends AbstractDistribution {
  private static final double LOG_2 = Math.log(2);

  /** Which matrix parameterises the distribution. */
  private enum Matrix {
    COVARIANCE_MATRIX("covariance_matrix", MultivariateConstraints.positiveDefinite()),
    PRECISION_MATRIX("precision_matrix", MultivariateConstraints.positiveDefinite()),
    SCALE_TRIL("scale_tril", MultivariateConstraints.lowerCholesky());

    private final String parameter;
    private final Constraint constraint;

    Matrix(String parameter, Constraint constraint) {
      this.parameter = parameter;
      this.constraint = constraint;
    }
  }

  private final NDArray df;
  private final NDArray scaleTril;

  private Wishart(NDArray df, NDArray matrix, Matrix kind) {
    super(batchOf(df, matrix, kind.parameter), eventOf(matrix));
    long p = eventShape().get(0);
    validate(kind.parameter, matrix, kind.constraint);
    validate("df", df, Constraints.greaterThan(p - 1.0));
    this.df = df.broadcast(batchShape());
    this.scaleTril =
        switch (kind) {
          case SCALE_TRIL -> matrix;
          case COVARIANCE_MATRIX -> TensorOps.cholesky(matrix);
          case PRECISION_MATRIX -> inverseFactor(TensorOps.cholesky(matrix));
        };
  }

  /**
   * A Wishart distribution with a scale (covariance) matrix.
   *
   * @param df degrees of freedom {@code > p - 1}, of a batch shape
   * @param covarianceMatrix the scale {@code V} {@code (..., p, p)}, positive definite
   * @return the distribution
   */
  public static Wishart fromCovariance(NDArray df, NDArray covarianceMatrix) {
    return new Wishart(df, covarianceMatrix, Matrix.COVARIANCE_MATRIX);
  }

  /**
   * A Wishart distribution with the inverse of the scale matrix.
   *
   * @param df degrees of freedom {@code > p - 1}
   * @param precisionMatrix {@code V^-1} {@code (..., p, p)}, positive definite
   * @return the distribution
   */
  public static Wishart fromPrecision(NDArray df, NDArray precisionMatrix) {
    return new Wishart(df, precisionMatrix, Matrix.PRECISION_MATRIX);
  }

  /**
   * A Wishart distribution with the lower Cholesky factor of the scale matrix.
   *
   * @param df degrees of freedom {@code > p - 1}
   * @param scaleTril {@code L} with {@code V = L L^T} {@code (..., p, p)}
   * @return the distribution
   */
  public static Wishart fromScaleTril(NDArray df, NDArray scaleTril) {
    return new Wishart(df, scaleTril, Matrix.SCALE_TRIL);
  }

  private static Shape batchOf(NDArray df, NDArray matrix, String parameter) {
    Shape m = matrix.getShape();
    if (m.dimension() < 2 || m.get(m.dimension() - 1) != m.get(m.dimension() - 2)) {
      throw new IllegalArgumentException(
          "Wishart: parameter " + parameter + " must be square matrices, but has shape " + m);
    }
    return Distributions.broadcastShapes("Wishart", df.getShape(), m.slice(0, m.dimension() - 2));
  }

  private static Shape eventOf(NDArray matrix) {
    Shape m = matrix.getShape();
    return m.slice(Math.max(0, m.dimension() - 2));
  }

  /** The lower factor of {@code P^-1} from {@code P = M M^T}: {@code chol(M^-T M^-1)}. */
  private static NDArray inverseFactor(NDArray m) {
    NDArray eye = TensorOps.diagEmbed(TensorOps.diagonal(m).onesLike());
    NDArray inverse = TensorOps.solveTriangular(m, eye, true, false);
    return TensorOps.cholesky(inverse.swapAxes(-1, -2).matMul(inverse));
  }

  /**
   * The degrees of freedom.
   *
   * @return df, of the batch shape
   */
  public NDArray df() {
    return df;
  }

  /**
   * The lower Cholesky factor of the scale matrix.
   *
   * @return {@code L}, of shape {@code batchShape + (p, p)}
   */
  public NDArray scaleTril() {
    return scaleTril.broadcast(batchShape().addAll(eventShape()));
  }

  /**
   * The scale matrix {@code V = L L^T}.
   *
   * @return {@code V}, of shape {@code batchShape + (p, p)}
   */
  public NDArray covarianceMatrix() {
    NDArray l = scaleTril();
    return l.matMul(l.swapAxes(-1, -2));
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDManager m = df.getManager();
    int p = (int) eventShape().get(0);
    double[] steps = new double[p];
    for (int i = 0; i < p; i++) {
      steps[i] = i;
    }
    NDArray shift = m.create(steps, new Shape(p)).toType(df.getDataType(), false);
    Shape diagonalShape = sampleShape.addAll(batchShape()).add(p);
    NDArray halfDf = df.expandDims(-1).sub(shift).mul(0.5);
    NDArray chi2 = StandardGamma.rsample(halfDf, diagonalShape).mul(2);
    NDArray diagonal = Precision.atLeast(chi2.sqrt(), Precision.eps(chi2));
    NDArray normal = m.randomNormal(0f, 1f, shape(sampleShape), df.getDataType());
    NDArray bartlett = TensorOps.tril(normal, -1).add(TensorOps.diagEmbed(diagonal));
    NDArray factor = scaleTril.matMul(bartlett);
    return factor.matMul(factor.swapAxes(-1, -2));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    int p = (int) eventShape().get(0);
    NDArray logDetScale = TensorOps.logAbsDetTriangular(scaleTril);
    NDArray solved = TensorOps.solveTriangular(scaleTril, value, true, false);
    NDArray inner = TensorOps.solveTriangular(scaleTril, solved, true, true);
    NDArray trace = TensorOps.diagonal(inner).sum(new int[] {-1});
    return df.mul(logDetScale.add(p * LOG_2 / 2))
        .neg()
        .sub(TensorOps.multigammaln(df.mul(0.5), p))
        .add(df.sub(p + 1).mul(0.5).mul(TensorOps.logDet(value)))
        .sub(trace.mul(0.5));
  }

  @Override
  public Constraint support() {
    return MultivariateConstraints.positiveDefinite();
  }

  @Override
  public NDArray mean() {
    return covarianceMatrix().mul(df.expandDims(-1).expandDims(-1));
  }

  @Override
  public NDArray variance() {
    NDArray v = covarianceMatrix();
    NDArray d = TensorOps.diagonal(v);
    NDArray outer = d.expandDims(-1).mul(d.expandDims(-2));
    return v.square().add(outer).mul(df.expandDims(-1).expandDims(-1));
  }

  @Override
  public NDArray entropy() {
    int p = (int) eventShape().get(0);
    NDArray logDetScale = TensorOps.logAbsDetTriangular(scaleTril);
    double[] steps = new double[p];
    for (int i = 0; i < p; i++) {
      steps[i] = 0.5 * i;
    }
    NDArray shift = df.getManager().create(steps, new Shape(p)).toType(df.getDataType(), false);
    NDArray mvDigamma =
        TensorOps.digamma(df.mul(0.5).expandDims(-1).sub(shift)).sum(new int[] {-1});
    return logDetScale
        .add(p * LOG_2 / 2)
        .mul(p + 1)
        .add(TensorOps.multigammaln(df.mul(0.5), p))
        .sub(df.sub(p + 1).mul(0.5).mul(mvDigamma))
        .add(df.mul(p / 2.0))
        .broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Wishart(
        df.broadcast(b), scaleTril.broadcast(b.addAll(eventShape())), Matrix.SCALE_TRIL);
  }
}
