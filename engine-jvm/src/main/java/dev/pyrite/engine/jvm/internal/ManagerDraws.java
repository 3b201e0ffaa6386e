package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.engine.jvm.internal.random.GammaVariate;
import dev.pyrite.engine.jvm.internal.random.MultinomialVariate;
import dev.pyrite.engine.jvm.internal.random.PoissonVariate;
import dev.pyrite.engine.jvm.internal.random.RandomStream;
import dev.pyrite.engine.jvm.internal.random.Variates;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The random operations of {@link JvmManager}, drawn from the engine's {@link RandomStream}. The
 * parameterised samplers follow MXNet's layout: the output shape is the broadcast shape of the
 * parameters followed by {@code shape}, so draws for one parameter entry are contiguous. Draws
 * carry no gradient.
 */
final class ManagerDraws {
  private ManagerDraws() {}

  static double[] uniform(double low, double high, int n, DataType type) {
    if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
      throw new IllegalArgumentException(
          "randomUniform: low = "
              + low
              + " and high = "
              + high
              + " must be finite with low <= high");
    }
    double[] d = new double[n];
    Variates.uniform(next(), d, low, high, type == DataType.FLOAT32);
    return d;
  }

  static double[] normal(double loc, double scale, int n, boolean truncated) {
    String op = truncated ? "truncatedNormal" : "randomNormal";
    checkScale(op, "scale", scale, -1);
    double[] d = new double[n];
    if (truncated) {
      Variates.truncatedNormal(next(), d, loc, scale);
    } else {
      Variates.normal(next(), d, loc, scale);
    }
    return d;
  }

  static double[] integers(long low, long high, int n) {
    if (high <= low) {
      throw new IllegalArgumentException(
          "randomInteger: high = " + high + " must be above low = " + low);
    }
    double[] d = new double[n];
    Variates.integers(next(), d, low, high);
    return d;
  }

  static double[] permutation(long n) {
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "randomPermutation: n = " + n + " must be in [0, " + Integer.MAX_VALUE + "]");
    }
    return Variates.permutation(next(), (int) n);
  }

  static JvmArray sampleNormal(JvmManager m, NDArray mu, NDArray sigma, Shape shape) {
    JvmArray a = JvmArray.cast(mu, "NDManager.sampleNormal");
    JvmArray b = JvmArray.cast(sigma, "NDManager.sampleNormal");
    Layout l = new Layout(a, b, shape);
    double[] loc = l.read(a);
    double[] scale = l.read(b);
    for (int p = 0; p < scale.length; p++) {
      checkScale("sampleNormal", "sigma", scale[p], p);
    }
    SplittableRandom r = next();
    double[] out = new double[l.size()];
    for (int p = 0, i = 0; p < l.params; p++) {
      for (int s = 0; s < l.perParam; s++, i++) {
        out[i] = loc[p] + scale[p] * r.nextGaussian();
      }
    }
    return JvmArray.of(m, out, l.dims, Values.promote(a.dtype(), b.dtype()));
  }

  static JvmArray sampleGamma(JvmManager m, NDArray alpha, NDArray beta, Shape shape) {
    JvmArray a = JvmArray.cast(alpha, "NDManager.sampleGamma");
    JvmArray b = JvmArray.cast(beta, "NDManager.sampleGamma");
    Layout l = new Layout(a, b, shape);
    double[] k = l.read(a);
    double[] theta = l.read(b);
    for (int p = 0; p < k.length; p++) {
      checkPositive("sampleGamma", "alpha", k[p], p);
      checkPositive("sampleGamma", "beta (the scale)", theta[p], p);
    }
    DataType type = Values.promote(a.dtype(), b.dtype());
    double tiny = type == DataType.FLOAT32 ? Float.MIN_NORMAL : Double.MIN_NORMAL;
    SplittableRandom r = next();
    double[] out = new double[l.size()];
    for (int p = 0, i = 0; p < l.params; p++) {
      for (int s = 0; s < l.perParam; s++, i++) {
        out[i] = Math.max(tiny, GammaVariate.standard(r, k[p]) * theta[p]);
      }
    }
    return JvmArray.of(m, out, l.dims, type);
  }

  static JvmArray samplePoisson(JvmManager m, NDArray lam, Shape shape) {
    JvmArray a = JvmArray.cast(lam, "NDManager.samplePoisson");
    Layout l = new Layout(a, a, shape);
    double[] rate = a.data();
    for (int p = 0; p < rate.length; p++) {
      if (!(rate[p] >= 0 && rate[p] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "samplePoisson: lam[" + p + "] = " + rate[p] + " must be finite and >= 0");
      }
    }
    SplittableRandom r = next();
    double[] out = new double[l.size()];
    for (int p = 0, i = 0; p < l.params; p++) {
      for (int s = 0; s < l.perParam; s++, i++) {
        out[i] = PoissonVariate.draw(r, rate[p]);
      }
    }
    DataType type = a.dtype() == DataType.FLOAT64 ? DataType.FLOAT64 : DataType.FLOAT32;
    return JvmArray.of(m, out, l.dims, type);
  }

  static JvmArray multinomial(JvmManager m, int n, NDArray pValues, Shape shape) {
    JvmArray p = JvmArray.cast(pValues, "NDManager.randomMultinomial");
    int[] pd = p.dims();
    if (pd.length == 0 || n < 0) {
      throw new IllegalArgumentException(
          "randomMultinomial: needs n >= 0 (got "
              + n
              + ") and pValues of rank >= 1 with categories on the last axis (got shape "
              + p.getShape()
              + ")");
    }
    int k = pd[pd.length - 1];
    int rows = p.data().length / Math.max(1, k);
    double[][] cdfs = new double[rows][];
    for (int row = 0; row < rows; row++) {
      cdfs[row] = MultinomialVariate.cumulative(p.data(), row * k, k);
    }
    int[] sd = Shapes.toInts(shape);
    int reps = Broadcast.size(sd);
    int[] od = concat(sd, pd);
    double[] out = new double[reps * rows * k];
    SplittableRandom r = next();
    for (int t = 0, off = 0; t < reps; t++) {
      for (int row = 0; row < rows; row++, off += k) {
        MultinomialVariate.counts(r, n, cdfs[row], out, off);
      }
    }
    return JvmArray.of(m, out, od, DataType.INT64);
  }

  private static SplittableRandom next() {
    return RandomStream.engine().next();
  }

  private static void checkScale(String op, String name, double v, int at) {
    if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          op
              + ": "
              + name
              + (at >= 0 ? "[" + at + "]" : "")
              + " = "
              + v
              + " must be finite and >= 0");
    }
  }

  private static void checkPositive(String op, String name, double v, int at) {
    if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          op + ": " + name + "[" + at + "] = " + v + " must be finite and > 0");
    }
  }

  static int[] concat(int[] a, int[] b) {
    int[] d = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, d, a.length, b.length);
    return d;
  }

  /** The output layout: broadcast parameter shape, then the sample shape. */
  private static final class Layout {
    final int[] paramDims;
    final int[] dims;
    final int params;
    final int perParam;

    Layout(JvmArray a, JvmArray b, Shape shape) {
      paramDims = Broadcast.dims(a.dims(), b.dims());
      int[] sd = Shapes.toInts(shape);
      dims = concat(paramDims, sd);
      params = Broadcast.size(paramDims);
      perParam = Broadcast.size(sd);
    }

    int size() {
      return params * perParam;
    }

    double[] read(JvmArray x) {
      if (Arrays.equals(x.dims(), paramDims)) {
        return x.data();
      }
      int[] map = Broadcast.map(paramDims, x.dims());
      double[] d = new double[map.length];
      for (int i = 0; i < map.length; i++) {
        d[i] = x.data()[map[i]];
      }
      return d;
    }
  }
}
