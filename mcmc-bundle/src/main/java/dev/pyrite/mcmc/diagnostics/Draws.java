package dev.pyrite.mcmc.diagnostics;

import java.util.Arrays;

/**
 * The draws of one site, any event shape: row-major values of shape {@code (chains, draws,
 * event...)}, with every diagnostic of {@link Diagnostics} evaluated per element of the event.
 *
 * <pre>{@code
 * Draws theta = Draws.of(values, 4, 1000, 8);     // theta has event shape (8)
 * double[] nEff = theta.effectiveSampleSize();    // 8 values
 * double[][] q = theta.quantile(0.05, 0.5, 0.95); // q[i][element]
 * }</pre>
 *
 * @param values row-major values, {@code chains * draws * product(eventShape)} of them
 * @param chains the number of chains
 * @param draws the number of draws per chain
 * @param eventShape the shape of one draw
 */
public record Draws(double[] values, int chains, int draws, int[] eventShape) {

  /**
   * Checks the sizes.
   *
   * @throws IllegalArgumentException when the value count does not match the shape
   */
  public Draws {
    eventShape = eventShape.clone();
    if (chains < 1 || draws < 1) {
      throw new IllegalArgumentException(
          "Draws need at least 1 chain and 1 draw, got chains=" + chains + ", draws=" + draws);
    }
    long expected =
        (long) chains * draws * Arrays.stream(eventShape).asLongStream().reduce(1, (a, b) -> a * b);
    if (values.length != expected) {
      throw new IllegalArgumentException(
          values.length
              + " values do not fill shape (chains="
              + chains
              + ", draws="
              + draws
              + ", event="
              + Arrays.toString(eventShape)
              + "), which needs "
              + expected);
    }
  }

  /**
   * Draws of the given shape.
   *
   * @param values row-major values
   * @param chains the number of chains
   * @param draws the number of draws per chain
   * @param eventShape the shape of one draw (none for a scalar site)
   * @return the draws
   */
  public static Draws of(double[] values, int chains, int draws, int... eventShape) {
    return new Draws(values, chains, draws, eventShape);
  }

  @Override
  public int[] eventShape() {
    return eventShape.clone();
  }

  /**
   * How many elements one draw has.
   *
   * @return the product of the event shape
   */
  public int elements() {
    return values.length / (chains * draws);
  }

  /**
   * One element's draws by chain.
   *
   * @param element the flat (row-major) index into the event
   * @return {@code (chains, draws)}
   */
  public double[][] element(int element) {
    int k = elements();
    double[][] out = new double[chains][draws];
    for (int c = 0; c < chains; c++) {
      for (int t = 0; t < draws; t++) {
        out[c][t] = values[(c * draws + t) * k + element];
      }
    }
    return out;
  }

  /**
   * Effective sample size over all chains, per element.
   *
   * @return one value per element
   */
  public double[] effectiveSampleSize() {
    return perElement(Diagnostics::effectiveSampleSize);
  }

  /**
   * Effective sample size of one chain alone, per element.
   *
   * @param chain the chain index
   * @return one value per element
   */
  public double[] effectiveSampleSize(int chain) {
    return perElement(e -> Diagnostics.effectiveSampleSize(new double[][] {e[chain]}));
  }

  /**
   * Split R-hat, per element.
   *
   * @return one value per element
   */
  public double[] splitGelmanRubin() {
    return perElement(Diagnostics::splitGelmanRubin);
  }

  /**
   * R-hat (needs at least 2 chains), per element.
   *
   * @return one value per element
   */
  public double[] gelmanRubin() {
    return perElement(Diagnostics::gelmanRubin);
  }

  /**
   * The mean of the pooled draws, per element.
   *
   * @return one value per element
   */
  public double[] mean() {
    return perElement(e -> Diagnostics.mean(Diagnostics.pooled(e)));
  }

  /**
   * The unbiased standard deviation of the pooled draws, per element.
   *
   * @return one value per element
   */
  public double[] sd() {
    return perElement(e -> Math.sqrt(Diagnostics.variance(Diagnostics.pooled(e))));
  }

  /**
   * Quantiles of the pooled draws.
   *
   * @param probs probabilities in [0, 1]
   * @return {@code q[i][element]} for probability {@code probs[i]}
   */
  public double[][] quantile(double... probs) {
    return transpose(e -> Diagnostics.quantile(Diagnostics.pooled(e), probs), probs.length);
  }

  /**
   * Highest posterior density intervals of the pooled draws.
   *
   * @param prob the mass in (0, 1]
   * @return {@code {low[element], high[element]}}
   */
  public double[][] hpdi(double prob) {
    return transpose(e -> Diagnostics.hpdi(Diagnostics.pooled(e), prob), 2);
  }

  private double[] perElement(java.util.function.ToDoubleFunction<double[][]> f) {
    double[] out = new double[elements()];
    for (int j = 0; j < out.length; j++) {
      out[j] = f.applyAsDouble(element(j));
    }
    return out;
  }

  private double[][] transpose(java.util.function.Function<double[][], double[]> f, int rows) {
    double[][] out = new double[rows][elements()];
    for (int j = 0; j < elements(); j++) {
      double[] v = f.apply(element(j));
      for (int i = 0; i < rows; i++) {
        out[i][j] = v[i];
      }
    }
    return out;
  }
}
