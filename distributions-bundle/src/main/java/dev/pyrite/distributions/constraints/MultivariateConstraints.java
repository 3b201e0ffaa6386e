package dev.pyrite.distributions.constraints;

import dev.pyrite.spi.Constraint;

/**
 * Factory of the vector- and matrix-valued constraints (event dim 1 or 2); {@link Constraints}
 * holds the elementwise ones.
 *
 * <pre>{@code
 * NDArray probs = param("probs", init, MultivariateConstraints.simplex());
 * NDArray scaleTril = param("scale_tril", eye, MultivariateConstraints.lowerCholesky());
 * }</pre>
 */
public final class MultivariateConstraints {
  private MultivariateConstraints() {}

  /**
   * Probability vectors.
   *
   * @return {@code simplex}
   */
  public static Constraint simplex() {
    return Simplex.INSTANCE;
  }

  /**
   * Lower-triangular matrices with a positive diagonal.
   *
   * @return {@code lower_cholesky}
   */
  public static Constraint lowerCholesky() {
    return LowerCholesky.INSTANCE;
  }

  /**
   * Lower-triangular matrices with a positive diagonal, reached through a softplus.
   *
   * @return {@code softplus_lower_cholesky}
   */
  public static Constraint softplusLowerCholesky() {
    return SoftplusLowerCholesky.INSTANCE;
  }

  /**
   * Lower-triangular matrices with a unit diagonal.
   *
   * @return {@code unit_lower_cholesky}
   */
  public static Constraint unitLowerCholesky() {
    return UnitLowerCholesky.INSTANCE;
  }

  /**
   * Cholesky factors of correlation matrices.
   *
   * @return {@code corr_cholesky}
   */
  public static Constraint corrCholesky() {
    return CorrCholesky.INSTANCE;
  }

  /**
   * Correlation matrices.
   *
   * @return {@code corr_matrix}
   */
  public static Constraint corrMatrix() {
    return CorrMatrix.INSTANCE;
  }

  /**
   * Symmetric positive-definite matrices.
   *
   * @return {@code positive_definite}
   */
  public static Constraint positiveDefinite() {
    return PositiveDefinite.INSTANCE;
  }
}
