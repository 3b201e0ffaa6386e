package dev.pyrite.distributions.internal;

/**
 * Special functions in double precision for the cdf and icdf of the gamma, beta, Student-t and F
 * families (torch does not define them; the reference values come from scipy): log-gamma, the
 * regularised incomplete gamma and beta functions and their inverses.
 *
 * <p>Log-gamma is Lanczos' approximation with Godfrey's coefficients ({@code g = 607/128}, relative
 * error about 1e-15); the incomplete functions are the power series and Lentz's continued fractions
 * of Numerical Recipes (section 6.2 and 6.4) run to full double precision; the inverses are
 * Halley/Newton iterations kept inside a shrinking bracket.
 */
public final class SpecialFunctions {
  private static final double G = 607.0 / 128.0;
  private static final double[] LANCZOS = {
    0.99999999999999709182,
    57.156235665862923517,
    -59.597960355475491248,
    14.136097974741747174,
    -0.49191381609762019978,
    .33994649984811888699e-4,
    .46523628927048575665e-4,
    -.98374475304879564677e-4,
    .15808870322491248884e-3,
    -.21026444172410488319e-3,
    .21743961811521264320e-3,
    -.16431810653676389022e-3,
    .84418223983852743293e-4,
    -.26190838401581408670e-4,
    .36899182659531622704e-5,
  };
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final double EPS = 1e-16;
  private static final double FPMIN = 1e-300;
  private static final int MAX_ITER = 100_000;

  private SpecialFunctions() {}

  /**
   * {@code log Gamma(x)} for {@code x > 0}.
   *
   * @param x the argument
   * @return the log-gamma function
   */
  public static double logGamma(double x) {
    if (Double.isNaN(x) || x <= 0) {
      return x == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    if (x < 0.5) {
      return logGamma(x + 1) - Math.log(x);
    }
    double sum = LANCZOS[0];
    for (int i = LANCZOS.length - 1; i > 0; i--) {
      sum += LANCZOS[i] / (x + i);
    }
    double t = x + G + 0.5;
    return (x + 0.5) * Math.log(t) - t + HALF_LOG_2PI + Math.log(sum / x);
  }

  /**
   * The regularised lower incomplete gamma function {@code P(a, x)}.
   *
   * @param a the shape, positive
   * @param x the argument, non-negative
   * @return {@code P(a, x)} in [0, 1]
   */
  public static double gammaP(double a, double x) {
    if (Double.isNaN(a) || Double.isNaN(x) || a <= 0 || x < 0) {
      return Double.NaN;
    }
    if (x == 0) {
      return 0;
    }
    if (Double.isInfinite(x)) {
      return 1;
    }
    return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
  }

  /**
   * The regularised upper incomplete gamma function {@code Q(a, x) = 1 - P(a, x)}.
   *
   * @param a the shape, positive
   * @param x the argument, non-negative
   * @return {@code Q(a, x)} in [0, 1]
   */
  public static double gammaQ(double a, double x) {
    if (Double.isNaN(a) || Double.isNaN(x) || a <= 0 || x < 0) {
      return Double.NaN;
    }
    if (x == 0) {
      return 1;
    }
    if (Double.isInfinite(x)) {
      return 0;
    }
    return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x);
  }

