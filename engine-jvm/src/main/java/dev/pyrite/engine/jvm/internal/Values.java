package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.types.DataType;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;

/** Dtype handling of the double storage: rounding, promotion, byte conversion. */
public final class Values {
  private Values() {}

  /**
   * Rounds values in place to what the dtype can hold.
   *
   * @param d the values
   * @param type the dtype
   * @return {@code d}
   */
  public static double[] fit(double[] d, DataType type) {
    switch (type) {
      case FLOAT32 -> {
        for (int i = 0; i < d.length; i++) {
          d[i] = (float) d[i];
        }
      }
      case INT32, INT64, INT8, UINT8 -> {
        for (int i = 0; i < d.length; i++) {
          d[i] = d[i] < 0 ? Math.ceil(d[i]) : Math.floor(d[i]);
        }
      }
      case BOOLEAN -> {
        for (int i = 0; i < d.length; i++) {
          d[i] = d[i] != 0 ? 1 : 0;
        }
      }
      default -> {}
    }
    return d;
  }

  /**
   * Checks the engine holds a dtype.
   *
   * @param type the dtype
   * @throws UnsupportedOperationException for other dtypes
   */
  public static void checkSupported(DataType type) {
    switch (type) {
      case FLOAT64, FLOAT32, INT32, INT64, INT8, UINT8, BOOLEAN -> {}
      default -> throw Unsupported.op("arrays of dtype " + type);
    }
  }

  /**
   * The dtype of a binary operation's result.
   *
   * @param a the left dtype
   * @param b the right dtype
   * @return the wider dtype
   */
  public static DataType promote(DataType a, DataType b) {
    if (a == b) {
      return a;
    }
    if (a == DataType.FLOAT64 || b == DataType.FLOAT64) {
      return DataType.FLOAT64;
    }
    if (a == DataType.FLOAT32 || b == DataType.FLOAT32) {
      return DataType.FLOAT32;
    }
    if (a == DataType.INT64 || b == DataType.INT64) {
      return DataType.INT64;
    }
    return a == DataType.BOOLEAN ? b : a;
  }

  /**
   * Adds {@code g} to {@code acc} element-wise.
   *
   * @param acc the accumulator
   * @param g the addend
   */
  public static void addTo(double[] acc, double[] g) {
    for (int i = 0; i < g.length; i++) {
      acc[i] += g[i];
    }
  }

  /**
   * The values in DJL's byte encoding of the dtype (native order).
   *
   * @param d the values
   * @param type the dtype
   * @return a buffer positioned at 0
   */
  public static ByteBuffer toBytes(double[] d, DataType type) {
    ByteBuffer bb =
        ByteBuffer.allocate(d.length * type.getNumOfBytes()).order(ByteOrder.nativeOrder());
    for (double v : d) {
      switch (type) {
        case FLOAT64 -> bb.putDouble(v);
        case FLOAT32 -> bb.putFloat((float) v);
        case INT32 -> bb.putInt((int) v);
        case INT64 -> bb.putLong((long) v);
        case INT8, UINT8, BOOLEAN -> bb.put((byte) v);
        default -> throw Unsupported.op("arrays of dtype " + type);
      }
    }
    bb.rewind();
    return bb;
  }

  /**
   * Reads values from a DJL buffer.
   *
   * @param buffer the buffer (typed, or bytes in the dtype's encoding)
   * @param type the dtype
   * @param n the number of values
   * @return the values
   */
  public static double[] read(Buffer buffer, DataType type, int n) {
    double[] d = new double[n];
    if (buffer instanceof DoubleBuffer b) {
      b.duplicate().rewind().get(d);
    } else if (buffer instanceof FloatBuffer b) {
      FloatBuffer f = b.duplicate().rewind();
      for (int i = 0; i < n; i++) {
        d[i] = f.get();
      }
    } else if (buffer instanceof IntBuffer b) {
      IntBuffer f = b.duplicate().rewind();
      for (int i = 0; i < n; i++) {
        d[i] = f.get();
      }
    } else if (buffer instanceof LongBuffer b) {
      LongBuffer f = b.duplicate().rewind();
      for (int i = 0; i < n; i++) {
        d[i] = f.get();
      }
    } else if (buffer instanceof ByteBuffer b) {
      ByteBuffer f = b.duplicate().order(b.order()).rewind();
      for (int i = 0; i < n; i++) {
        d[i] =
            switch (type) {
              case FLOAT64 -> f.getDouble();
              case FLOAT32 -> f.getFloat();
              case INT32 -> f.getInt();
              case INT64 -> f.getLong();
              case UINT8 -> f.get() & 0xff;
              case INT8, BOOLEAN -> f.get();
              default -> throw Unsupported.op("arrays of dtype " + type);
            };
      }
    } else {
      throw Unsupported.op("creating arrays from a " + buffer.getClass().getSimpleName());
    }
    return fit(d, type);
  }
}
