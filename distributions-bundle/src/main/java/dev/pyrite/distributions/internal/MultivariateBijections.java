package dev.pyrite.distributions.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.ConstraintResolver;
import dev.pyrite.distributions.constraints.CorrCholesky;
import dev.pyrite.distributions.constraints.CorrMatrix;
import dev.pyrite.distributions.constraints.LowerCholesky;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.constraints.PositiveDefinite;
import dev.pyrite.distributions.constraints.Simplex;
import dev.pyrite.distributions.constraints.SoftplusLowerCholesky;
import dev.pyrite.distributions.constraints.UnitLowerCholesky;
import dev.pyrite.distributions.transforms.CholeskyTransform;
import dev.pyrite.distributions.transforms.ComposeTransform;
import dev.pyrite.distributions.transforms.CorrCholeskyTransform;
import dev.pyrite.distributions.transforms.CorrMatrixCholeskyTransform;
import dev.pyrite.distributions.transforms.InverseTransform;
import dev.pyrite.distributions.transforms.LowerCholeskyTransform;
import dev.pyrite.distributions.transforms.SoftmaxTransform;
import dev.pyrite.distributions.transforms.SoftplusLowerCholeskyTransform;
import dev.pyrite.distributions.transforms.StickBreakingTransform;
import dev.pyrite.distributions.transforms.UnitLowerCholeskyTransform;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.List;
import java.util.Optional;

/**
 * Pyro's {@code biject_to} and {@code transform_to} for the vector and matrix constraints of {@link
 * MultivariateConstraints}, and their names for {@code ParamStore.load}.
 *
 * <table>
 *   <caption>registrations</caption>
 *   <tr><th>constraint</th><th>bijectTo</th><th>transformTo</th></tr>
 *   <tr><td>simplex</td><td>StickBreaking (K-1 to K)</td><td>Softmax (K to K)</td></tr>
 *   <tr><td>corr_cholesky</td><td>CorrCholesky</td><td>CorrCholesky</td></tr>
 *   <tr><td>corr_matrix</td><td>CorrCholesky, then L L^T</td><td>the same</td></tr>
 *   <tr><td>lower_cholesky</td><td>none</td><td>LowerCholesky</td></tr>
 *   <tr><td>softplus_lower_cholesky</td><td>none</td><td>SoftplusLowerCholesky</td></tr>
 *   <tr><td>unit_lower_cholesky</td><td>none</td><td>UnitLowerCholesky</td></tr>
 *   <tr><td>positive_definite</td><td>none</td><td>LowerCholesky, then L L^T</td></tr>
 * </table>
 *
 * <p>As in Pyro, the matrix transforms onto {@code lower_cholesky} and {@code positive_definite}
 * read only the lower triangle of an {@code n x n} input, so they are not bijections of {@code R^(n
 * x n)} and {@code bijectTo} does not offer them.
 *
 * <pre>{@code
 * Transform t = Bijections.bijectTo(MultivariateConstraints.simplex()); // StickBreakingTransform
 * NDArray probs = t.forward(z);                                          // z (..., K-1)
 * }</pre>
 */
@ServiceProvider(value = BijectionProvider.class, attribute = "pyrite.name=multivariate")
public final class MultivariateBijections implements BijectionProvider, ConstraintResolver {
  private static final List<Constraint> KNOWN =
      List.of(
          MultivariateConstraints.simplex(),
          MultivariateConstraints.corrCholesky(),
          MultivariateConstraints.corrMatrix(),
          MultivariateConstraints.lowerCholesky(),
          MultivariateConstraints.softplusLowerCholesky(),
          MultivariateConstraints.unitLowerCholesky(),
          MultivariateConstraints.positiveDefinite());

  @Override
  public String name() {
    return "multivariate";
  }

  @Override
  public String description() {
    return "biject_to and transform_to for simplex, corr_cholesky, corr_matrix, lower_cholesky,"
        + " softplus_lower_cholesky, unit_lower_cholesky and positive_definite";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint c) {
    if (c instanceof Simplex) {
      return Optional.of(new StickBreakingTransform());
    }
    if (c instanceof CorrCholesky) {
      return Optional.of(new CorrCholeskyTransform());
    }
    if (c instanceof CorrMatrix) {
      return Optional.of(
          new ComposeTransform(
              new CorrCholeskyTransform(),
              new InverseTransform(new CorrMatrixCholeskyTransform())));
    }
    return Optional.empty();
  }

  @Override
  public Optional<Transform> transformTo(Constraint c) {
    if (c instanceof Simplex) {
      return Optional.of(new SoftmaxTransform());
    }
    if (c instanceof LowerCholesky) {
      return Optional.of(new LowerCholeskyTransform());
    }
    if (c instanceof SoftplusLowerCholesky) {
      return Optional.of(new SoftplusLowerCholeskyTransform());
    }
    if (c instanceof UnitLowerCholesky) {
      return Optional.of(new UnitLowerCholeskyTransform());
    }
    if (c instanceof PositiveDefinite) {
      return Optional.of(
          new ComposeTransform(
              new LowerCholeskyTransform(), new InverseTransform(new CholeskyTransform())));
    }
    return bijectTo(c);
  }

  @Override
  public Optional<Constraint> resolve(String name) {
    return KNOWN.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
