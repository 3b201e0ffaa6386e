package dev.pyrite.mcmc.diagnostics;

import java.util.Arrays;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Diagnostics of one scalar quantity's MCMC draws, as {@code pyro.ops.stats} computes them (chain
 * dim 0, sample dim 1). Arrays of draws are {@code chains[c][t]}: chain {@code c}, draw {@code t};
 * every chain has the same length. For arrays of any event shape see {@link Draws}.
 *
 * <pre>{@code
 * double[][] chains = sampler.drawsOfMu();             // (4, 1000)
 * double nEff = Diagnostics.effectiveSampleSize(chains);
 * double rHat = Diagnostics.splitGelmanRubin(chains);  // ~1.00 when the chains mix
 * double[] ci = Diagnostics.hpdi(Diagnostics.pooled(chains), 0.9);
 * }</pre>
 */
public final class Diagnostics {
  private static final FastFourierTransformer FFT =
      new FastFourierTransformer(DftNormalization.STANDARD);

  private Diagnostics() {}

  /**
   * The autocorrelation {@code rho_k = c_k / c_0} of a series at every lag, where {@code c_k = (1 /
   * (N - k)) sum_t (x_t - mean)(x_{t+k} - mean)}; computed by FFT. A constant series has
   * autocorrelation 1 at every lag (as Pyro).
   *
   * @param x the series, at least one value
   * @return {@code rho_0 .. rho_{N-1}}
   * @throws IllegalArgumentException when {@code x} is empty
   */
  public static double[] autocorrelation(double[] x) {
    double[] c = autocovariance(x);
    double c0 = c[0];
    double[] rho = new double[c.length];
    for (int k = 0; k < c.length; k++) {
      rho[k] = c0 == 0 ? 1.0 : c[k] / c0;
    }
    return rho;
  }

  /**
   * The autocovariance {@code c_k = (1 / (N - k)) sum_t (x_t - mean)(x_{t+k} - mean)} of a series
   * at every lag, computed by FFT on a zero-padded copy (exact linear correlation).
   *
   * @param x the series, at least one value
   * @return {@code c_0 .. c_{N-1}}
   * @throws IllegalArgumentException when {@code x} is empty
   */
  public static double[] autocovariance(double[] x) {
    int n = x.length;
    if (n < 1) {
      throw new IllegalArgumentException("autocovariance needs at least 1 draw, got 0");
    }
    double mean = mean(x);
    int m = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
    double[] padded = new double[m];
    for (int t = 0; t < n; t++) {
      padded[t] = x[t] - mean;
    }
    Complex[] f = FFT.transform(padded, TransformType.FORWARD);
    double[] power = new double[m];
    for (int i = 0; i < m; i++) {
      double re = f[i].getReal();
      double im = f[i].getImaginary();
      power[i] = re * re + im * im;
    }
    Complex[] back = FFT.transform(power, TransformType.INVERSE);
    double[] c = new double[n];
    for (int k = 0; k < n; k++) {
      c[k] = back[k].getReal() / (n - k);
    }
    return c;
  }

  /**
   * The effective sample size over all chains: Geyer's initial monotone sequence estimator on the
   * multi-chain autocorrelation of the Stan reference manual ({@code
   * pyro.ops.stats.effective_sample_size}).
   *
   * @param chains draws {@code (chains, draws)}, at least 2 draws per chain
   * @return the effective number of independent draws
   * @throws IllegalArgumentException when the chains are ragged or too short
   */
  public static double effectiveSampleSize(double[][] chains) {
    int n = checkChains(chains, 2, "effectiveSampleSize");
    int numChains = chains.length;
    double[] meanAutocov = new double[n];
    for (double[] chain : chains) {
      double[] c = autocovariance(chain);
      for (int k = 0; k < n; k++) {
        meanAutocov[k] += c[k] / numChains;
      }
    }
    VarianceStats v = VarianceStats.of(chains);
    double[] rho = new double[n];
    for (int k = 0; k < n; k++) {
      rho[k] = (v.estimator() - v.within() + meanAutocov[k]) / v.estimator();
    }
    rho[0] = 1.0;
    return numChains * (double) n / integratedTime(rho);
  }

  /** Geyer's initial positive, monotone sequence: {@code tau = -1 + 2 sum of pair sums}. */
  private static double integratedTime(double[] rho) {
    int pairs = rho.length / 2;
    double first = rho[0] + rho[1];
    double tail = 0;
    double running = Double.POSITIVE_INFINITY;
    for (int j = 1; j < pairs; j++) {
      double pair = Math.max(0.0, rho[2 * j] + rho[2 * j + 1]);
      running = Math.min(running, pair);
      tail += running;
    }
    return -1 + 2 * first + 2 * tail;
  }

