package dev.pyrite.internal.paramstore;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Arrays as raw little-endian bytes, element after element in row-major order: the tensor files of
 * a saved param store.
 */
public final class RawTensors {
  private RawTensors() {}

  /**
   * The bytes of an array, little-endian whatever the platform.
   *
   * @param array the array
   * @return its elements' bytes
   */
  public static byte[] toLittleEndian(NDArray array) {
    ByteBuffer buffer = array.toByteBuffer();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
      swap(bytes, array.getDataType().getNumOfBytes());
    }
    return bytes;
  }

  /**
   * An array from little-endian bytes.
   *
   * @param manager the manager to create it in
   * @param bytes the elements' bytes
   * @param shape the shape
   * @param dtype the element type
   * @return the array
   * @throws IllegalArgumentException when the byte count does not match shape and dtype
   */
  public static NDArray fromLittleEndian(
      NDManager manager, byte[] bytes, Shape shape, DataType dtype) {
    long expected = shape.size() * dtype.getNumOfBytes();
    if (bytes.length != expected) {
      throw new IllegalArgumentException(
          "expected "
              + expected
              + " bytes for a "
              + name(dtype)
              + " array of shape "
              + shape
              + ", found "
              + bytes.length);
    }
    byte[] copy = bytes.clone();
    if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
      swap(copy, dtype.getNumOfBytes());
    }
    ByteBuffer buffer = ByteBuffer.allocateDirect(copy.length).order(ByteOrder.nativeOrder());
    buffer.put(copy).rewind();
    return manager.create(buffer, shape, dtype);
  }

  /**
   * The manifest name of a dtype, e.g. {@code "float32"}.
   *
   * @param dtype the dtype
   * @return the lower-case name
   */
  public static String name(DataType dtype) {
    return dtype.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The dtype of a manifest name.
   *
   * @param name e.g. {@code "float64"}
   * @return the dtype
   * @throws IllegalArgumentException for an unknown name
   */
  public static DataType dtype(String name) {
    try {
      return DataType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown dtype \"" + name + "\" in the manifest", e);
    }
  }

  private static void swap(byte[] bytes, int width) {
    for (int start = 0; start + width <= bytes.length; start += width) {
      for (int i = 0, j = width - 1; i < j; i++, j--) {
        byte t = bytes[start + i];
        bytes[start + i] = bytes[start + j];
        bytes[start + j] = t;
      }
    }
  }
}
