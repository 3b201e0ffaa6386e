package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDArrayIndexer;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.engine.jvm.internal.autograd.Tape;
import java.util.Arrays;

/** The engine-internal operations DJL reaches through {@code getNDArrayInternal()}. */
final class JvmArrayEx extends UnsupportedArrayEx {
  private final JvmArray array;

  JvmArrayEx(JvmArray array) {
    this.array = array;
  }

  @Override
  public NDArray getArray() {
    return array;
  }

  @Override
  public NDArrayIndexer getIndexer(NDManager manager) {
    return JvmIndexer.INSTANCE;
  }

  @Override
  public NDArray rdivi(NDArray b) {
    return replaceBy(JvmArray.binary(BinaryOps.DIV, JvmArray.cast(b, "NDArray.rdivi"), array));
  }

  @Override
  public NDArray rmodi(NDArray b) {
    return replaceBy(JvmArray.binary(BinaryOps.MOD, JvmArray.cast(b, "NDArray.rmodi"), array));
  }

  @Override
  public NDArray rpowi(Number n) {
    return replaceBy(JvmArray.binary(BinaryOps.POW, array.constant(n.doubleValue()), array));
  }

  private NDArray replaceBy(JvmArray result) {
    array.intern(result);
    return array;
  }

  @Override
  public NDList linear(NDArray input, NDArray weight, NDArray bias) {
    NDArray out = JvmArray.cast(input, "linear").matMul(weight.transpose());
    return new NDList(bias == null ? out : out.add(bias));
  }

  @Override
  public NDArray rdiv(Number n) {
    return JvmArray.binary(BinaryOps.DIV, array.constant(n.doubleValue()), array);
  }

  @Override
  public NDArray rsub(Number n) {
    return JvmArray.binary(BinaryOps.SUB, array.constant(n.doubleValue()), array);
  }

  @Override
  public NDArray rpow(Number n) {
    return JvmArray.binary(BinaryOps.POW, array.constant(n.doubleValue()), array);
  }

  @Override
  public void adamUpdate(
      NDList inputs,
      NDList weights,
      float learningRate,
      float learningRateBiasCorrection,
      float weightDecay,
      float rescaleGrad,
      float clipGrad,
      float beta1,
      float beta2,
      float epsilon,
      boolean lazyUpdate,
      boolean adamw) {
    OptimizerUpdates.adam(
        inputs,
        weights,
        learningRate,
        learningRateBiasCorrection,
        weightDecay,
        rescaleGrad,
        clipGrad,
        beta1,
        beta2,
        epsilon,
        adamw);
  }

  @Override
  public void sgdUpdate(
      NDList inputs,
      NDList weights,
      float learningRate,
      float weightDecay,
      float rescaleGrad,
      float clipGrad,
      float momentum,
      boolean lazyUpdate) {
    OptimizerUpdates.sgd(
        inputs, weights, learningRate, weightDecay, rescaleGrad, clipGrad, momentum);
  }

  @Override
  public NDArray relu() {
    return array.unary(UnaryOps.RELU);
  }

  @Override
  public NDArray sigmoid() {
    return array.unary(UnaryOps.SIGMOID);
  }

  @Override
  public NDArray tanh() {
    return array.unary(UnaryOps.TANH);
  }

  @Override
  public NDArray softPlus() {
    return array.unary(UnaryOps.SOFTPLUS);
  }

  @Override
  public NDArray softSign() {
    return array.unary(UnaryOps.SOFTSIGN);
  }

  @Override
  public NDArray where(NDArray condition, NDArray other) {
    JvmArray c = JvmArray.cast(condition, "NDArrays.where");
    JvmArray y = JvmArray.cast(other, "NDArrays.where");
    JvmArray x = array;
    int[] od = Broadcast.dims(Broadcast.dims(c.dims(), x.dims()), y.dims());
    int n = Broadcast.size(od);
    int[] mc = Broadcast.map(od, c.dims());
    int[] mx = Broadcast.map(od, x.dims());
    int[] my = Broadcast.map(od, y.dims());
    double[] cd = c.data();
    double[] xd = x.data();
    double[] yd = y.data();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = cd[mc[i]] != 0 ? xd[mx[i]] : yd[my[i]];
    }
    JvmArray r = x.like(out, od, Values.promote(x.dtype(), y.dtype()));
    return Tape.record(
        r,
        (g, gi) -> {
          for (int i = 0; i < n; i++) {
            boolean pick = cd[mc[i]] != 0;
            if (pick && gi[1] != null) {
              gi[1][mx[i]] += g[i];
            } else if (!pick && gi[2] != null) {
              gi[2][my[i]] += g[i];
            }
          }
        },
        c,
        x,
        y);
  }

  @Override
  public NDArray stack(NDList arrays, int axis) {
    int a = Shapes.axis(axis, array.dims().length + 1);
    NDList expanded = new NDList(arrays.size());
    for (NDArray x : arrays) {
      expanded.add(
          JvmArray.cast(x, "NDArrays.stack").view(Shapes.expand(((JvmArray) x).dims(), a)));
    }
    return array.view(Shapes.expand(array.dims(), a)).getNDArrayInternal().concat(expanded, a);
  }

  @Override
  public NDArray concat(NDList arrays, int axis) {
    JvmArray[] parts = new JvmArray[arrays.size() + 1];
    parts[0] = array;
    for (int i = 0; i < arrays.size(); i++) {
      parts[i + 1] = JvmArray.cast(arrays.get(i), "NDArrays.concat");
    }
    int[] d0 = array.dims();
    int ax = Shapes.axis(axis, d0.length);
    int total = 0;
    DataType type = array.dtype();
    for (JvmArray p : parts) {
      int[] d = p.dims();
      if (d.length != d0.length) {
        throw new IllegalArgumentException("concat: ranks differ");
      }
      for (int i = 0; i < d.length; i++) {
        if (i != ax && d[i] != d0[i]) {
          throw new IllegalArgumentException(
              "concat along axis "
                  + axis
                  + ": shapes "
                  + Arrays.toString(d0)
                  + " and "
                  + Arrays.toString(d)
                  + " differ elsewhere");
        }
      }
      total += d[ax];
      type = Values.promote(type, p.dtype());
    }
    int outer = 1;
    for (int i = 0; i < ax; i++) {
      outer *= d0[i];
    }
    int inner = 1;
    for (int i = ax + 1; i < d0.length; i++) {
      inner *= d0[i];
    }
    int[] od = d0.clone();
    od[ax] = total;
    int rowOut = total * inner;
    double[] out = new double[outer * rowOut];
    int[] offsets = new int[parts.length];
    int off = 0;
    for (int k = 0; k < parts.length; k++) {
      offsets[k] = off;
      int row = parts[k].dims()[ax] * inner;
      double[] src = parts[k].data();
      for (int o = 0; o < outer; o++) {
        System.arraycopy(src, o * row, out, o * rowOut + off, row);
      }
      off += row;
    }
    int innerF = inner;
    int outerF = outer;
    return Tape.record(
        array.like(out, od, type),
        (g, gi) -> {
          for (int k = 0; k < parts.length; k++) {
            if (gi[k] == null) {
              continue;
            }
            int row = parts[k].dims()[ax] * innerF;
            for (int o = 0; o < outerF; o++) {
              for (int j = 0; j < row; j++) {
                gi[k][o * row + j] += g[o * rowOut + offsets[k] + j];
              }
            }
          }
        },
        parts);
  }
}
