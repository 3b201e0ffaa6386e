package dev.pyrite.svi;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.testkit.SharedData;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The first images of Fashion-MNIST's training set ({@code shared/data/fashion-mnist}, IDX format:
 * a big-endian header {@code 2051, n, 28, 28}, then {@code n * 784} unsigned bytes row by row),
 * binarised at 128.
 */
final class FashionMnist {
  static final int PIXELS = 28 * 28;
  private static final int IMAGES_MAGIC = 0x00000803;

  private FashionMnist() {}

  /**
   * The first {@code count} training images as a {@code (count, 784)} float32 array of 0 and 1.
   *
   * @param manager where to create the array
   * @param count how many images
   * @return the images
   */
  static NDArray binarised(NDManager manager, int count) {
    Path file = SharedData.path("data/fashion-mnist/train-images-idx3-ubyte.gz");
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in =
            new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
      int magic = in.readInt();
      int n = in.readInt();
      int rows = in.readInt();
      int cols = in.readInt();
      if (magic != IMAGES_MAGIC || rows * cols != PIXELS || n < count) {
        throw new IllegalStateException(
            file + ": not an IDX file of at least " + count + " 28x28 images");
      }
      byte[] pixels = new byte[count * PIXELS];
      in.readFully(pixels);
      float[] x = new float[pixels.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = (pixels[i] & 0xff) >= 128 ? 1f : 0f;
      }
      return manager.create(x, new Shape(count, PIXELS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
