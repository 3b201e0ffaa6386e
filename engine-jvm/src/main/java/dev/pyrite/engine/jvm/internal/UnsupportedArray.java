package dev.pyrite.engine.jvm.internal;

/**
 * The base of {@link JvmArray}: every {@link ai.djl.ndarray.NDArray} operation the Jvm engine does
 * not implement fails here with an error naming the operation and the engine. It never falls back
 * to another engine.
 */
@SuppressWarnings("unused")
public abstract class UnsupportedArray implements ai.djl.ndarray.NDArray {
  @Override
  public java.lang.String getName() {
    throw Unsupported.op("NDArray.getName");
  }

  @Override
  public void setName(java.lang.String a0) {
    throw Unsupported.op("NDArray.setName");
  }

  @Override
  public java.lang.String getUid() {
    throw Unsupported.op("NDArray.getUid");
  }

  @Override
  public ai.djl.ndarray.types.DataType getDataType() {
    throw Unsupported.op("NDArray.getDataType");
  }

  @Override
  public ai.djl.Device getDevice() {
    throw Unsupported.op("NDArray.getDevice");
  }

  @Override
  public ai.djl.ndarray.types.Shape getShape() {
    throw Unsupported.op("NDArray.getShape");
  }

  @Override
  public ai.djl.ndarray.types.SparseFormat getSparseFormat() {
    throw Unsupported.op("NDArray.getSparseFormat");
  }

  @Override
  public ai.djl.ndarray.NDArray toDevice(ai.djl.Device a0, boolean a1) {
    throw Unsupported.op("NDArray.toDevice");
  }

  @Override
  public ai.djl.ndarray.NDArray toType(ai.djl.ndarray.types.DataType a0, boolean a1) {
    throw Unsupported.op("NDArray.toType");
  }

  @Override
  public void setRequiresGradient(boolean a0) {
    throw Unsupported.op("NDArray.setRequiresGradient");
  }

  @Override
  public ai.djl.ndarray.NDArray getGradient() {
    throw Unsupported.op("NDArray.getGradient");
  }

  @Override
  public boolean hasGradient() {
    throw Unsupported.op("NDArray.hasGradient");
  }

  @Override
  public ai.djl.ndarray.NDArray stopGradient() {
    throw Unsupported.op("NDArray.stopGradient");
  }

  @Override
  public java.nio.ByteBuffer toByteBuffer(boolean a0) {
    throw Unsupported.op("NDArray.toByteBuffer");
  }

  @Override
  public java.lang.String[] toStringArray(java.nio.charset.Charset a0) {
    throw Unsupported.op("NDArray.toStringArray");
  }

  @Override
  public void set(java.nio.Buffer a0) {
    throw Unsupported.op("NDArray.set");
  }

  @Override
  public ai.djl.ndarray.NDArray gather(ai.djl.ndarray.NDArray a0, int a1) {
    throw Unsupported.op("NDArray.gather");
  }

  @Override
  public ai.djl.ndarray.NDArray gatherNd(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.gatherNd");
  }

  @Override
  public ai.djl.ndarray.NDArray take(ai.djl.ndarray.NDManager a0, ai.djl.ndarray.NDArray a1) {
    throw Unsupported.op("NDArray.take");
  }

  @Override
  public ai.djl.ndarray.NDArray put(ai.djl.ndarray.NDArray a0, ai.djl.ndarray.NDArray a1) {
    throw Unsupported.op("NDArray.put");
  }

  @Override
  public ai.djl.ndarray.NDArray scatter(
      ai.djl.ndarray.NDArray a0, ai.djl.ndarray.NDArray a1, int a2) {
    throw Unsupported.op("NDArray.scatter");
  }

  @Override
  public ai.djl.ndarray.NDArray booleanMask(ai.djl.ndarray.NDArray a0, int a1) {
    throw Unsupported.op("NDArray.booleanMask");
  }

  @Override
  public ai.djl.ndarray.NDArray sequenceMask(ai.djl.ndarray.NDArray a0, float a1) {
    throw Unsupported.op("NDArray.sequenceMask");
  }

  @Override
  public ai.djl.ndarray.NDArray sequenceMask(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.sequenceMask");
  }

  @Override
  public boolean contentEquals(java.lang.Number a0) {
    throw Unsupported.op("NDArray.contentEquals");
  }

