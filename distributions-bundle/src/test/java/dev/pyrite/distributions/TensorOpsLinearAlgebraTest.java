package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.TensorOps;
import dev.pyrite.internal.tensor.LinearAlgebra;
import dev.pyrite.internal.tensor.LinearAlgebras;
import dev.pyrite.testkit.Engines;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batched linear algebra of {@link TensorOps} on both engines: results by their defining
 * identities, the engine fast path (MXNet's LAPACK operators) against the engine-neutral routines
 * (reached through the kernel's internal {@code LinearAlgebras}, on a plain classpath), and
 * gradients of both against central finite differences in float64.
 */
class TensorOpsLinearAlgebraTest {
  private static final double[] M3 = {1.2, -0.3, 0.5, 0.4, 0.9, -0.7, -1.1, 0.2, 0.8};
  private static final double[] W3 = {0.3, -1.2, 0.7, 2.0, 0.1, -0.4, 1.5, 0.6, -0.9};

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void choleskyOfAKnownMatrix(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray a = Backend.manager().create(new double[] {4, 2, 2, 3}, new Shape(2, 2));
      assertClose(
          TensorOps.cholesky(a), new double[] {2, 0, 1, Math.sqrt(2)}, new Shape(2, 2), 1e-15, 0);
      assertClose(TensorOps.logDet(a), Math.log(8), 1e-15, 0);
      assertClose(TensorOps.diagonal(a), new double[] {4, 3}, new Shape(2), 0, 0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void batchedCholeskyReconstructsAndAgreesWithTheNeutralRoutine(String engine) {
    Engines.use(engine, 3);
    try (Scope s = Scope.open()) {
      NDArray a = randomSpd(new Shape(2, 3), 4);
      NDArray l = TensorOps.cholesky(a);
      assertEquals(new Shape(2, 3, 4, 4), l.getShape());
      assertClose(l.matMul(l.swapAxes(-1, -2)), a, 1e-13, 1e-13);
      assertClose(TensorOps.tril(l, 0), l, 0, 0);
      assertClose(l, LinearAlgebras.neutral().cholesky(a), 1e-13, 1e-13);
      NDArray logDet = TensorOps.logDet(a);
      NDArray viaDiagonal = TensorOps.diagonal(l).log().sum(new int[] {-1}).mul(2);
      assertClose(logDet, viaDiagonal, 1e-14, 0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void triangularSolvesInEveryOrientationWithBroadcastBatches(String engine) {
    Engines.use(engine, 4);
    try (Scope s = Scope.open()) {
      NDArray l = TensorOps.cholesky(randomSpd(new Shape(2), 4));
      NDArray b = Backend.manager().randomNormal(0, 1, new Shape(3, 1, 4, 2), DataType.FLOAT64);
      for (boolean lower : new boolean[] {true, false}) {
        for (boolean transpose : new boolean[] {false, true}) {
          NDArray t = lower ? l : l.swapAxes(-1, -2);
          NDArray x = TensorOps.solveTriangular(t, b, lower, transpose);
          assertEquals(new Shape(3, 2, 4, 2), x.getShape());
          NDArray op = transpose ? t.swapAxes(-1, -2) : t;
          assertClose(op.matMul(x), b.broadcast(x.getShape()), 1e-12, 1e-12);
          NDArray neutral = LinearAlgebras.neutral().solveTriangular(t, b, lower, transpose);
          assertClose(x, neutral, 1e-12, 1e-12);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void matrixHelpers(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      NDArray a = m.create(M3, new Shape(3, 3));
      assertClose(
          TensorOps.tril(a, -1),
          new double[] {0, 0, 0, 0.4, 0, 0, -1.1, 0.2, 0},
          new Shape(3, 3),
          0,
          0);
      assertClose(
          TensorOps.diagEmbed(m.create(new double[] {1, 2, 3, 4}, new Shape(2, 2))),
          new double[] {1, 0, 0, 2, 3, 0, 0, 4},
          new Shape(2, 2, 2),
          0,
          0);
      assertClose(
          TensorOps.multigammaln(m.create(new double[] {2.5}), 3), 1.8809954616117741985, 1e-14, 0);
      assertClose(
          TensorOps.multigammaln(m.create(new double[] {4}), 4), 7.4047527801561942171, 1e-14, 0);
      NDArray notPd = m.create(new double[] {1, 2, 2, 1, 2, 0, 0, 3}, new Shape(2, 2, 2));
      assertArrayEquals(
          new boolean[] {false, true}, TensorOps.isPositiveDefinite(notPd).toBooleanArray());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void gradientsMatchFiniteDifferences(String engine) {
    Engines.use(engine, 0);
    checkAll(TensorOps::cholesky, (a, b) -> TensorOps.solveTriangular(a, b, true, false));
    checkAll(TensorOps::cholesky, (a, b) -> TensorOps.solveTriangular(a, b, false, true));
    TensorOpsFiniteDifferences.check(
        m -> TensorOps.logDet(spd(m)), M3, new Shape(3, 3), 1e-6, 1e-8);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void neutralRoutinesHaveTheSameGradients(String engine) {
    Engines.use(engine, 0);
    LinearAlgebra neutral = LinearAlgebras.neutral();
    checkAll(neutral::cholesky, (a, b) -> neutral.solveTriangular(a, b, true, true));
    checkAll(neutral::cholesky, (a, b) -> neutral.solveTriangular(a, b, false, false));
  }

  /** Cholesky of {@code M M^T + I} and a solve with a fixed triangle, each against weights. */
  private static void checkAll(
      Function<NDArray, NDArray> cholesky,
      java.util.function.BiFunction<NDArray, NDArray, NDArray> solve) {
    Shape s3 = new Shape(3, 3);
    TensorOpsFiniteDifferences.check(
        m -> cholesky.apply(spd(m)).mul(weights()).sum(), M3, s3, 1e-6, 1e-8);
    TensorOpsFiniteDifferences.check(
        a -> solve.apply(triangle(a), rhs()).mul(weights()).sum(), M3, s3, 1e-6, 1e-8);
    TensorOpsFiniteDifferences.check(
        b -> solve.apply(triangle(Backend.manager().create(M3, s3)), b).mul(weights()).sum(),
        W3,
        s3,
        1e-6,
        1e-8);
  }

  /** {@code M M^T + I}: symmetric positive definite for every {@code M}. */
  private static NDArray spd(NDArray m) {
    return m.matMul(m.swapAxes(-1, -2)).add(Backend.manager().eye(3, 3, 0, DataType.FLOAT64));
  }

  /** A well-conditioned triangle: {@code a} plus 3 on the diagonal (each solve reads its half). */
  private static NDArray triangle(NDArray a) {
    return a.add(Backend.manager().eye(3, 3, 0, DataType.FLOAT64).mul(3));
  }

  private static NDArray weights() {
    return Backend.manager().create(W3, new Shape(3, 3));
  }

  private static NDArray rhs() {
    return Backend.manager()
        .create(new double[] {1, -2, 0.5, 0.3, 2, -1, 1.5, 0.2, -0.7}, new Shape(3, 3));
  }

  private static NDArray randomSpd(Shape batch, int n) {
    NDManager m = Backend.manager();
    NDArray w = m.randomNormal(0, 1, batch.add(n).add(n), DataType.FLOAT64);
    return w.matMul(w.swapAxes(-1, -2)).add(m.eye(n, n, 0, DataType.FLOAT64));
  }
}
