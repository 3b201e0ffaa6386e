package dev.pyrite.engine.jvm.internal;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.engine.jvm.JvmEngine;
import dev.pyrite.engine.jvm.internal.random.RandomStream;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The Jvm engine's {@link NDManager}: a scope of arrays with child managers; closing it closes the
 * arrays and children attached to it (DJL's {@link BaseNDManager} semantics).
 */
public class JvmManager extends BaseNDManager {
  private static final JvmManager SYSTEM = new SystemManager();

  JvmManager(NDManager parent, Device device) {
    super(parent, device);
  }

  /**
   * The root manager every base manager descends from; it does not track arrays.
   *
   * @return the system manager
   */
  public static JvmManager system() {
    return SYSTEM;
  }

  /**
   * Reseeds the engine's random stream: the same seed and the same operations give the same draws.
   *
   * @param seed the seed
   */
  public static void seed(long seed) {
    RandomStream.engine().reseed(seed);
  }

  @Override
  public Engine getEngine() {
    return JvmEngine.instance();
  }

  @Override
  public ByteBuffer allocateDirect(int capacity) {
    return ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
  }

  @Override
  public NDArray from(NDArray array) {
    if (array == null || array instanceof JvmArray) {
      return array;
    }
    NDArray r = create(array.toByteBuffer(), array.getShape(), array.getDataType());
    r.setName(array.getName());
    return r;
  }

  @Override
  public NDManager newSubManager(Device device) {
    JvmManager m = new JvmManager(this, device);
    attachUncappedInternal(m.uid, m);
    return m;
  }

  private JvmArray make(double[] data, Shape shape, DataType type) {
    Values.checkSupported(type);
    return JvmArray.of(this, data, Shapes.toInts(shape), type);
  }

  @Override
  public NDArray create(Buffer data, Shape shape, DataType dataType) {
    int n = Math.toIntExact(shape.size());
    return make(Values.read(data, dataType, n), shape, dataType);
  }

  @Override
  public NDArray create(double data) {
    return JvmArray.of(this, new double[] {data}, new int[0], DataType.FLOAT64);
  }

  @Override
  public NDArray create(float data) {
    return JvmArray.of(this, new double[] {data}, new int[0], DataType.FLOAT32);
  }

  @Override
  public NDArray create(double[] data) {
    return JvmArray.of(this, data.clone(), new int[] {data.length}, DataType.FLOAT64);
  }

  @Override
  public NDArray zeros(Shape shape, DataType dataType) {
    return make(new double[Math.toIntExact(shape.size())], shape, dataType);
  }

  @Override
  public NDArray ones(Shape shape, DataType dataType) {
    return full(shape, 1, dataType);
  }

  @Override
  public NDArray full(Shape shape, float value, DataType dataType) {
    double[] d = new double[Math.toIntExact(shape.size())];
    Arrays.fill(d, value);
    return make(d, shape, dataType);
  }

  @Override
  public NDArray arange(float start, float stop, float step, DataType dataType) {
    if (step == 0) {
      throw new IllegalArgumentException("arange: step must not be 0");
    }
    int n = (int) Math.max(0, Math.ceil((stop - start) / (double) step));
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = start + (double) i * step;
    }
    return make(d, new Shape(n), dataType);
  }

  @Override
  public NDArray eye(int rows, int cols, int k, DataType dataType) {
    double[] d = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      int j = i + k;
      if (j >= 0 && j < cols) {
        d[i * cols + j] = 1;
      }
    }
    return make(d, new Shape(rows, cols), dataType);
  }

  @Override
  public NDArray linspace(float start, float stop, int num, boolean endpoint) {
    if (num < 0) {
      throw new IllegalArgumentException("linspace: num must be >= 0, got " + num);
    }
    double[] d = new double[num];
    double div = endpoint ? num - 1 : num;
    double step = div > 0 ? (stop - (double) start) / div : 0;
    for (int i = 0; i < num; i++) {
      d[i] = start + i * step;
    }
    if (endpoint && num > 1) {
      d[num - 1] = stop;
    }
    return make(d, new Shape(num), DataType.FLOAT32);
  }

  @Override
  public NDArray randomUniform(float low, float high, Shape shape, DataType dataType) {
    int n = Math.toIntExact(shape.size());
    return make(ManagerDraws.uniform(low, high, n, dataType), shape, dataType);
  }

  @Override
  public NDArray randomNormal(float loc, float scale, Shape shape, DataType dataType) {
    int n = Math.toIntExact(shape.size());
    return make(ManagerDraws.normal(loc, scale, n, false), shape, dataType);
  }

  @Override
  public NDArray truncatedNormal(float loc, float scale, Shape shape, DataType dataType) {
    int n = Math.toIntExact(shape.size());
    return make(ManagerDraws.normal(loc, scale, n, true), shape, dataType);
  }

  @Override
  public NDArray randomInteger(long low, long high, Shape shape, DataType dataType) {
    int n = Math.toIntExact(shape.size());
    return make(ManagerDraws.integers(low, high, n), shape, dataType);
  }

  @Override
  public NDArray randomPermutation(long n) {
    return make(ManagerDraws.permutation(n), new Shape(n), DataType.INT64);
  }

  @Override
  public NDArray randomMultinomial(int n, NDArray pValues) {
    return ManagerDraws.multinomial(this, n, pValues, new Shape());
  }

  @Override
  public NDArray randomMultinomial(int n, NDArray pValues, Shape shape) {
    return ManagerDraws.multinomial(this, n, pValues, shape);
  }

  @Override
  public NDArray sampleNormal(NDArray mu, NDArray sigma) {
    return ManagerDraws.sampleNormal(this, mu, sigma, new Shape());
  }

  @Override
  public NDArray sampleNormal(NDArray mu, NDArray sigma, Shape shape) {
    return ManagerDraws.sampleNormal(this, mu, sigma, shape);
  }

  @Override
  public NDArray samplePoisson(NDArray lam) {
    return ManagerDraws.samplePoisson(this, lam, new Shape());
  }

  @Override
  public NDArray samplePoisson(NDArray lam, Shape shape) {
    return ManagerDraws.samplePoisson(this, lam, shape);
  }

  @Override
  public NDArray sampleGamma(NDArray alpha, NDArray beta) {
    return ManagerDraws.sampleGamma(this, alpha, beta, new Shape());
  }

  @Override
  public NDArray sampleGamma(NDArray alpha, NDArray beta, Shape shape) {
    return ManagerDraws.sampleGamma(this, alpha, beta, shape);
  }

  /** The root manager: global, never closed, tracks nothing. */
  private static final class SystemManager extends JvmManager implements NDManager.SystemNDManager {
    SystemManager() {
      super(null, Device.cpu());
    }

    @Override
    public void attachInternal(String resourceId, AutoCloseable... resources) {}

    @Override
    public void attachUncappedInternal(String resourceId, AutoCloseable resource) {}

    @Override
    public void detachInternal(String resourceId) {}

    @Override
    public void close() {}
  }
}
