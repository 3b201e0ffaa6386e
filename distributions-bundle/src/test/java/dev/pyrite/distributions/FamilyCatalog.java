package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.spi.Distribution;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The catalog the generic distribution tests run over: every family of this bundle with batched
 * float64 parameters, and what kind of values it has (which decides the goodness-of-fit check).
 */
final class FamilyCatalog {
  private FamilyCatalog() {}

  /** How draws are checked against the density. */
  enum Kind {
    /** Univariate continuous with a cdf: Kolmogorov-Smirnov. */
    CONTINUOUS_CDF,
    /** Univariate continuous without a cdf: mean and variance. */
    CONTINUOUS_MOMENTS,
    /** Univariate over the integers: chi-square against the pmf. */
    COUNTS,
    /** Vector-valued or degenerate: mean and variance. */
    VECTOR_MOMENTS
  }

  /**
   * One family.
   *
   * @param name the family
   * @param kind how its draws are checked
   * @param make builds it with batch shape {@code (2)} (or the shape shown) on a manager
   */
  record Entry(String name, Kind kind, Function<NDManager, Distribution> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  static NDArray v(NDManager m, double... values) {
    return m.create(values);
  }

  static NDArray mat(NDManager m, int rows, double... values) {
    return m.create(values, new Shape(rows, values.length / rows));
  }

  static List<Entry> all() {
    return List.of(
        new Entry("Normal", Kind.CONTINUOUS_CDF, m -> new Normal(v(m, 0, 1), v(m, 1, 0.5))),
        new Entry("LogNormal", Kind.CONTINUOUS_CDF, m -> new LogNormal(v(m, 0, 1), v(m, 0.5, 1))),
        new Entry("HalfNormal", Kind.CONTINUOUS_CDF, m -> new HalfNormal(v(m, 1, 2.5))),
        new Entry("HalfCauchy", Kind.CONTINUOUS_CDF, m -> new HalfCauchy(v(m, 1, 5))),
        new Entry("Cauchy", Kind.CONTINUOUS_CDF, m -> new Cauchy(v(m, 0, 2), v(m, 1, 0.5))),
        new Entry(
            "StudentT",
            Kind.CONTINUOUS_CDF,
            m -> new StudentT(v(m, 3, 1.5), v(m, 0, 1), v(m, 1, 2))),
        new Entry("Laplace", Kind.CONTINUOUS_CDF, m -> new Laplace(v(m, 0, 1), v(m, 1, 0.2))),
        new Entry(
            "AsymmetricLaplace",
            Kind.CONTINUOUS_MOMENTS,
            m -> new AsymmetricLaplace(v(m, 0.5, 0), v(m, 1.5, 1), v(m, 2, 0.5))),
        new Entry("Uniform", Kind.CONTINUOUS_CDF, m -> new Uniform(v(m, -2, 0.5), v(m, 1, 0.75))),
        new Entry("Exponential", Kind.CONTINUOUS_CDF, m -> new Exponential(v(m, 0.2, 2))),
        new Entry("Gamma", Kind.CONTINUOUS_CDF, m -> new Gamma(v(m, 0.5, 10), v(m, 1, 0.1))),
        new Entry(
            "InverseGamma", Kind.CONTINUOUS_CDF, m -> new InverseGamma(v(m, 3, 2.5), v(m, 2, 1))),
        new Entry("Beta", Kind.CONTINUOUS_CDF, m -> new Beta(v(m, 0.5, 3), v(m, 0.5, 1.5))),
        new Entry("Chi2", Kind.CONTINUOUS_CDF, m -> new Chi2(v(m, 0.5, 10))),
        new Entry("Weibull", Kind.CONTINUOUS_CDF, m -> new Weibull(v(m, 2, 0.5), v(m, 0.7, 3))),
        new Entry("Gumbel", Kind.CONTINUOUS_CDF, m -> new Gumbel(v(m, 0, 1), v(m, 1, 2))),
        new Entry("Logistic", Kind.CONTINUOUS_CDF, m -> new Logistic(v(m, 0, 1), v(m, 1, 0.5))),
        new Entry("VonMises", Kind.CONTINUOUS_MOMENTS, m -> new VonMises(v(m, 0, 1), v(m, 1, 4))),
        new Entry("Pareto", Kind.CONTINUOUS_CDF, m -> new Pareto(v(m, 1, 2), v(m, 3, 5))),
        new Entry(
            "FisherSnedecor",
            Kind.CONTINUOUS_CDF,
            m -> new FisherSnedecor(v(m, 5, 3), v(m, 10, 7))),
        new Entry(
            "Kumaraswamy", Kind.CONTINUOUS_CDF, m -> new Kumaraswamy(v(m, 2, 0.8), v(m, 5, 1.5))),
        new Entry(
            "TransformedDistribution",
            Kind.CONTINUOUS_CDF,
            m ->
                new TransformedDistribution(
                    new Normal(v(m, 0, 1), v(m, 0.5, 0.25)), new ExpTransform())),
        new Entry(
            "MixtureSameFamily",
            Kind.CONTINUOUS_CDF,
            m ->
                new MixtureSameFamily(
                    new Categorical(mat(m, 2, 0.3, 0.7, 0.5, 0.5)),
                    new Normal(mat(m, 2, -1, 2, 0, 3), mat(m, 2, 0.5, 1, 1, 0.2)))),
        new Entry("Bernoulli", Kind.COUNTS, m -> new Bernoulli(v(m, 0.3, 0.9))),
        new Entry("Binomial", Kind.COUNTS, m -> new Binomial(v(m, 10, 50), v(m, 0.3, 0.05))),
        new Entry("Poisson", Kind.COUNTS, m -> new Poisson(v(m, 3.5, 20))),
        new Entry("Geometric", Kind.COUNTS, m -> new Geometric(v(m, 0.3, 0.9))),
        new Entry(
            "NegativeBinomial",
            Kind.COUNTS,
            m -> new NegativeBinomial(v(m, 5, 2.5), v(m, 0.4, 0.6))),
        new Entry("GammaPoisson", Kind.COUNTS, m -> new GammaPoisson(v(m, 2, 5), v(m, 0.5, 2))),
        new Entry(
            "BetaBinomial",
            Kind.COUNTS,
            m -> new BetaBinomial(v(m, 2, 0.5), v(m, 3, 0.5), v(m, 10, 4))),
        new Entry(
            "ZeroInflatedPoisson",
            Kind.COUNTS,
            m -> new ZeroInflatedPoisson(v(m, 2, 6), v(m, 0.3, 0.1))),
        new Entry(
            "Categorical",
            Kind.COUNTS,
            m -> new Categorical(mat(m, 2, 0.2, 0.3, 0.5, 0.6, 0.3, 0.1))),
        new Entry(
            "OneHotCategorical",
            Kind.VECTOR_MOMENTS,
            m -> new OneHotCategorical(mat(m, 2, 0.2, 0.3, 0.5, 0.6, 0.3, 0.1))),
        new Entry(
            "Multinomial",
            Kind.VECTOR_MOMENTS,
            m -> new Multinomial(10, mat(m, 2, 0.2, 0.3, 0.5, 0.6, 0.3, 0.1))),
        new Entry(
            "DirichletMultinomial",
            Kind.VECTOR_MOMENTS,
            m -> new DirichletMultinomial(mat(m, 2, 1, 2, 3, 0.5, 0.5, 4), 10)),
        new Entry(
            "Independent",
            Kind.VECTOR_MOMENTS,
            m -> new Normal(mat(m, 2, 0, 1, 2, 3, 4, 5), mat(m, 2, 1, 2, 0.5, 1, 1, 1)).toEvent(1)),
        new Entry("Delta", Kind.VECTOR_MOMENTS, m -> new Delta(v(m, 1.5, -2), null, 0)));
  }

  static Stream<Entry> stream() {
    return all().stream();
  }
}
