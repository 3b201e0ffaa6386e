package dev.pyrite.engine.jvm.internal;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import dev.pyrite.engine.jvm.internal.autograd.Node;
import dev.pyrite.engine.jvm.internal.autograd.Tape;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * A dense array of the Jvm engine: row-major {@code double} storage on the heap, whatever the dtype
 * (float32 values are kept rounded to float; integer and boolean values are exact).
 *
 * <p>Results of operations belong to the manager of the array the operation is called on and are
 * registered with the open {@link NDScope}s, as DJL's native engines do.
 */
public final class JvmArray extends UnsupportedArray {
  private static final int[] SCALAR = new int[0];

  private JvmManager manager;
  private final double[] data;
  private final int[] dims;
  private final DataType dtype;
  private final String uid;
  private Shape shape;
  private String name;
  private boolean closed;
  private boolean requiresGrad;
  private double[] grad;
  private Node node;

  JvmArray(JvmManager manager, double[] data, int[] dims, DataType dtype) {
    this.manager = manager;
    this.data = data;
    this.dims = dims;
    this.dtype = dtype;
    this.uid = NDManager.nextUid();
    manager.attachInternal(uid, this);
    NDScope.register(this);
  }

  /**
   * A new array of the manager, registered with it and with the open scopes.
   *
   * @param manager the owner
   * @param data the row-major values (owned by the array from now on)
   * @param dims the shape
   * @param dtype the dtype
   * @return the array
   */
  public static JvmArray of(JvmManager manager, double[] data, int[] dims, DataType dtype) {
    return new JvmArray(manager, Values.fit(data, dtype), dims, dtype);
  }

  /**
   * The row-major values; callers must not modify them.
   *
   * @return the storage
   */
  public double[] data() {
    return data;
  }

  /**
   * The shape as ints.
   *
   * @return the dimensions; callers must not modify them
   */
  public int[] dims() {
    return dims;
  }

  /**
   * The operation this array was computed by, when recorded.
   *
   * @return the node, or {@code null}
   */
  public Node node() {
    return node;
  }

  /**
   * Links this array to the operation that computed it.
   *
   * @param node the node
   */
  public void setNode(Node node) {
    this.node = node;
  }

  /**
   * Whether gradients flow through this array (a marked leaf or a recorded result).
   *
   * @return {@code true} when it needs a gradient
   */
  public boolean tracksGradient() {
    return requiresGrad || node != null;
  }

  /**
   * Whether this array is a leaf marked with {@code setRequiresGradient(true)}.
   *
   * @return {@code true} when marked
   */
  public boolean requiresGradient() {
    return requiresGrad;
  }

  /**
   * Adds to this leaf's gradient.
   *
   * @param g the gradient to add
   */
  public void accumulateGradient(double[] g) {
    for (int i = 0; i < g.length; i++) {
      grad[i] += g[i];
    }
    Values.fit(grad, dtype);
  }

  /** Zeroes this leaf's gradient. */
  public void zeroGradient() {
    if (grad != null) {
      Arrays.fill(grad, 0);
    }
  }

