package dev.pyrite.mcmc.diagnostics;

import java.util.Arrays;

/**
 * Evaluates a reference quantity named as in {@code diagnostics.json} on draws, flattened row-major
 * in the layout of the reference ({@code [chain][lag][element]}, {@code [prob][element]}, ...).
 */
final class Quantities {
  private static final String LAGS = "_lags_0_to_";

  private Quantities() {}

  static double[] evaluate(String key, Draws d) {
    if (key.equals("effective_sample_size")) {
      return d.effectiveSampleSize();
    } else if (key.equals("effective_sample_size_per_chain")) {
      return perChain(d);
    } else if (key.equals("split_gelman_rubin")) {
      return d.splitGelmanRubin();
    } else if (key.equals("gelman_rubin")) {
      return d.gelmanRubin();
    } else if (key.equals("pooled_mean")) {
      return d.mean();
    } else if (key.equals("pooled_sd")) {
      return d.sd();
    } else if (key.startsWith("autocorrelation" + LAGS)) {
      return lags(d, lastLag(key), true);
    } else if (key.startsWith("autocovariance" + LAGS)) {
      return lags(d, lastLag(key), false);
    } else if (key.startsWith("hpdi_")) {
      return flatten(d.hpdi(Double.parseDouble(key.substring("hpdi_".length()))));
    } else if (key.startsWith("quantile_")) {
      double[] probs =
          Arrays.stream(key.substring("quantile_".length()).split("_"))
              .mapToDouble(Double::parseDouble)
              .toArray();
      return flatten(d.quantile(probs));
    }
    throw new IllegalArgumentException("unknown diagnostics quantity \"" + key + "\"");
  }

  private static int lastLag(String key) {
    return Integer.parseInt(key.substring(key.indexOf(LAGS) + LAGS.length()));
  }

  private static double[] perChain(Draws d) {
    double[][] rows = new double[d.chains()][];
    for (int c = 0; c < d.chains(); c++) {
      rows[c] = d.effectiveSampleSize(c);
    }
    return flatten(rows);
  }

  private static double[] lags(Draws d, int last, boolean normalised) {
    int k = d.elements();
    int lags = last + 1;
    if (lags > d.draws()) {
      throw new IllegalArgumentException(
          "lag " + last + " needs at least " + lags + " draws, got " + d.draws());
    }
    double[] out = new double[d.chains() * lags * k];
    for (int j = 0; j < k; j++) {
      double[][] e = d.element(j);
      for (int c = 0; c < d.chains(); c++) {
        double[] series =
            normalised ? Diagnostics.autocorrelation(e[c]) : Diagnostics.autocovariance(e[c]);
        for (int lag = 0; lag < lags; lag++) {
          out[(c * lags + lag) * k + j] = series[lag];
        }
      }
    }
    return out;
  }

  private static double[] flatten(double[][] rows) {
    return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
  }
}
