package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDArrayIndexer;
import ai.djl.ndarray.index.full.NDIndexFullPick;
import ai.djl.ndarray.index.full.NDIndexFullSlice;
import ai.djl.ndarray.index.full.NDIndexFullTake;
import java.util.Arrays;

/**
 * Indexing: {@code get}/{@code set} with fixed indices, slices and steps, and {@code get} with an
 * index array (take along an axis, pick). Reading records a gradient (a gather); writing is in
 * place and is not differentiated.
 */
final class JvmIndexer extends NDArrayIndexer {
  static final JvmIndexer INSTANCE = new JvmIndexer();

  private JvmIndexer() {}

  private static int[] map(JvmArray a, NDIndexFullSlice slice) {
    int[] st = Shapes.strides(a.dims());
    long[] min = slice.getMin();
    long[] step = slice.getStep();
    int[] shape = Shapes.toInts(slice.getShape());
    int start = 0;
    int[] s = new int[st.length];
    for (int d = 0; d < st.length; d++) {
      start += (int) min[d] * st[d];
      s[d] = (int) step[d] * st[d];
    }
    return Shapes.strided(shape, start, s);
  }

  @Override
  public NDArray get(NDArray array, NDIndexFullSlice slice) {
    JvmArray a = JvmArray.cast(array, "NDArray.get");
    return a.gather(map(a, slice), Shapes.toInts(slice.getSqueezedShape()));
  }

  @Override
  public NDArray get(NDArray array, NDIndexFullPick pick) {
    JvmArray a = JvmArray.cast(array, "NDArray.get(pick)");
    return Gathers.pick(a, JvmArray.cast(pick.getIndices(), "NDArray.get(pick)"), pick.getAxis());
  }

  @Override
  public NDArray get(NDArray array, NDIndexFullTake take) {
    JvmArray a = JvmArray.cast(array, "NDArray.get(take)");
    return Gathers.takeAlong(
        a, JvmArray.cast(take.getIndices(), "NDArray.get(take)"), take.getAxis());
  }

  @Override
  public void set(NDArray array, NDIndexFullSlice slice, NDArray value) {
    JvmArray a = JvmArray.cast(array, "NDArray.set");
    JvmArray v = JvmArray.cast(value, "NDArray.set");
    int[] m = map(a, slice);
    int[] shape = Shapes.toInts(slice.getShape());
    int[] vd = v.dims();
    int[] sq = Shapes.toInts(slice.getSqueezedShape());
    int[] target = Broadcast.size(vd) == m.length && Arrays.equals(vd, sq) ? vd : shape;
    int[] mv = Arrays.equals(vd, target) ? null : Broadcast.map(target, vd);
    double[] src = Values.fit(v.data().clone(), a.getDataType());
    double[] dst = a.data();
    for (int i = 0; i < m.length; i++) {
      dst[m[i]] = src[mv == null ? i : mv[i]];
    }
  }

  @Override
  public void set(NDArray array, NDIndexFullSlice slice, Number value) {
    JvmArray a = JvmArray.cast(array, "NDArray.set");
    double v = Values.fit(new double[] {value.doubleValue()}, a.getDataType())[0];
    double[] dst = a.data();
    for (int i : map(a, slice)) {
      dst[i] = v;
    }
  }
}