  @Override
  public boolean contentEquals(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.contentEquals");
  }

  @Override
  public ai.djl.ndarray.NDArray eq(java.lang.Number a0) {
    throw Unsupported.op("NDArray.eq");
  }

  @Override
  public ai.djl.ndarray.NDArray eq(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.eq");
  }

  @Override
  public ai.djl.ndarray.NDArray neq(java.lang.Number a0) {
    throw Unsupported.op("NDArray.neq");
  }

  @Override
  public ai.djl.ndarray.NDArray neq(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.neq");
  }

  @Override
  public ai.djl.ndarray.NDArray gt(java.lang.Number a0) {
    throw Unsupported.op("NDArray.gt");
  }

  @Override
  public ai.djl.ndarray.NDArray gt(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.gt");
  }

  @Override
  public ai.djl.ndarray.NDArray gte(java.lang.Number a0) {
    throw Unsupported.op("NDArray.gte");
  }

  @Override
  public ai.djl.ndarray.NDArray gte(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.gte");
  }

  @Override
  public ai.djl.ndarray.NDArray lt(java.lang.Number a0) {
    throw Unsupported.op("NDArray.lt");
  }

  @Override
  public ai.djl.ndarray.NDArray lt(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.lt");
  }

  @Override
  public ai.djl.ndarray.NDArray lte(java.lang.Number a0) {
    throw Unsupported.op("NDArray.lte");
  }

  @Override
  public ai.djl.ndarray.NDArray lte(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.lte");
  }

  @Override
  public ai.djl.ndarray.NDArray add(java.lang.Number a0) {
    throw Unsupported.op("NDArray.add");
  }

  @Override
  public ai.djl.ndarray.NDArray add(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.add");
  }

  @Override
  public ai.djl.ndarray.NDArray sub(java.lang.Number a0) {
    throw Unsupported.op("NDArray.sub");
  }

  @Override
  public ai.djl.ndarray.NDArray sub(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.sub");
  }

  @Override
  public ai.djl.ndarray.NDArray mul(java.lang.Number a0) {
    throw Unsupported.op("NDArray.mul");
  }

  @Override
  public ai.djl.ndarray.NDArray mul(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.mul");
  }

  @Override
  public ai.djl.ndarray.NDArray div(java.lang.Number a0) {
    throw Unsupported.op("NDArray.div");
  }

  @Override
  public ai.djl.ndarray.NDArray div(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.div");
  }

  @Override
  public ai.djl.ndarray.NDArray mod(java.lang.Number a0) {
    throw Unsupported.op("NDArray.mod");
  }

  @Override
  public ai.djl.ndarray.NDArray mod(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.mod");
  }

  @Override
  public ai.djl.ndarray.NDArray pow(java.lang.Number a0) {
    throw Unsupported.op("NDArray.pow");
  }

  @Override
  public ai.djl.ndarray.NDArray pow(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.pow");
  }

  @Override
  public ai.djl.ndarray.NDArray xlogy(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.xlogy");
  }

  @Override
  public ai.djl.ndarray.NDArray addi(java.lang.Number a0) {
    throw Unsupported.op("NDArray.addi");
  }

