package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Dirichlet distribution on the {@code K}-simplex, density {@code Gamma(a_0) / prod Gamma(a_k)
 * prod x_k^(a_k - 1)} with {@code a_0 = sum a_k}. The last dim of {@code concentration} is the
 * event dim. Reparameterised as in torch: independent {@code Gamma(a_k, 1)} draws with implicit
 * gradients, normalised to sum to one.
 *
 * <pre>{@code
 * NDArray probs = sample("probs", new Dirichlet(manager.create(new double[] {1, 1, 1})));
 * }</pre>
 */
public final class Dirichlet extends AbstractDistribution {
  private final NDArray concentration;

  /**
   * Creates the distribution.
   *
   * @param concentration positive concentrations {@code (..., K)}; the leading dims are batch dims
   */
  public Dirichlet(NDArray concentration) {
    super(batchOf(concentration), eventOf(concentration));
    this.concentration =
        validate(
            "concentration", concentration, Constraints.independent(Constraints.positive(), 1));
  }

  private static Shape batchOf(NDArray concentration) {
    Shape s = concentration.getShape();
    if (s.dimension() < 1) {
      throw new IllegalArgumentException(
          "Dirichlet: parameter concentration must have at least one dimension (the event dim"
              + " K), but has shape (); pass a vector of K concentrations");
    }
    return s.slice(0, s.dimension() - 1);
  }

  private static Shape eventOf(NDArray concentration) {
    Shape s = concentration.getShape();
    return s.slice(s.dimension() - 1);
  }

  /**
   * The concentration parameter.
   *
   * @return concentration {@code batchShape + (K)}
   */
  public NDArray concentration() {
    return concentration;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray g = StandardGamma.rsample(concentration, shape(sampleShape));
    return g.div(g.sum(new int[] {-1}, true));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray a = concentration;
    NDArray power = a.sub(1);
    Shape full = Distributions.broadcastShapes(name(), value.getShape(), a.getShape());
    NDArray x = value.broadcast(full);
    // xlogy: a term with a == 1 is 0 even where x == 0 (log(1) * 0, with finite gradients)
    NDArray safe = NDArrays.where(power.eq(0).broadcast(full), x.onesLike(), x);
    NDArray terms = safe.log().mul(power);
    return terms
        .sum(new int[] {-1})
        .add(a.sum(new int[] {-1}).gammaln())
        .sub(a.gammaln().sum(new int[] {-1}));
  }

  @Override
  public Constraint support() {
    return MultivariateConstraints.simplex();
  }

  @Override
  public NDArray mean() {
    return concentration.div(concentration.sum(new int[] {-1}, true)).broadcast(fullShape());
  }

  @Override
  public NDArray variance() {
    NDArray total = concentration.sum(new int[] {-1}, true);
    return concentration
        .mul(total.sub(concentration))
        .div(total.square().mul(total.add(1)))
        .broadcast(fullShape());
  }

  @Override
  public NDArray entropy() {
    NDArray a = concentration;
    long k = eventShape().get(0);
    NDArray total = a.sum(new int[] {-1});
    return a.gammaln()
        .sum(new int[] {-1})
        .sub(total.gammaln())
        .sub(total.sub(k).neg().mul(TensorOps.digamma(total)))
        .sub(a.sub(1).mul(TensorOps.digamma(a)).sum(new int[] {-1}))
        .broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new Dirichlet(concentration.broadcast(checkExpand(batchShape).addAll(eventShape())));
  }

  private Shape fullShape() {
    return batchShape().addAll(eventShape());
  }
}
