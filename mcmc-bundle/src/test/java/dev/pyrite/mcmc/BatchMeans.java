package dev.pyrite.mcmc;

/**
 * Monte Carlo standard error of a posterior mean by non-overlapping batch means over chains, and
 * the split-chain potential scale reduction, for the tests. Standard estimators (Flegal and Jones
 * 2010; Gelman et al., BDA3 eq. 11.4 on split chains).
 */
final class BatchMeans {
  private BatchMeans() {}

  static double mcse(double[][] chains) {
    int batch = (int) Math.floor(Math.sqrt(chains[0].length));
    int perChain = chains[0].length / batch;
    double[] means = new double[perChain * chains.length];
    int k = 0;
    for (double[] c : chains) {
      for (int b = 0; b < perChain; b++) {
        double s = 0;
        for (int i = 0; i < batch; i++) {
          s += c[b * batch + i];
        }
        means[k++] = s / batch;
      }
    }
    double m = 0;
    for (double x : means) {
      m += x;
    }
    m /= means.length;
    double v = 0;
    for (double x : means) {
      v += (x - m) * (x - m);
    }
    v /= means.length - 1;
    return Math.sqrt(v / means.length);
  }

  static double splitRhat(double[][] chains) {
    int half = chains[0].length / 2;
    int m = chains.length * 2;
    double[] means = new double[m];
    double[] vars = new double[m];
    for (int c = 0; c < chains.length; c++) {
      for (int h = 0; h < 2; h++) {
        double s = 0;
        for (int i = 0; i < half; i++) {
          s += chains[c][h * half + i];
        }
        double mean = s / half;
        double v = 0;
        for (int i = 0; i < half; i++) {
          double d = chains[c][h * half + i] - mean;
          v += d * d;
        }
        means[2 * c + h] = mean;
        vars[2 * c + h] = v / (half - 1);
      }
    }
    double grand = 0;
    double w = 0;
    for (int j = 0; j < m; j++) {
      grand += means[j] / m;
      w += vars[j] / m;
    }
    double b = 0;
    for (int j = 0; j < m; j++) {
      b += (means[j] - grand) * (means[j] - grand) * half / (m - 1.0);
    }
    double varPlus = (half - 1.0) / half * w + b / half;
    return Math.sqrt(varPlus / w);
  }
}