  private static double gammaSeries(double a, double x) {
    double ap = a;
    double del = 1.0 / a;
    double sum = del;
    for (int n = 0; n < MAX_ITER; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) {
        break;
      }
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  private static double gammaFraction(double a, double x) {
    double b = x + 1 - a;
    double c = 1 / FPMIN;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_ITER; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < FPMIN) {
        d = FPMIN;
      }
      c = b + an / c;
      if (Math.abs(c) < FPMIN) {
        c = FPMIN;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }

  /**
   * The inverse of {@code P(a, .)}: the {@code x} with {@code P(a, x) = p}.
   *
   * @param a the shape, positive
   * @param p the probability in [0, 1]
   * @return the quantile
   */
  public static double inverseGammaP(double a, double p) {
    if (Double.isNaN(a) || Double.isNaN(p) || a <= 0 || p < 0 || p > 1) {
      return Double.NaN;
    }
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    double x = gammaGuess(a, p);
    double lga = logGamma(a);
    for (int i = 0; i < 200; i++) {
      double f = gammaP(a, x) - p;
      if (f > 0) {
        hi = Math.min(hi, x);
      } else {
        lo = Math.max(lo, x);
      }
      double density = Math.exp((a - 1) * Math.log(x) - x - lga);
      double step = f / density;
      // Halley's correction: P'' / P' = (a - 1) / x - 1
      double halley = step / (1 - 0.5 * Math.min(1, step * ((a - 1) / x - 1)));
      double next = x - halley;
      if (!(next > lo && next < hi) || density == 0) {
        next = Double.isInfinite(hi) ? 2 * Math.max(x, 1) : 0.5 * (lo + hi);
      }
      if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300)) {
        return next;
      }
      x = next;
    }
    return x;
  }

  private static double gammaGuess(double a, double p) {
    if (a > 1) {
      double pp = p < 0.5 ? p : 1 - p;
      double t = Math.sqrt(-2 * Math.log(pp));
      double z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
      if (p < 0.5) {
        z = -z;
      }
      double x = a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3);
      return Math.max(1e-3, x);
    }
    double t = 1 - a * (0.253 + a * 0.12);
    return p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }

  /**
   * The regularised incomplete beta function {@code I_x(a, b)}.
   *
   * @param x the argument in [0, 1]
   * @param a the first shape, positive
   * @param b the second shape, positive
   * @return {@code I_x(a, b)} in [0, 1]
   */
  public static double betaI(double x, double a, double b) {
    if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b) || a <= 0 || b <= 0) {
      return Double.NaN;
    }
    if (x <= 0) {
      return x < 0 ? Double.NaN : 0;
    }
    if (x >= 1) {
      return x > 1 ? Double.NaN : 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    return x < (a + 1) / (a + b + 2)
        ? front * betaFraction(x, a, b) / a
        : 1 - front * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < FPMIN) {
      d = FPMIN;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m < MAX_ITER; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < FPMIN ? FPMIN : d;
      c = 1 + aa / c;
      c = Math.abs(c) < FPMIN ? FPMIN : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < FPMIN ? FPMIN : d;
      c = 1 + aa / c;
      c = Math.abs(c) < FPMIN ? FPMIN : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) {
        break;
      }
    }
    return h;
  }

  /**
   * The inverse of {@code I_.(a, b)}: the {@code x} with {@code I_x(a, b) = p}.
   *
   * @param p the probability in [0, 1]
   * @param a the first shape, positive
   * @param b the second shape, positive
   * @return the quantile in [0, 1]
   */
  public static double inverseBetaI(double p, double a, double b) {
    if (Double.isNaN(p) || Double.isNaN(a) || Double.isNaN(b) || a <= 0 || b <= 0) {
      return Double.NaN;
    }
    if (p <= 0) {
      return p < 0 ? Double.NaN : 0;
    }
    if (p >= 1) {
      return p > 1 ? Double.NaN : 1;
    }
    double lo = 0;
    double hi = 1;
    double x = betaGuess(p, a, b);
    double logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
    for (int i = 0; i < 300; i++) {
      double f = betaI(x, a, b) - p;
      if (f > 0) {
        hi = Math.min(hi, x);
      } else {
        lo = Math.max(lo, x);
      }
      double density = Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
      double step = f / density;
      double curvature = (a - 1) / x - (b - 1) / (1 - x);
      double halley = step / (1 - 0.5 * Math.max(-1, Math.min(1, step * curvature)));
      double next = x - halley;
      if (!(next > lo && next < hi) || !(density > 0) || Double.isInfinite(density)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - x) <= 1e-16 * Math.max(Math.min(x, 1 - x), 1e-300)
          || hi - lo <= 1e-17 * Math.max(x, 1e-300)) {
        return next;
      }
      x = next;
    }
    return x;
  }

  private static double betaGuess(double p, double a, double b) {
    double lna = Math.log(a / (a + b));
    double lnb = Math.log(b / (a + b));
    double t = Math.exp(a * lna) / a;
    double u = Math.exp(b * lnb) / b;
    double w = t + u;
    double x = p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
    return Math.min(1 - 1e-12, Math.max(1e-300, x));
  }
}
