package dev.pyrite.engine.jvm.internal.random;

import java.util.SplittableRandom;

/**
 * Uniform, normal, truncated normal and integer variates, written into primitive arrays.
 *
 * <pre>{@code
 * double[] out = new double[10];
 * Variates.normal(RandomStream.engine().next(), out, 0, 1);
 * }</pre>
 */
public final class Variates {
  private static final double FLOAT_ULP = 0x1.0p-24;
  private static final double DOUBLE_ULP = 0x1.0p-53;

  private Variates() {}

  /**
   * A uniform variate in the open interval (0, 1): never 0, so its log is finite.
   *
   * @param r the generator
   * @return the variate
   */
  public static double openUniform(SplittableRandom r) {
    return ((r.nextLong() >>> 11) + 0.5) * DOUBLE_ULP;
  }

  /**
   * Fills {@code out} with uniform variates in {@code [low, high)}; in single precision every value
   * is a float below {@code high}.
   *
   * @param r the generator
   * @param out the destination
   * @param low the lower bound (inclusive)
   * @param high the upper bound (exclusive; equal to {@code low} gives {@code low})
   * @param single whether the values are stored as floats
   */
  public static void uniform(
      SplittableRandom r, double[] out, double low, double high, boolean single) {
    double width = high - low;
    if (single) {
      float top = Math.nextDown((float) high);
      for (int i = 0; i < out.length; i++) {
        float v = (float) (low + width * ((r.nextInt() >>> 8) * FLOAT_ULP));
        out[i] = v < high || width == 0 ? v : top;
      }
    } else {
      double top = Math.nextDown(high);
      for (int i = 0; i < out.length; i++) {
        double v = low + width * r.nextDouble();
        out[i] = v < high || width == 0 ? v : top;
      }
    }
  }

  /**
   * Fills {@code out} with normal variates.
   *
   * @param r the generator
   * @param out the destination
   * @param loc the mean
   * @param scale the standard deviation
   */
  public static void normal(SplittableRandom r, double[] out, double loc, double scale) {
    for (int i = 0; i < out.length; i++) {
      out[i] = loc + scale * r.nextGaussian();
    }
  }

  /**
   * Fills {@code out} with normal variates redrawn until within two standard deviations of the mean
   * (DJL's {@code truncatedNormal}).
   *
   * @param r the generator
   * @param out the destination
   * @param loc the mean
   * @param scale the standard deviation
   */
  public static void truncatedNormal(SplittableRandom r, double[] out, double loc, double scale) {
    for (int i = 0; i < out.length; i++) {
      double z = r.nextGaussian();
      while (Math.abs(z) > 2) {
        z = r.nextGaussian();
      }
      out[i] = loc + scale * z;
    }
  }

  /**
   * Fills {@code out} with integers drawn uniformly from {@code [low, high)}.
   *
   * @param r the generator
   * @param out the destination
   * @param low the smallest value
   * @param high one above the largest value ({@code > low})
   */
  public static void integers(SplittableRandom r, double[] out, long low, long high) {
    for (int i = 0; i < out.length; i++) {
      out[i] = r.nextLong(low, high);
    }
  }

  /**
   * A uniformly random permutation of {@code 0 .. n-1} (Fisher-Yates).
   *
   * @param r the generator
   * @param n the length
   * @return the permutation as doubles
   */
  public static double[] permutation(SplittableRandom r, int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