  static JvmArray cast(NDArray a, String op) {
    if (a instanceof JvmArray j) {
      if (j.closed) {
        throw new IllegalStateException(op + ": the argument array has been closed");
      }
      return j;
    }
    throw new IllegalArgumentException(
        "Jvm engine: "
            + op
            + " got an array of engine "
            + a.getManager().getEngine().getEngineName()
            + "; convert it with manager.from(array) first");
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this Jvm array has been closed");
    }
  }

  JvmArray constant(double v) {
    return new JvmArray(manager, new double[] {v}, SCALAR, dtype, false);
  }

  private JvmArray(JvmManager manager, double[] data, int[] dims, DataType dtype, boolean reg) {
    this.manager = manager;
    this.data = data;
    this.dims = dims;
    this.dtype = dtype;
    this.uid = "jvm-constant";
  }

  // ---------------------------------------------------------------- resource and metadata

  @Override
  public NDManager getManager() {
    return manager;
  }

  @Override
  public List<NDArray> getResourceNDArrays() {
    return List.of(this);
  }

  @Override
  public void attach(NDManager target) {
    detach();
    manager = (JvmManager) target;
    target.attachInternal(uid, this);
  }

  @Override
  public void tempAttach(NDManager target) {
    NDManager original = manager;
    detach();
    manager = (JvmManager) target;
    target.tempAttachInternal(original, uid, this);
  }

  @Override
  public void detach() {
    manager.detachInternal(uid);
    manager = JvmManager.system();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      manager.detachInternal(uid);
    }
  }

  @Override
  public boolean isReleased() {
    return closed;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public void setName(String name) {
    this.name = name;
  }

  @Override
  public String getUid() {
    return uid;
  }

  @Override
  public DataType getDataType() {
    return dtype;
  }

  @Override
  public Device getDevice() {
    return Device.cpu();
  }

  @Override
  public Shape getShape() {
    checkOpen();
    Shape s = shape;
    if (s == null) {
      long[] l = new long[dims.length];
      for (int i = 0; i < l.length; i++) {
        l[i] = dims[i];
      }
      s = new Shape(l);
      shape = s;
    }
    return s;
  }

  @Override
  public long size() {
    return data.length;
  }

  @Override
  public SparseFormat getSparseFormat() {
    return SparseFormat.DENSE;
  }

  @Override
  public NDArray toDevice(Device device, boolean copy) {
    if (device.isGpu()) {
      throw Unsupported.op("NDArray.toDevice(" + device + ")");
    }
    return copy ? duplicate() : this;
  }

  @Override
  public NDArray toType(DataType type, boolean copy) {
    if (type == dtype && !copy) {
      return this;
    }
    Values.checkSupported(type);
    JvmArray r = of(manager, data.clone(), dims, type);
    return Tape.record(r, (g, gi) -> Values.addTo(gi[0], g), this);
  }

  @Override
  public NDArray duplicate() {
    JvmArray r = new JvmArray(manager, data.clone(), dims, dtype);
    return Tape.record(r, (g, gi) -> Values.addTo(gi[0], g), this);
  }

  @Override
  public NDArrayEx getNDArrayInternal() {
    return new JvmArrayEx(this);
  }

  @Override
  public String toString() {
    if (closed) {
      return "This array is already closed";
    }
    return "JvmArray" + getShape() + " " + dtype + " " + Arrays.toString(data);
  }

  // ---------------------------------------------------------------- data in and out

  @Override
  public ByteBuffer toByteBuffer(boolean tryDirect) {
    checkOpen();
    return Values.toBytes(data, dtype);
  }

  @Override
  public double[] toDoubleArray() {
    if (dtype != DataType.FLOAT64) {
      return super.toDoubleArray();
    }
    return data.clone();
  }

  @Override
  public void set(Buffer buffer) {
    double[] v = Values.read(buffer, dtype, data.length);
    System.arraycopy(v, 0, data, 0, data.length);
  }

  /**
   * Takes over the values of {@code replaced} (of the same shape), converted to this array's dtype,
   * and closes it; DJL's boolean-mask assignment {@code x.set(mask, v)} ends with this. Not
   * differentiated, like every in-place write.
   */
  @Override
  public void intern(NDArray replaced) {
    checkOpen();
    JvmArray r = cast(replaced, "NDArray.intern");
    if (!Arrays.equals(r.dims, dims)) {
      throw new IllegalArgumentException(
          "intern: an array of shape "
              + r.getShape()
              + " cannot replace one of shape "
              + getShape());
    }
    System.arraycopy(Values.fit(r.data.clone(), dtype), 0, data, 0, data.length);
    r.close();
  }

  @Override
  public boolean contentEquals(Number number) {
    double v = number.doubleValue();
    for (double d : data) {
      if (d != v) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean contentEquals(NDArray other) {
    if (!(other instanceof JvmArray o)) {
      return false;
    }
    return Arrays.equals(dims, o.dims) && dtype == o.dtype && Arrays.equals(data, o.data);
  }

  // ---------------------------------------------------------------- gradients

  @Override
  public void setRequiresGradient(boolean requires) {
    requiresGrad = requires;
    grad = requires ? new double[data.length] : null;
    node = null;
  }

  @Override
  public NDArray getGradient() {
    if (!requiresGrad) {
      throw new IllegalStateException(
          "No gradient attached to this NDArray, please call array.setRequiresGradient() on"
              + " your NDArray or block.setInitializer() on your Block");
    }
    return new JvmArray(manager, grad, dims, dtype);
  }

  @Override
  public boolean hasGradient() {
    return requiresGrad;
  }

  @Override
  public NDArray stopGradient() {
    return new JvmArray(manager, data.clone(), dims, dtype);
  }

  // ---------------------------------------------------------------- element-wise

  JvmArray binary(int op, NDArray other) {
    checkOpen();
    return binary(op, this, cast(other, "NDArray binary op"));
  }

  JvmArray binary(int op, Number other) {
    checkOpen();
    return binary(op, this, constant(other.doubleValue()));
  }

  static JvmArray binary(int op, JvmArray a, JvmArray b) {
    int[] od = Broadcast.dims(a.dims, b.dims);
    int n = Broadcast.size(od);
    boolean sameA = a.data.length == n && Arrays.equals(od, a.dims);
    boolean sameB = b.data.length == n && Arrays.equals(od, b.dims);
    double[] out;
    if (sameA && sameB) {
      out = BinaryOps.apply(op, a.data, null, b.data, null, n);
    } else if (sameA && b.data.length == 1) {
      out = BinaryOps.apply(op, a.data, null, b.data, SCALAR, n);
    } else {
      out =
          BinaryOps.apply(
              op,
              a.data,
              sameA ? null : Broadcast.map(od, a.dims),
              b.data,
              sameB ? null : Broadcast.map(od, b.dims),
              n);
    }
    boolean bool = BinaryOps.isBoolean(op);
    DataType type = bool ? DataType.BOOLEAN : Values.promote(a.dtype, b.dtype);
    JvmArray r = of(a.manager, out, od, type);
    if (bool || !Tape.isRecording()) {
      return r;
    }
    double[] x = a.data;
    double[] y = b.data;
    int[] ad = a.dims;
    int[] bd = b.dims;
    return Tape.record(
        r,
        (g, gi) -> {
          int[] ma = sameA ? null : Broadcast.map(od, ad);
          int[] mb = sameB ? null : Broadcast.map(od, bd);
          for (int i = 0; i < n; i++) {
            int ia = ma == null ? i : ma[i];
            int ib = mb == null ? i : mb[i];
            if (gi[0] != null) {
              gi[0][ia] += g[i] * BinaryOps.da(op, x[ia], y[ib], out[i]);
            }
            if (gi[1] != null) {
              gi[1][ib] += g[i] * BinaryOps.db(op, x[ia], y[ib], out[i]);
            }
          }
        },
        a,
        b);
  }

  JvmArray unary(int op) {
    checkOpen();
    double[] out = UnaryOps.apply(op, data);
    boolean bool = UnaryOps.isBoolean(op);
    JvmArray r = of(manager, out, dims, bool ? DataType.BOOLEAN : dtype);
    if (bool || !Tape.isRecording()) {
      return r;
    }
    double[] x = data;
    return Tape.record(
        r,
        (g, gi) -> {
          for (int i = 0; i < g.length; i++) {
            gi[0][i] += g[i] * UnaryOps.derivative(op, x[i], out[i]);
          }
        },
        this);
  }

  private NDArray inPlace(JvmArray result) {
    if (result.data.length != data.length) {
      throw new IllegalArgumentException(
          "in-place result of shape " + result.getShape() + " does not fit " + getShape());
    }
    System.arraycopy(Values.fit(result.data.clone(), dtype), 0, data, 0, data.length);
    result.close();
    return this;
  }

  @Override
  public NDArray add(Number n) {
    return binary(BinaryOps.ADD, n);
  }

  @Override
  public NDArray add(NDArray other) {
    return binary(BinaryOps.ADD, other);
  }

  @Override
  public NDArray sub(Number n) {
    return binary(BinaryOps.SUB, n);
  }

  @Override
  public NDArray sub(NDArray other) {
    return binary(BinaryOps.SUB, other);
  }

  @Override
  public NDArray mul(Number n) {
    return binary(BinaryOps.MUL, n);
  }

  @Override
  public NDArray mul(NDArray other) {
    return binary(BinaryOps.MUL, other);
  }

  @Override
  public NDArray div(Number n) {
    return binary(BinaryOps.DIV, n);
  }

  @Override
  public NDArray div(NDArray other) {
    return binary(BinaryOps.DIV, other);
  }

  @Override
  public NDArray mod(Number n) {
    return binary(BinaryOps.MOD, n);
  }

  @Override
  public NDArray mod(NDArray other) {
    return binary(BinaryOps.MOD, other);
  }

  @Override
  public NDArray pow(Number n) {
    return binary(BinaryOps.POW, n);
  }

  @Override
  public NDArray pow(NDArray other) {
    return binary(BinaryOps.POW, other);
  }

  @Override
  public NDArray xlogy(NDArray other) {
    return binary(BinaryOps.XLOGY, other);
  }

  @Override
  public NDArray atan2(NDArray other) {
    return binary(BinaryOps.ATAN2, other);
  }

  @Override
  public NDArray maximum(Number n) {
    return binary(BinaryOps.MAX, n);
  }

  @Override
  public NDArray maximum(NDArray other) {
    return binary(BinaryOps.MAX, other);
  }

  @Override
  public NDArray minimum(Number n) {
    return binary(BinaryOps.MIN, n);
  }

  @Override
  public NDArray minimum(NDArray other) {
    return binary(BinaryOps.MIN, other);
  }

  @Override
  public NDArray addi(Number n) {
    return inPlace(binary(BinaryOps.ADD, n));
  }

  @Override
  public NDArray addi(NDArray other) {
    return inPlace(binary(BinaryOps.ADD, other));
  }

  @Override
  public NDArray subi(Number n) {
    return inPlace(binary(BinaryOps.SUB, n));
  }

  @Override
  public NDArray subi(NDArray other) {
    return inPlace(binary(BinaryOps.SUB, other));
  }

  @Override
  public NDArray muli(Number n) {
    return inPlace(binary(BinaryOps.MUL, n));
  }

  @Override
  public NDArray muli(NDArray other) {
    return inPlace(binary(BinaryOps.MUL, other));
  }

  @Override
  public NDArray divi(Number n) {
    return inPlace(binary(BinaryOps.DIV, n));
  }

  @Override
  public NDArray divi(NDArray other) {
    return inPlace(binary(BinaryOps.DIV, other));
  }

  @Override
  public NDArray modi(Number n) {
    return inPlace(binary(BinaryOps.MOD, n));
  }

  @Override
  public NDArray modi(NDArray other) {
    return inPlace(binary(BinaryOps.MOD, other));
  }

  @Override
  public NDArray powi(Number n) {
    return inPlace(binary(BinaryOps.POW, n));
  }

  @Override
  public NDArray powi(NDArray other) {
    return inPlace(binary(BinaryOps.POW, other));
  }

  @Override
  public NDArray eq(Number n) {
    return binary(BinaryOps.EQ, n);
  }

  @Override
  public NDArray eq(NDArray other) {
    return binary(BinaryOps.EQ, other);
  }

  @Override
  public NDArray neq(Number n) {
    return binary(BinaryOps.NEQ, n);
  }

  @Override
  public NDArray neq(NDArray other) {
    return binary(BinaryOps.NEQ, other);
  }

  @Override
  public NDArray gt(Number n) {
    return binary(BinaryOps.GT, n);
  }

  @Override
  public NDArray gt(NDArray other) {
    return binary(BinaryOps.GT, other);
  }

  @Override
  public NDArray gte(Number n) {
    return binary(BinaryOps.GTE, n);
  }

  @Override
  public NDArray gte(NDArray other) {
    return binary(BinaryOps.GTE, other);
  }

  @Override
  public NDArray lt(Number n) {
    return binary(BinaryOps.LT, n);
  }

  @Override
  public NDArray lt(NDArray other) {
    return binary(BinaryOps.LT, other);
  }

  @Override
  public NDArray lte(Number n) {
    return binary(BinaryOps.LTE, n);
  }

  @Override
  public NDArray lte(NDArray other) {
    return binary(BinaryOps.LTE, other);
  }

  @Override
  public NDArray logicalAnd(NDArray other) {
    return binary(BinaryOps.AND, other);
  }

  @Override
  public NDArray logicalOr(NDArray other) {
    return binary(BinaryOps.OR, other);
  }

  @Override
  public NDArray logicalXor(NDArray other) {
    return binary(BinaryOps.XOR, other);
  }

  @Override
  public NDArray logicalNot() {
    return unary(UnaryOps.NOT);
  }

  @Override
  public NDArray isNaN() {
    return unary(UnaryOps.ISNAN);
  }

  @Override
  public NDArray isInfinite() {
    return unary(UnaryOps.ISINF);
  }

  @Override
  public NDArray neg() {
    return unary(UnaryOps.NEG);
  }

  @Override
  public NDArray negi() {
    return inPlace(unary(UnaryOps.NEG));
  }

  @Override
  public NDArray sign() {
    return unary(UnaryOps.SIGN);
  }

  @Override
  public NDArray signi() {
    return inPlace(unary(UnaryOps.SIGN));
  }

  @Override
  public NDArray abs() {
    return unary(UnaryOps.ABS);
  }

  @Override
  public NDArray square() {
    return unary(UnaryOps.SQUARE);
  }

  @Override
  public NDArray sqrt() {
    return unary(UnaryOps.SQRT);
  }

  @Override
  public NDArray cbrt() {
    return unary(UnaryOps.CBRT);
  }

  @Override
  public NDArray floor() {
    return unary(UnaryOps.FLOOR);
  }

  @Override
  public NDArray ceil() {
    return unary(UnaryOps.CEIL);
  }

  @Override
  public NDArray round() {
    return unary(UnaryOps.ROUND);
  }

  @Override
  public NDArray trunc() {
    return unary(UnaryOps.TRUNC);
  }

  @Override
  public NDArray exp() {
    return unary(UnaryOps.EXP);
  }

  @Override
  public NDArray gammaln() {
    return unary(UnaryOps.GAMMALN);
  }

  @Override
  public NDArray log() {
    return unary(UnaryOps.LOG);
  }

  @Override
  public NDArray log10() {
    return unary(UnaryOps.LOG10);
  }

  @Override
  public NDArray log2() {
    return unary(UnaryOps.LOG2);
  }

  @Override
  public NDArray sin() {
    return unary(UnaryOps.SIN);
  }

  @Override
  public NDArray cos() {
    return unary(UnaryOps.COS);
  }

  @Override
  public NDArray tan() {
    return unary(UnaryOps.TAN);
  }

  @Override
  public NDArray asin() {
    return unary(UnaryOps.ASIN);
  }

  @Override
  public NDArray acos() {
    return unary(UnaryOps.ACOS);
  }

  @Override
  public NDArray atan() {
    return unary(UnaryOps.ATAN);
  }

  @Override
  public NDArray sinh() {
    return unary(UnaryOps.SINH);
  }

  @Override
  public NDArray cosh() {
    return unary(UnaryOps.COSH);
  }

  @Override
  public NDArray tanh() {
    return unary(UnaryOps.TANH);
  }

  @Override
  public NDArray asinh() {
    return unary(UnaryOps.ASINH);
  }

  @Override
  public NDArray acosh() {
    return unary(UnaryOps.ACOSH);
  }

  @Override
  public NDArray atanh() {
    return unary(UnaryOps.ATANH);
  }

  @Override
  public NDArray erf() {
    return unary(UnaryOps.ERF);
  }

  @Override
  public NDArray erfinv() {
    return unary(UnaryOps.ERFINV);
  }

  @Override
  public NDArray clip(Number min, Number max) {
    return binary(BinaryOps.MAX, min).minimum(max);
  }

  // ---------------------------------------------------------------- reductions

  private JvmArray reduce(int op, int[] axes, boolean keepDims) {
    checkOpen();
    boolean[] mask = axes == null ? null : Reductions.mask(axes, dims.length);
    int[] kept = Reductions.kept(dims, mask);
    int[] map = axes == null ? null : Broadcast.map(dims, kept);
    int outSize = Broadcast.size(kept);
    if (data.length == 0 && (op == Reductions.MAX || op == Reductions.MIN)) {
      throw new IllegalArgumentException("max/min of an empty array");
    }
    double[] out = Reductions.reduce(op, data, map, outSize);
    int[] od = keepDims ? kept : Shapes.squeezeMask(dims, mask);
    DataType type = dtype;
    if (dtype == DataType.BOOLEAN || dtype == DataType.INT8 || dtype == DataType.UINT8) {
      type = op == Reductions.MEAN ? DataType.FLOAT32 : DataType.INT64;
    }
    JvmArray r = of(manager, out, od, type);
    double[] x = data;
    return Tape.record(r, (g, gi) -> Reductions.backward(op, x, map, out, g, gi[0]), this);
  }

  @Override
  public NDArray sum() {
    return reduce(Reductions.SUM, null, false);
  }

  @Override
  public NDArray sum(int[] axes, boolean keepDims) {
    return reduce(Reductions.SUM, axes, keepDims);
  }

  @Override
  public NDArray mean() {
    return reduce(Reductions.MEAN, null, false);
  }

  @Override
  public NDArray mean(int[] axes, boolean keepDims) {
    return reduce(Reductions.MEAN, axes, keepDims);
  }

  @Override
  public NDArray max() {
    return reduce(Reductions.MAX, null, false);
  }

  @Override
  public NDArray max(int[] axes, boolean keepDims) {
    return reduce(Reductions.MAX, axes, keepDims);
  }

  @Override
  public NDArray min() {
    return reduce(Reductions.MIN, null, false);
  }

  @Override
  public NDArray min(int[] axes, boolean keepDims) {
    return reduce(Reductions.MIN, axes, keepDims);
  }

  @Override
  public NDArray prod() {
    return reduce(Reductions.PROD, null, false);
  }

  @Override
  public NDArray prod(int[] axes, boolean keepDims) {
    return reduce(Reductions.PROD, axes, keepDims);
  }

  // ---------------------------------------------------------------- shapes

  JvmArray view(int[] newDims) {
    checkOpen();
    if (Broadcast.size(newDims) != data.length) {
      throw new IllegalArgumentException(
          "cannot reshape " + getShape() + " to " + Arrays.toString(newDims));
    }
    JvmArray r = new JvmArray(manager, data.clone(), newDims, dtype);
    return Tape.record(r, (g, gi) -> Values.addTo(gi[0], g), this);
  }

  JvmArray gather(int[] map, int[] newDims) {
    checkOpen();
    double[] out = new double[map.length];
    for (int i = 0; i < map.length; i++) {
      out[i] = data[map[i]];
    }
    JvmArray r = new JvmArray(manager, out, newDims, dtype);
    return Tape.record(
        r,
        (g, gi) -> {
          for (int i = 0; i < map.length; i++) {
            gi[0][map[i]] += g[i];
          }
        },
        this);
  }

  @Override
  public NDArray reshape(Shape newShape) {
    return view(Shapes.reshape(dims, newShape));
  }

  @Override
  public NDArray expandDims(int axis) {
    return view(Shapes.expand(dims, axis));
  }

  @Override
  public NDArray squeeze(int[] axes) {
    return view(Shapes.squeeze(dims, axes));
  }

  @Override
  public NDArray flatten() {
    return view(new int[] {data.length});
  }

  @Override
  public NDArray flatten(int startDim, int endDim) {
    return view(Shapes.flatten(dims, startDim, endDim));
  }

  @Override
  public NDArray transpose() {
    int[] axes = new int[dims.length];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = axes.length - 1 - i;
    }
    return transpose(axes);
  }

  @Override
  public NDArray transpose(int... axes) {
    int[] perm = Shapes.permutation(axes, dims.length);
    int[] od = new int[dims.length];
    for (int i = 0; i < od.length; i++) {
      od[i] = dims[perm[i]];
    }
    return gather(Shapes.transposeMap(dims, perm), od);
  }

  @Override
  public NDArray swapAxes(int axis1, int axis2) {
    int[] axes = new int[dims.length];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    int a = Shapes.axis(axis1, dims.length);
    int b = Shapes.axis(axis2, dims.length);
    axes[a] = b;
    axes[b] = a;
    return transpose(axes);
  }

  @Override
  public NDArray cumSum() {
    return flatten().cumSum(0);
  }

  @Override
  public NDArray cumSum(int axis) {
    checkOpen();
    int ax = Shapes.axis(axis, dims.length);
    int len = dims[ax];
    int inner = Broadcast.size(Arrays.copyOfRange(dims, ax + 1, dims.length));
    int outer = data.length / Math.max(1, len * inner);
    double[] out = data.clone();
    for (int o = 0; o < outer; o++) {
      for (int j = 1; j < len; j++) {
        for (int i = 0; i < inner; i++) {
          int at = (o * len + j) * inner + i;
          out[at] += out[at - inner];
        }
      }
    }
    JvmArray r = of(manager, out, dims, dtype);
    return Tape.record(
        r,
        (g, gi) -> {
          for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
              double acc = 0;
              for (int j = len - 1; j >= 0; j--) {
                int at = (o * len + j) * inner + i;
                acc += g[at];
                gi[0][at] += acc;
              }
            }
          }
        },
        this);
  }

  @Override
  public NDArray flip(int... axes) {
    int[] st = Shapes.strides(dims);
    int[] step = st.clone();
    int start = 0;
    for (int a : axes) {
      int ax = Shapes.axis(a, dims.length);
      if (step[ax] > 0 && dims[ax] > 0) {
        start += (dims[ax] - 1) * st[ax];
        step[ax] = -st[ax];
      }
    }
    return gather(Shapes.strided(dims, start, step), dims);
  }

  @Override
  public NDArray softmax(int axis) {
    NDArray shifted = sub(max(new int[] {axis}, true).stopGradient());
    NDArray e = shifted.exp();
    NDArray total = e.sum(new int[] {axis}, true);
    NDArray r = e.div(total);
    shifted.close();
    e.close();
    total.close();
    return r;
  }

  @Override
  public NDArray logSoftmax(int axis) {
    NDArray shifted = sub(max(new int[] {axis}, true).stopGradient());
    NDArray e = shifted.exp();
    NDArray total = e.sum(new int[] {axis}, true);
    NDArray logTotal = total.log();
    NDArray r = shifted.sub(logTotal);
    shifted.close();
    e.close();
    total.close();
    logTotal.close();
    return r;
  }

  @Override
  public NDArray broadcast(Shape target) {
    int[] od = Shapes.toInts(target);
    if (Arrays.equals(od, dims)) {
      return duplicate();
    }
    return gather(Broadcast.map(od, dims), od);
  }

  @Override
  public NDArray booleanMask(NDArray index, int axis) {
    JvmArray mask = cast(index, "NDArray.booleanMask");
    int ax = Shapes.axis(axis, dims.length);
    int[] md = mask.dims;
    if (ax + md.length > dims.length
        || !Arrays.equals(md, Arrays.copyOfRange(dims, ax, ax + md.length))) {
      throw new IllegalArgumentException(
          "booleanMask: mask of shape "
              + mask.getShape()
              + " does not match "
              + getShape()
              + " from axis "
              + axis);
    }
    int outer = Broadcast.size(Arrays.copyOfRange(dims, 0, ax));
    int inner = Broadcast.size(Arrays.copyOfRange(dims, ax + md.length, dims.length));
    int ms = mask.data.length;
    int count = 0;
    for (double v : mask.data) {
      count += v != 0 ? 1 : 0;
    }
    int[] map = new int[outer * count * inner];
    int p = 0;
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < ms; j++) {
        if (mask.data[j] != 0) {
          for (int i = 0; i < inner; i++) {
            map[p++] = (o * ms + j) * inner + i;
          }
        }
      }
    }
    int[] od = new int[dims.length - md.length + 1];
    System.arraycopy(dims, 0, od, 0, ax);
    od[ax] = count;
    System.arraycopy(dims, ax + md.length, od, ax + 1, dims.length - ax - md.length);
    return gather(map, od);
  }

  // ---------------------------------------------------------------- sorting, indexing, norms

  @Override
  public NDArray argMax() {
    checkOpen();
    return ArgReductions.all(this, true);
  }

  @Override
  public NDArray argMax(int axis) {
    checkOpen();
    return ArgReductions.along(this, axis, true);
  }

  @Override
  public NDArray argMin() {
    checkOpen();
    return ArgReductions.all(this, false);
  }

  @Override
  public NDArray argMin(int axis) {
    checkOpen();
    return ArgReductions.along(this, axis, false);
  }

  @Override
  public NDArray sort() {
    return sort(-1);
  }

  @Override
  public NDArray sort(int axis) {
    checkOpen();
    return Sorting.sort(this, axis, true);
  }

  @Override
  public NDArray argSort(int axis, boolean ascending) {
    checkOpen();
    return Sorting.argSort(this, axis, ascending);
  }

  @Override
  public NDList topK(int k, int axis, boolean largest, boolean sorted) {
    checkOpen();
    return Sorting.topK(this, k, axis, largest, sorted);
  }

  @Override
  public NDArray take(NDManager manager, NDArray index) {
    checkOpen();
    JvmArray r = Gathers.takeFlat(this, cast(index, "NDArray.take"));
    if (manager instanceof JvmManager target && target != this.manager) {
      r.attach(target);
    }
    return r;
  }

  @Override
  public NDArray gather(NDArray index, int axis) {
    checkOpen();
    return Gathers.gather(this, cast(index, "NDArray.gather"), axis);
  }

  @Override
  public NDArray gatherNd(NDArray index) {
    checkOpen();
    return Gathers.gatherNd(this, cast(index, "NDArray.gatherNd"));
  }

  @Override
  public NDArray scatter(NDArray index, NDArray value, int axis) {
    checkOpen();
    return Gathers.scatter(
        this, cast(index, "NDArray.scatter"), cast(value, "NDArray.scatter"), axis);
  }

  @Override
  public NDArray put(NDArray index, NDArray value) {
    checkOpen();
    return Gathers.put(this, cast(index, "NDArray.put"), cast(value, "NDArray.put"));
  }

  @Override
  public NDArray oneHot(int depth, float onValue, float offValue, DataType dataType) {
    checkOpen();
    Values.checkSupported(dataType);
    return Gathers.oneHot(this, depth, onValue, offValue, dataType);
  }

  @Override
  public NDArray norm(boolean keepDims) {
    checkOpen();
    return Norms.norm(this, 2, null, keepDims);
  }

  @Override
  public NDArray norm(int ord, int[] axes, boolean keepDims) {
    checkOpen();
    return Norms.norm(this, ord, axes, keepDims);
  }

  @Override
  public NDArray repeat(long repeats) {
    long[] r = new long[dims.length];
    Arrays.fill(r, repeats);
    return repeat(r);
  }

  @Override
  public NDArray repeat(int axis, long repeats) {
    checkOpen();
    return Repeats.repeat(this, axis, repeats);
  }

  @Override
  public NDArray repeat(long[] repeats) {
    checkOpen();
    return Repeats.repeat(this, repeats);
  }

  @Override
  public NDArray repeat(Shape desiredShape) {
    return repeat(Repeats.toMatch(this, desiredShape, "repeat"));
  }

  @Override
  public NDArray tile(long repeats) {
    long[] r = new long[dims.length];
    Arrays.fill(r, repeats);
    return tile(r);
  }

  @Override
  public NDArray tile(int axis, long repeats) {
    checkOpen();
    return Repeats.tile(this, axis, repeats);
  }

  @Override
  public NDArray tile(long[] repeats) {
    checkOpen();
    return Repeats.tile(this, repeats);
  }

  @Override
  public NDArray tile(Shape desiredShape) {
    return tile(Repeats.toMatch(this, desiredShape, "tile"));
  }

  @Override
  public NDList split(long[] indices, int axis) {
    checkOpen();
    return Repeats.split(this, indices, axis);
  }

  @Override
  public NDArray diagonal() {
    return diagonal(0, 0, 1);
  }

  @Override
  public NDArray diagonal(int offset) {
    return diagonal(offset, 0, 1);
  }

  @Override
  public NDArray diagonal(int offset, int axis1, int axis2) {
    checkOpen();
    return Diagonals.diagonal(this, offset, axis1, axis2);
  }

  @Override
  public NDArray trace(int offset, int axis1, int axis2) {
    NDArray d = diagonal(offset, axis1, axis2);
    NDArray r = d.sum(new int[] {-1});
    d.close();
    return r;
  }

  @Override
  public NDArray toDegrees() {
    return mul(180.0 / Math.PI);
  }

  @Override
  public NDArray toRadians() {
    return mul(Math.PI / 180.0);
  }

  // ---------------------------------------------------------------- products

  @Override
  public NDArray matMul(NDArray other) {
    checkOpen();
    return Products.matMul(this, cast(other, "NDArray.matMul"));
  }

  @Override
  public NDArray batchMatMul(NDArray other) {
    JvmArray b = cast(other, "NDArray.batchMatMul");
    if (dims.length != 3 || b.dims.length != 3) {
      throw new IllegalArgumentException(
          "batchMatMul needs two 3-D arrays, got " + getShape() + " and " + b.getShape());
    }
    return Products.matMul(this, b);
  }

  @Override
  public NDArray batchDot(NDArray other) {
    return batchMatMul(other);
  }

  @Override
  public NDArray dot(NDArray other) {
    JvmArray b = cast(other, "NDArray.dot");
    if (dims.length > 2 || b.dims.length > 2) {
      throw Unsupported.op("NDArray.dot of arrays of rank above 2 (use matMul)");
    }
    if (dims.length == 0 || b.dims.length == 0) {
      return mul(b);
    }
    return Products.matMul(this, b);
  }

  /**
   * Returns a new array of this array's manager.
   *
   * @param out the data
   * @param newDims the shape
   * @param type the dtype
   * @return the array
   */
  JvmArray like(double[] out, int[] newDims, DataType type) {
    return of(manager, out, newDims, type);
  }

  DataType dtype() {
    return dtype;
  }
}