  @Override
  public ai.djl.ndarray.NDArray addi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.addi");
  }

  @Override
  public ai.djl.ndarray.NDArray subi(java.lang.Number a0) {
    throw Unsupported.op("NDArray.subi");
  }

  @Override
  public ai.djl.ndarray.NDArray subi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.subi");
  }

  @Override
  public ai.djl.ndarray.NDArray muli(java.lang.Number a0) {
    throw Unsupported.op("NDArray.muli");
  }

  @Override
  public ai.djl.ndarray.NDArray muli(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.muli");
  }

  @Override
  public ai.djl.ndarray.NDArray divi(java.lang.Number a0) {
    throw Unsupported.op("NDArray.divi");
  }

  @Override
  public ai.djl.ndarray.NDArray divi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.divi");
  }

  @Override
  public ai.djl.ndarray.NDArray modi(java.lang.Number a0) {
    throw Unsupported.op("NDArray.modi");
  }

  @Override
  public ai.djl.ndarray.NDArray modi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.modi");
  }

  @Override
  public ai.djl.ndarray.NDArray powi(java.lang.Number a0) {
    throw Unsupported.op("NDArray.powi");
  }

  @Override
  public ai.djl.ndarray.NDArray powi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.powi");
  }

  @Override
  public ai.djl.ndarray.NDArray sign() {
    throw Unsupported.op("NDArray.sign");
  }

  @Override
  public ai.djl.ndarray.NDArray signi() {
    throw Unsupported.op("NDArray.signi");
  }

  @Override
  public ai.djl.ndarray.NDArray maximum(java.lang.Number a0) {
    throw Unsupported.op("NDArray.maximum");
  }

  @Override
  public ai.djl.ndarray.NDArray maximum(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.maximum");
  }

  @Override
  public ai.djl.ndarray.NDArray minimum(java.lang.Number a0) {
    throw Unsupported.op("NDArray.minimum");
  }

  @Override
  public ai.djl.ndarray.NDArray minimum(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.minimum");
  }

  @Override
  public ai.djl.ndarray.NDArray neg() {
    throw Unsupported.op("NDArray.neg");
  }

  @Override
  public ai.djl.ndarray.NDArray negi() {
    throw Unsupported.op("NDArray.negi");
  }

  @Override
  public ai.djl.ndarray.NDArray abs() {
    throw Unsupported.op("NDArray.abs");
  }

  @Override
  public ai.djl.ndarray.NDArray square() {
    throw Unsupported.op("NDArray.square");
  }

  @Override
  public ai.djl.ndarray.NDArray sqrt() {
    throw Unsupported.op("NDArray.sqrt");
  }

  @Override
  public ai.djl.ndarray.NDArray cbrt() {
    throw Unsupported.op("NDArray.cbrt");
  }

  @Override
  public ai.djl.ndarray.NDArray floor() {
    throw Unsupported.op("NDArray.floor");
  }

  @Override
  public ai.djl.ndarray.NDArray ceil() {
    throw Unsupported.op("NDArray.ceil");
  }

  @Override
  public ai.djl.ndarray.NDArray round() {
    throw Unsupported.op("NDArray.round");
  }

  @Override
  public ai.djl.ndarray.NDArray trunc() {
    throw Unsupported.op("NDArray.trunc");
  }

  @Override
  public ai.djl.ndarray.NDArray exp() {
    throw Unsupported.op("NDArray.exp");
  }

  @Override
  public ai.djl.ndarray.NDArray gammaln() {
    throw Unsupported.op("NDArray.gammaln");
  }

  @Override
  public ai.djl.ndarray.NDArray log() {
    throw Unsupported.op("NDArray.log");
  }

  @Override
  public ai.djl.ndarray.NDArray log10() {
    throw Unsupported.op("NDArray.log10");
  }

  @Override
  public ai.djl.ndarray.NDArray log2() {
    throw Unsupported.op("NDArray.log2");
  }

  @Override
  public ai.djl.ndarray.NDArray sin() {
    throw Unsupported.op("NDArray.sin");
  }

  @Override
  public ai.djl.ndarray.NDArray cos() {
    throw Unsupported.op("NDArray.cos");
  }

  @Override
  public ai.djl.ndarray.NDArray tan() {
    throw Unsupported.op("NDArray.tan");
  }

  @Override
  public ai.djl.ndarray.NDArray asin() {
    throw Unsupported.op("NDArray.asin");
  }

  @Override
  public ai.djl.ndarray.NDArray acos() {
    throw Unsupported.op("NDArray.acos");
  }

  @Override
  public ai.djl.ndarray.NDArray atan() {
    throw Unsupported.op("NDArray.atan");
  }

  @Override
  public ai.djl.ndarray.NDArray atan2(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.atan2");
  }

  @Override
  public ai.djl.ndarray.NDArray sinh() {
    throw Unsupported.op("NDArray.sinh");
  }

  @Override
  public ai.djl.ndarray.NDArray cosh() {
    throw Unsupported.op("NDArray.cosh");
  }

  @Override
  public ai.djl.ndarray.NDArray tanh() {
    throw Unsupported.op("NDArray.tanh");
  }

  @Override
  public ai.djl.ndarray.NDArray asinh() {
    throw Unsupported.op("NDArray.asinh");
  }

  @Override
  public ai.djl.ndarray.NDArray acosh() {
    throw Unsupported.op("NDArray.acosh");
  }

  @Override
  public ai.djl.ndarray.NDArray atanh() {
    throw Unsupported.op("NDArray.atanh");
  }

  @Override
  public ai.djl.ndarray.NDArray toDegrees() {
    throw Unsupported.op("NDArray.toDegrees");
  }

  @Override
  public ai.djl.ndarray.NDArray toRadians() {
    throw Unsupported.op("NDArray.toRadians");
  }

  @Override
  public ai.djl.ndarray.NDArray max() {
    throw Unsupported.op("NDArray.max");
  }

  @Override
  public ai.djl.ndarray.NDArray max(int[] a0, boolean a1) {
    throw Unsupported.op("NDArray.max");
  }

  @Override
  public ai.djl.ndarray.NDArray min() {
    throw Unsupported.op("NDArray.min");
  }

  @Override
  public ai.djl.ndarray.NDArray min(int[] a0, boolean a1) {
    throw Unsupported.op("NDArray.min");
  }

  @Override
  public ai.djl.ndarray.NDArray sum() {
    throw Unsupported.op("NDArray.sum");
  }

  @Override
  public ai.djl.ndarray.NDArray sum(int[] a0, boolean a1) {
    throw Unsupported.op("NDArray.sum");
  }

  @Override
  public ai.djl.ndarray.NDArray cumProd(int a0) {
    throw Unsupported.op("NDArray.cumProd");
  }

  @Override
  public ai.djl.ndarray.NDArray cumProd(int a0, ai.djl.ndarray.types.DataType a1) {
    throw Unsupported.op("NDArray.cumProd");
  }

  @Override
  public ai.djl.ndarray.NDArray prod() {
    throw Unsupported.op("NDArray.prod");
  }

  @Override
  public ai.djl.ndarray.NDArray prod(int[] a0, boolean a1) {
    throw Unsupported.op("NDArray.prod");
  }

  @Override
  public ai.djl.ndarray.NDArray mean() {
    throw Unsupported.op("NDArray.mean");
  }

  @Override
  public ai.djl.ndarray.NDArray mean(int[] a0, boolean a1) {
    throw Unsupported.op("NDArray.mean");
  }

  @Override
  public ai.djl.ndarray.NDArray normalize(double a0, long a1, double a2) {
    throw Unsupported.op("NDArray.normalize");
  }

  @Override
  public ai.djl.ndarray.NDArray rotate90(int a0, int[] a1) {
    throw Unsupported.op("NDArray.rotate90");
  }

  @Override
  public ai.djl.ndarray.NDArray trace(int a0, int a1, int a2) {
    throw Unsupported.op("NDArray.trace");
  }

  @Override
  public ai.djl.ndarray.NDList split(long[] a0, int a1) {
    throw Unsupported.op("NDArray.split");
  }

  @Override
  public ai.djl.ndarray.NDArray flatten() {
    throw Unsupported.op("NDArray.flatten");
  }

  @Override
  public ai.djl.ndarray.NDArray flatten(int a0, int a1) {
    throw Unsupported.op("NDArray.flatten");
  }

  @Override
  public ai.djl.ndarray.NDArray fft(long a0, long a1) {
    throw Unsupported.op("NDArray.fft");
  }

  @Override
  public ai.djl.ndarray.NDArray ifft(long a0, long a1) {
    throw Unsupported.op("NDArray.ifft");
  }

  @Override
  public ai.djl.ndarray.NDArray rfft(long a0, long a1) {
    throw Unsupported.op("NDArray.rfft");
  }

  @Override
  public ai.djl.ndarray.NDArray irfft(long a0, long a1) {
    throw Unsupported.op("NDArray.irfft");
  }

  @Override
  public ai.djl.ndarray.NDArray stft(
      long a0, long a1, boolean a2, ai.djl.ndarray.NDArray a3, boolean a4, boolean a5) {
    throw Unsupported.op("NDArray.stft");
  }

  @Override
  public ai.djl.ndarray.NDArray fft2(long[] a0, long[] a1) {
    throw Unsupported.op("NDArray.fft2");
  }

  @Override
  public ai.djl.ndarray.NDArray ifft2(long[] a0, long[] a1) {
    throw Unsupported.op("NDArray.ifft2");
  }

  @Override
  public ai.djl.ndarray.NDArray pad(ai.djl.ndarray.types.Shape a0, double a1) {
    throw Unsupported.op("NDArray.pad");
  }

  @Override
  public ai.djl.ndarray.NDArray reshape(ai.djl.ndarray.types.Shape a0) {
    throw Unsupported.op("NDArray.reshape");
  }

  @Override
  public ai.djl.ndarray.NDArray expandDims(int a0) {
    throw Unsupported.op("NDArray.expandDims");
  }

  @Override
  public ai.djl.ndarray.NDArray squeeze(int[] a0) {
    throw Unsupported.op("NDArray.squeeze");
  }

  @Override
  public ai.djl.ndarray.NDList unique(java.lang.Integer a0, boolean a1, boolean a2, boolean a3) {
    throw Unsupported.op("NDArray.unique");
  }

  @Override
  public ai.djl.ndarray.NDArray logicalAnd(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.logicalAnd");
  }

  @Override
  public ai.djl.ndarray.NDArray logicalOr(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.logicalOr");
  }

  @Override
  public ai.djl.ndarray.NDArray logicalXor(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.logicalXor");
  }

  @Override
  public ai.djl.ndarray.NDArray logicalNot() {
    throw Unsupported.op("NDArray.logicalNot");
  }

  @Override
  public ai.djl.ndarray.NDArray argSort(int a0, boolean a1) {
    throw Unsupported.op("NDArray.argSort");
  }

  @Override
  public ai.djl.ndarray.NDArray sort() {
    throw Unsupported.op("NDArray.sort");
  }

  @Override
  public ai.djl.ndarray.NDArray sort(int a0) {
    throw Unsupported.op("NDArray.sort");
  }

  @Override
  public ai.djl.ndarray.NDArray softmax(int a0) {
    throw Unsupported.op("NDArray.softmax");
  }

  @Override
  public ai.djl.ndarray.NDArray logSoftmax(int a0) {
    throw Unsupported.op("NDArray.logSoftmax");
  }

  @Override
  public ai.djl.ndarray.NDArray cumSum() {
    throw Unsupported.op("NDArray.cumSum");
  }

  @Override
  public ai.djl.ndarray.NDArray cumSum(int a0) {
    throw Unsupported.op("NDArray.cumSum");
  }

  @Override
  public ai.djl.ndarray.NDArray diagonal() {
    throw Unsupported.op("NDArray.diagonal");
  }

  @Override
  public ai.djl.ndarray.NDArray diagonal(int a0) {
    throw Unsupported.op("NDArray.diagonal");
  }

  @Override
  public ai.djl.ndarray.NDArray diagonal(int a0, int a1, int a2) {
    throw Unsupported.op("NDArray.diagonal");
  }

  @Override
  public void intern(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.intern");
  }

  @Override
  public ai.djl.ndarray.NDArray isInfinite() {
    throw Unsupported.op("NDArray.isInfinite");
  }

  @Override
  public ai.djl.ndarray.NDArray inverse() {
    throw Unsupported.op("NDArray.inverse");
  }

  @Override
  public ai.djl.ndarray.NDArray isNaN() {
    throw Unsupported.op("NDArray.isNaN");
  }

  @Override
  public ai.djl.ndarray.NDArray tile(long a0) {
    throw Unsupported.op("NDArray.tile");
  }

  @Override
  public ai.djl.ndarray.NDArray tile(int a0, long a1) {
    throw Unsupported.op("NDArray.tile");
  }

  @Override
  public ai.djl.ndarray.NDArray tile(long[] a0) {
    throw Unsupported.op("NDArray.tile");
  }

  @Override
  public ai.djl.ndarray.NDArray tile(ai.djl.ndarray.types.Shape a0) {
    throw Unsupported.op("NDArray.tile");
  }

  @Override
  public ai.djl.ndarray.NDArray repeat(long a0) {
    throw Unsupported.op("NDArray.repeat");
  }

  @Override
  public ai.djl.ndarray.NDArray repeat(int a0, long a1) {
    throw Unsupported.op("NDArray.repeat");
  }

  @Override
  public ai.djl.ndarray.NDArray repeat(long[] a0) {
    throw Unsupported.op("NDArray.repeat");
  }

  @Override
  public ai.djl.ndarray.NDArray repeat(ai.djl.ndarray.types.Shape a0) {
    throw Unsupported.op("NDArray.repeat");
  }

  @Override
  public ai.djl.ndarray.NDArray dot(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.dot");
  }

  @Override
  public ai.djl.ndarray.NDArray matMul(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.matMul");
  }

  @Override
  public ai.djl.ndarray.NDArray batchMatMul(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.batchMatMul");
  }

  @Override
  public ai.djl.ndarray.NDArray clip(java.lang.Number a0, java.lang.Number a1) {
    throw Unsupported.op("NDArray.clip");
  }

  @Override
  public ai.djl.ndarray.NDArray flip(int... a0) {
    throw Unsupported.op("NDArray.flip");
  }

  @Override
  public ai.djl.ndarray.NDArray transpose() {
    throw Unsupported.op("NDArray.transpose");
  }

  @Override
  public ai.djl.ndarray.NDArray transpose(int... a0) {
    throw Unsupported.op("NDArray.transpose");
  }

  @Override
  public ai.djl.ndarray.NDArray broadcast(ai.djl.ndarray.types.Shape a0) {
    throw Unsupported.op("NDArray.broadcast");
  }

  @Override
  public ai.djl.ndarray.NDArray argMax() {
    throw Unsupported.op("NDArray.argMax");
  }

  @Override
  public ai.djl.ndarray.NDArray argMax(int a0) {
    throw Unsupported.op("NDArray.argMax");
  }

  @Override
  public ai.djl.ndarray.NDList topK(int a0, int a1, boolean a2, boolean a3) {
    throw Unsupported.op("NDArray.topK");
  }

  @Override
  public ai.djl.ndarray.NDArray argMin() {
    throw Unsupported.op("NDArray.argMin");
  }

  @Override
  public ai.djl.ndarray.NDArray argMin(int a0) {
    throw Unsupported.op("NDArray.argMin");
  }

  @Override
  public ai.djl.ndarray.NDArray percentile(java.lang.Number a0) {
    throw Unsupported.op("NDArray.percentile");
  }

  @Override
  public ai.djl.ndarray.NDArray percentile(java.lang.Number a0, int[] a1) {
    throw Unsupported.op("NDArray.percentile");
  }

  @Override
  public ai.djl.ndarray.NDArray median() {
    throw Unsupported.op("NDArray.median");
  }

  @Override
  public ai.djl.ndarray.NDArray median(int[] a0) {
    throw Unsupported.op("NDArray.median");
  }

  @Override
  public ai.djl.ndarray.NDArray toDense() {
    throw Unsupported.op("NDArray.toDense");
  }

  @Override
  public ai.djl.ndarray.NDArray toSparse(ai.djl.ndarray.types.SparseFormat a0) {
    throw Unsupported.op("NDArray.toSparse");
  }

  @Override
  public ai.djl.ndarray.NDArray nonzero() {
    throw Unsupported.op("NDArray.nonzero");
  }

  @Override
  public ai.djl.ndarray.NDArray erfinv() {
    throw Unsupported.op("NDArray.erfinv");
  }

  @Override
  public ai.djl.ndarray.NDArray erf() {
    throw Unsupported.op("NDArray.erf");
  }

  @Override
  public ai.djl.ndarray.internal.NDArrayEx getNDArrayInternal() {
    throw Unsupported.op("NDArray.getNDArrayInternal");
  }

  @Override
  public boolean isReleased() {
    throw Unsupported.op("NDArray.isReleased");
  }

  @Override
  public void close() {
    throw Unsupported.op("NDArray.close");
  }

  @Override
  public ai.djl.ndarray.NDArray norm(boolean a0) {
    throw Unsupported.op("NDArray.norm");
  }

  @Override
  public ai.djl.ndarray.NDArray norm(int a0, int[] a1, boolean a2) {
    throw Unsupported.op("NDArray.norm");
  }

  @Override
  public ai.djl.ndarray.NDArray oneHot(
      int a0, float a1, float a2, ai.djl.ndarray.types.DataType a3) {
    throw Unsupported.op("NDArray.oneHot");
  }

  @Override
  public ai.djl.ndarray.NDArray batchDot(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArray.batchDot");
  }

  @Override
  public ai.djl.ndarray.NDArray complex() {
    throw Unsupported.op("NDArray.complex");
  }

  @Override
  public ai.djl.ndarray.NDArray real() {
    throw Unsupported.op("NDArray.real");
  }

  @Override
  public ai.djl.ndarray.NDArray conj() {
    throw Unsupported.op("NDArray.conj");
  }

  @Override
  public ai.djl.ndarray.NDArray diff(int a0, int a1) {
    throw Unsupported.op("NDArray.diff");
  }
}
