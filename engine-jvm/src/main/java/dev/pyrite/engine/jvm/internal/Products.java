package dev.pyrite.engine.jvm.internal;

import dev.pyrite.engine.jvm.internal.autograd.Tape;
import java.util.Arrays;

/** NumPy {@code matmul} (1-D promotion, broadcast batch dimensions) with its gradient. */
final class Products {
  private Products() {}

  static JvmArray matMul(JvmArray a, JvmArray b) {
    int[] ad = a.dims();
    int[] bd = b.dims();
    if (ad.length == 0 || bd.length == 0) {
      throw new IllegalArgumentException("matMul needs arrays of rank >= 1, got a scalar");
    }
    boolean vecA = ad.length == 1;
    boolean vecB = bd.length == 1;
    int[] a2 = vecA ? new int[] {1, ad[0]} : ad;
    int[] b2 = vecB ? new int[] {bd[0], 1} : bd;
    int n = a2[a2.length - 2];
    int k = a2[a2.length - 1];
    int m = b2[b2.length - 1];
    if (b2[b2.length - 2] != k) {
      throw new IllegalArgumentException(
          "matMul: shapes "
              + Arrays.toString(ad)
              + " and "
              + Arrays.toString(bd)
              + " do not match (inner dimensions "
              + k
              + " and "
              + b2[b2.length - 2]
              + ")");
    }
    int[] abatch = Arrays.copyOf(a2, a2.length - 2);
    int[] bbatch = Arrays.copyOf(b2, b2.length - 2);
    int[] batch = Broadcast.dims(abatch, bbatch);
    int nb = Broadcast.size(batch);
    int[] ma = Arrays.equals(batch, abatch) ? null : Broadcast.map(batch, abatch);
    int[] mb = Arrays.equals(batch, bbatch) ? null : Broadcast.map(batch, bbatch);
    double[] x = a.data();
    double[] y = b.data();
    double[] out = new double[nb * n * m];
    for (int t = 0; t < nb; t++) {
      int ao = (ma == null ? t : ma[t]) * n * k;
      int bo = (mb == null ? t : mb[t]) * k * m;
      MatMul.multiplyAdd(x, ao, false, y, bo, false, out, t * n * m, n, k, m);
    }
    int[] od = outDims(batch, n, m, vecA, vecB);
    JvmArray r = a.like(out, od, Values.promote(a.dtype(), b.dtype()));
    return Tape.record(
        r,
        (g, gi) -> {
          for (int t = 0; t < nb; t++) {
            int ao = (ma == null ? t : ma[t]) * n * k;
            int bo = (mb == null ? t : mb[t]) * k * m;
            if (gi[0] != null) {
              MatMul.multiplyAdd(g, t * n * m, false, y, bo, true, gi[0], ao, n, m, k);
            }
            if (gi[1] != null) {
              MatMul.multiplyAdd(x, ao, true, g, t * n * m, false, gi[1], bo, k, n, m);
            }
          }
        },
        a,
        b);
  }

  private static int[] outDims(int[] batch, int n, int m, boolean vecA, boolean vecB) {
    int extra = (vecA ? 0 : 1) + (vecB ? 0 : 1);
    int[] od = Arrays.copyOf(batch, batch.length + extra);
    int i = batch.length;
    if (!vecA) {
      od[i++] = n;
    }
    if (!vecB) {
      od[i] = m;
    }
    return od;
  }
}
