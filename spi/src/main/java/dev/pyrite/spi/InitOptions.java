package dev.pyrite.spi;

import java.util.Map;

/**
 * Options of init strategies.
 *
 * <pre>{@code
 * InitOptions o = new InitOptions(Map.of("p", new double[] {0.5}), 15);
 * }</pre>
 *
 * @param values fixed values by site name (init to value), flattened in row-major order
 * @param numSamples how many prior draws estimate a median (init to median)
 */
public record InitOptions(Map<String, double[]> values, int numSamples) {
  /** Validates and copies the options. */
  public InitOptions {
    values = values == null ? Map.of() : Map.copyOf(values);
    if (numSamples < 1) {
      throw new IllegalArgumentException("numSamples must be at least 1, got " + numSamples);
    }
  }

  /**
   * No fixed values, 15 samples: Pyro's defaults.
   *
   * @return the defaults
   */
  public static InitOptions defaults() {
    return new InitOptions(Map.of(), 15);
  }
}