  /**
   * The Gelman-Rubin potential scale reduction {@code sqrt(var_estimator / var_within)} ({@code
   * pyro.ops.stats.gelman_rubin}).
   *
   * @param chains draws {@code (chains, draws)}, at least 2 chains of at least 2 draws
   * @return R-hat
   * @throws IllegalArgumentException when there are fewer than 2 chains or 2 draws
   */
  public static double gelmanRubin(double[][] chains) {
    checkChains(chains, 2, "gelmanRubin");
    if (chains.length < 2) {
      throw new IllegalArgumentException(
          "gelmanRubin needs at least 2 chains, got 1; use splitGelmanRubin for one chain");
    }
    VarianceStats v = VarianceStats.of(chains);
    return Math.sqrt(v.estimator() / v.within());
  }

  /**
   * The split Gelman-Rubin R-hat: each chain's first and last halves count as two chains ({@code
   * pyro.ops.stats.split_gelman_rubin}).
   *
   * @param chains draws {@code (chains, draws)}, at least 4 draws per chain
   * @return split R-hat
   * @throws IllegalArgumentException when a chain has fewer than 4 draws
   */
  public static double splitGelmanRubin(double[][] chains) {
    int n = checkChains(chains, 4, "splitGelmanRubin");
    int half = n / 2;
    double[][] split = new double[2 * chains.length][];
    for (int c = 0; c < chains.length; c++) {
      split[2 * c] = Arrays.copyOfRange(chains[c], 0, half);
      split[2 * c + 1] = Arrays.copyOfRange(chains[c], n - half, n);
    }
    return gelmanRubin(split);
  }

  /**
   * The narrowest interval holding {@code prob} of the draws ({@code pyro.ops.stats.hpdi}).
   *
   * @param draws the draws (pool chains with {@link #pooled})
   * @param prob the probability mass, in (0, 1]
   * @return {@code {low, high}}
   * @throws IllegalArgumentException when {@code prob} is outside (0, 1] or there are no draws
   */
  public static double[] hpdi(double[] draws, double prob) {
    if (!(prob > 0 && prob <= 1)) {
      throw new IllegalArgumentException("hpdi prob must lie in (0, 1], got " + prob);
    }
    double[] sorted = sorted(draws, "hpdi");
    int mass = sorted.length;
    int length = (int) (prob * mass);
    int best = 0;
    for (int i = 1; i < mass - length; i++) {
      if (sorted[i + length] - sorted[i] < sorted[best + length] - sorted[best]) {
        best = i;
      }
    }
    return new double[] {sorted[best], sorted[Math.min(best + length, mass - 1)]};
  }

  /**
   * Quantiles interpolated linearly between order statistics at position {@code q (N - 1)} ({@code
   * pyro.ops.stats.quantile}).
   *
   * @param draws the draws
   * @param probs the probabilities, each in [0, 1]
   * @return one quantile per probability
   * @throws IllegalArgumentException when a probability is outside [0, 1] or there are no draws
   */
  public static double[] quantile(double[] draws, double... probs) {
    double[] sorted = sorted(draws, "quantile");
    int max = sorted.length - 1;
    double[] out = new double[probs.length];
    for (int i = 0; i < probs.length; i++) {
      double q = probs[i];
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("quantile probs must lie in [0, 1], got " + q);
      }
      double position = q * max;
      int below = (int) position;
      int above = Math.min(below + 1, max);
      double w = position - below;
      out[i] = (1 - w) * sorted[below] + w * sorted[above];
    }
    return out;
  }

  /**
   * All chains' draws one after another (chain 0 first).
   *
   * @param chains draws {@code (chains, draws)}
   * @return the pooled draws
   */
  public static double[] pooled(double[][] chains) {
    return Arrays.stream(chains).flatMapToDouble(Arrays::stream).toArray();
  }

  /**
   * The mean.
   *
   * @param x values, at least one
   * @return their mean
   */
  public static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /**
   * The unbiased ({@code N - 1}) variance.
   *
   * @param x values, at least two for a finite result
   * @return their variance, NaN for one value
   */
  public static double variance(double[] x) {
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return ss / (x.length - 1);
  }

  private static double[] sorted(double[] draws, String what) {
    if (draws.length == 0) {
      throw new IllegalArgumentException(what + " needs at least 1 draw, got 0");
    }
    double[] s = draws.clone();
    Arrays.sort(s);
    return s;
  }

  private static int checkChains(double[][] chains, int minDraws, String what) {
    if (chains.length == 0) {
      throw new IllegalArgumentException(what + " needs at least 1 chain, got 0");
    }
    int n = chains[0].length;
    for (int c = 0; c < chains.length; c++) {
      if (chains[c].length != n) {
        throw new IllegalArgumentException(
            what
                + ": every chain needs the same number of draws; chain 0 has "
                + n
                + ", chain "
                + c
                + " has "
                + chains[c].length);
      }
    }
    if (n < minDraws) {
      throw new IllegalArgumentException(
          what + " needs at least " + minDraws + " draws per chain, got " + n);
    }
    return n;
  }
}
