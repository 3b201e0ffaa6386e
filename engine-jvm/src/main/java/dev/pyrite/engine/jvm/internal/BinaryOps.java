package dev.pyrite.engine.jvm.internal;

/**
 * Element-wise binary kernels and their partial derivatives. Comparison and logical operations
 * yield 0/1 and have no gradient.
 */
public final class BinaryOps {
  public static final int ADD = 0;
  public static final int SUB = 1;
  public static final int MUL = 2;
  public static final int DIV = 3;
  public static final int POW = 4;
  public static final int MAX = 5;
  public static final int MIN = 6;
  public static final int MOD = 7;
  public static final int ATAN2 = 8;
  public static final int XLOGY = 9;
  public static final int EQ = 10;
  public static final int NEQ = 11;
  public static final int GT = 12;
  public static final int GTE = 13;
  public static final int LT = 14;
  public static final int LTE = 15;
  public static final int AND = 16;
  public static final int OR = 17;
  public static final int XOR = 18;

  private BinaryOps() {}

  /**
   * Whether an operation yields a boolean.
   *
   * @param op the operation
   * @return {@code true} for comparisons and logical operations
   */
  public static boolean isBoolean(int op) {
    return op >= EQ;
  }

  /**
   * Applies an operation to two numbers.
   *
   * @param op the operation
   * @param a the left operand
   * @param b the right operand
   * @return the result
   */
  public static double apply(int op, double a, double b) {
    switch (op) {
      case ADD:
        return a + b;
      case SUB:
        return a - b;
      case MUL:
        return a * b;
      case DIV:
        return a / b;
      case POW:
        return Math.pow(a, b);
      case MAX:
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
      case MIN:
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
      case MOD:
        return a - Math.floor(a / b) * b;
      case ATAN2:
        return Math.atan2(a, b);
      case XLOGY:
        return a == 0 && !Double.isNaN(b) ? 0 : a * Math.log(b);
      case EQ:
        return a == b ? 1 : 0;
      case NEQ:
        return a != b ? 1 : 0;
      case GT:
        return a > b ? 1 : 0;
      case GTE:
        return a >= b ? 1 : 0;
      case LT:
        return a < b ? 1 : 0;
      case LTE:
        return a <= b ? 1 : 0;
      case AND:
        return a != 0 && b != 0 ? 1 : 0;
      case OR:
        return a != 0 || b != 0 ? 1 : 0;
      case XOR:
        return (a != 0) != (b != 0) ? 1 : 0;
      default:
        throw new IllegalArgumentException("unknown binary op " + op);
    }
  }

  /**
   * Applies an operation with broadcasting.
   *
   * @param op the operation
   * @param x the left data
   * @param mx the left index map ({@code null}: same shape as the output)
   * @param y the right data
   * @param my the right index map ({@code null}: same shape as the output)
   * @param n the number of output elements
   * @return the output data
   */
  public static double[] apply(int op, double[] x, int[] mx, double[] y, int[] my, int n) {
    double[] out = new double[n];
    if (mx == null && my == null) {
      if (op == ADD) {
        for (int i = 0; i < n; i++) {
          out[i] = x[i] + y[i];
        }
      } else if (op == MUL) {
        for (int i = 0; i < n; i++) {
          out[i] = x[i] * y[i];
        }
      } else {
        for (int i = 0; i < n; i++) {
          out[i] = apply(op, x[i], y[i]);
        }
      }
    } else if (mx == null && y.length == 1) {
      double b = y[0];
      for (int i = 0; i < n; i++) {
        out[i] = apply(op, x[i], b);
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = apply(op, x[mx == null ? i : mx[i]], y[my == null ? i : my[i]]);
      }
    }
    return out;
  }

  /**
   * The partial derivative of {@code out = op(a, b)} with respect to {@code a}.
   *
   * @param op the operation
   * @param a the left operand
   * @param b the right operand
   * @param out the result
   * @return d out / d a
   */
  public static double da(int op, double a, double b, double out) {
    switch (op) {
      case ADD:
      case SUB:
      case MOD:
        return 1;
      case MUL:
        return b;
      case DIV:
        return 1 / b;
      case POW:
        return b == 0 ? 0 : b * Math.pow(a, b - 1);
      case MAX:
        return a > b ? 1 : a == b ? 0.5 : 0;
      case MIN:
        return a < b ? 1 : a == b ? 0.5 : 0;
      case ATAN2:
        return b / (a * a + b * b);
      case XLOGY:
        return a == 0 && b <= 0 ? 0 : Math.log(b);
      default:
        return 0;
    }
  }

  /**
   * The partial derivative of {@code out = op(a, b)} with respect to {@code b}.
   *
   * @param op the operation
   * @param a the left operand
   * @param b the right operand
   * @param out the result
   * @return d out / d b
   */
  public static double db(int op, double a, double b, double out) {
    switch (op) {
      case ADD:
        return 1;
      case SUB:
        return -1;
      case MUL:
        return a;
      case DIV:
        return -a / (b * b);
      case POW:
        return a > 0 ? out * Math.log(a) : 0;
      case MAX:
        return b > a ? 1 : a == b ? 0.5 : 0;
      case MIN:
        return b < a ? 1 : a == b ? 0.5 : 0;
      case MOD:
        return -Math.floor(a / b);
      case ATAN2:
        return -a / (a * a + b * b);
      case XLOGY:
        return a / b;
      default:
        return 0;
    }
  }
}
