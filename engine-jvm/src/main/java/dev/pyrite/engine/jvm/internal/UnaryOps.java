package dev.pyrite.engine.jvm.internal;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Element-wise unary kernels and their derivatives. Special functions come from commons-math3. */
public final class UnaryOps {
  public static final int NEG = 0;
  public static final int ABS = 1;
  public static final int EXP = 2;
  public static final int LOG = 3;
  public static final int SQRT = 4;
  public static final int SQUARE = 5;
  public static final int SIN = 6;
  public static final int COS = 7;
  public static final int TAN = 8;
  public static final int TANH = 9;
  public static final int SIGMOID = 10;
  public static final int SOFTPLUS = 11;
  public static final int GAMMALN = 12;
  public static final int ERF = 13;
  public static final int ERFINV = 14;
  public static final int ASIN = 15;
  public static final int ACOS = 16;
  public static final int ATAN = 17;
  public static final int SINH = 18;
  public static final int COSH = 19;
  public static final int ASINH = 20;
  public static final int ACOSH = 21;
  public static final int ATANH = 22;
  public static final int CBRT = 23;
  public static final int LOG10 = 24;
  public static final int LOG2 = 25;
  public static final int RELU = 26;
  public static final int SOFTSIGN = 27;
  public static final int FLOOR = 28;
  public static final int CEIL = 29;
  public static final int ROUND = 30;
  public static final int TRUNC = 31;
  public static final int SIGN = 32;
  public static final int ISNAN = 33;
  public static final int ISINF = 34;
  public static final int NOT = 35;

  private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
  private static final double LN10 = Math.log(10);
  private static final double LN2 = Math.log(2);

  private UnaryOps() {}

  /**
   * Whether an operation yields a boolean.
   *
   * @param op the operation
   * @return {@code true} for isNaN, isInfinite and logical not
   */
  public static boolean isBoolean(int op) {
    return op >= ISNAN;
  }

  /**
   * Applies an operation to every element.
   *
   * @param op the operation
   * @param x the data
   * @return a new array of the results
   */
  public static double[] apply(int op, double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = apply(op, x[i]);
    }
    return out;
  }

  /**
   * Applies an operation to a number.
   *
   * @param op the operation
   * @param x the argument
   * @return the result
   */
  public static double apply(int op, double x) {
    switch (op) {
      case NEG:
        return -x;
      case ABS:
        return Math.abs(x);
      case EXP:
        return Math.exp(x);
      case LOG:
        return Math.log(x);
      case SQRT:
        return Math.sqrt(x);
      case SQUARE:
        return x * x;
      case SIN:
        return Math.sin(x);
      case COS:
        return Math.cos(x);
      case TAN:
        return Math.tan(x);
      case TANH:
        return Math.tanh(x);
      case SIGMOID:
        return sigmoid(x);
      case SOFTPLUS:
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
      case GAMMALN:
        return x > 0 ? Gamma.logGamma(x) : Math.log(Math.abs(gammaOfNonPositive(x)));
      case ERF:
        return Erf.erf(x);
      case ERFINV:
        return Erf.erfInv(x);
      case ASIN:
        return Math.asin(x);
      case ACOS:
        return Math.acos(x);
      case ATAN:
        return Math.atan(x);
      case SINH:
        return Math.sinh(x);
      case COSH:
        return Math.cosh(x);
      case ASINH:
        return x < 0 ? -asinh(-x) : asinh(x);
      case ACOSH:
        return Math.log(x + Math.sqrt(x * x - 1));
      case ATANH:
        return 0.5 * Math.log1p(2 * x / (1 - x));
      case CBRT:
        return Math.cbrt(x);
      case LOG10:
        return Math.log10(x);
      case LOG2:
        return Math.log(x) / LN2;
      case RELU:
        return x > 0 ? x : 0;
      case SOFTSIGN:
        return x / (1 + Math.abs(x));
      case FLOOR:
        return Math.floor(x);
      case CEIL:
        return Math.ceil(x);
      case ROUND:
        return Math.rint(x);
      case TRUNC:
        return x < 0 ? Math.ceil(x) : Math.floor(x);
      case SIGN:
        return Math.signum(x);
      case ISNAN:
        return Double.isNaN(x) ? 1 : 0;
      case ISINF:
        return Double.isInfinite(x) ? 1 : 0;
      case NOT:
        return x == 0 ? 1 : 0;
      default:
        throw new IllegalArgumentException("unknown unary op " + op);
    }
  }

  /**
   * The derivative of {@code y = op(x)}.
   *
   * @param op the operation
   * @param x the argument
   * @param y the result
   * @return dy/dx
   */
  public static double derivative(int op, double x, double y) {
    switch (op) {
      case NEG:
        return -1;
      case ABS:
        return Math.signum(x);
      case EXP:
        return y;
      case LOG:
        return 1 / x;
      case SQRT:
        return 0.5 / y;
      case SQUARE:
        return 2 * x;
      case SIN:
        return Math.cos(x);
      case COS:
        return -Math.sin(x);
      case TAN:
        return 1 + y * y;
      case TANH:
        return 1 - y * y;
      case SIGMOID:
        return y * (1 - y);
      case SOFTPLUS:
        return sigmoid(x);
      case GAMMALN:
        return Gamma.digamma(x);
      case ERF:
        return TWO_OVER_SQRT_PI * Math.exp(-x * x);
      case ERFINV:
        return Math.exp(y * y) / TWO_OVER_SQRT_PI;
      case ASIN:
        return 1 / Math.sqrt(1 - x * x);
      case ACOS:
        return -1 / Math.sqrt(1 - x * x);
      case ATAN:
        return 1 / (1 + x * x);
      case SINH:
        return Math.cosh(x);
      case COSH:
        return Math.sinh(x);
      case ASINH:
        return 1 / Math.sqrt(x * x + 1);
      case ACOSH:
        return 1 / Math.sqrt(x * x - 1);
      case ATANH:
        return 1 / (1 - x * x);
      case CBRT:
        return 1 / (3 * y * y);
      case LOG10:
        return 1 / (x * LN10);
      case LOG2:
        return 1 / (x * LN2);
      case RELU:
        return x > 0 ? 1 : 0;
      case SOFTSIGN:
        double d = 1 + Math.abs(x);
        return 1 / (d * d);
      default:
        return 0;
    }
  }

  private static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  private static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }

  private static double gammaOfNonPositive(double x) {
    return x == Math.rint(x) ? Double.POSITIVE_INFINITY : Gamma.gamma(x);
  }
}
