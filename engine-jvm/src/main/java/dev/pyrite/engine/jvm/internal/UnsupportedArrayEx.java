package dev.pyrite.engine.jvm.internal;

/**
 * The base of {@link JvmArrayEx}: every engine-internal operation the Jvm engine does not implement
 * fails with an error naming it.
 */
@SuppressWarnings("unused")
public abstract class UnsupportedArrayEx implements ai.djl.ndarray.internal.NDArrayEx {
  @Override
  public ai.djl.ndarray.NDArray rdivi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArrayEx.rdivi");
  }

  @Override
  public ai.djl.ndarray.NDArray rmodi(ai.djl.ndarray.NDArray a0) {
    throw Unsupported.op("NDArrayEx.rmodi");
  }

  @Override
  public ai.djl.ndarray.NDArray rpowi(java.lang.Number a0) {
    throw Unsupported.op("NDArrayEx.rpowi");
  }

  @Override
  public ai.djl.ndarray.NDArray relu() {
    throw Unsupported.op("NDArrayEx.relu");
  }

  @Override
  public ai.djl.ndarray.NDArray sigmoid() {
    throw Unsupported.op("NDArrayEx.sigmoid");
  }

  @Override
  public ai.djl.ndarray.NDArray tanh() {
    throw Unsupported.op("NDArrayEx.tanh");
  }

  @Override
  public ai.djl.ndarray.NDArray softPlus() {
    throw Unsupported.op("NDArrayEx.softPlus");
  }

  @Override
  public ai.djl.ndarray.NDArray softSign() {
    throw Unsupported.op("NDArrayEx.softSign");
  }

  @Override
  public ai.djl.ndarray.NDArray leakyRelu(float a0) {
    throw Unsupported.op("NDArrayEx.leakyRelu");
  }

  @Override
  public ai.djl.ndarray.NDArray elu(float a0) {
    throw Unsupported.op("NDArrayEx.elu");
  }

  @Override
  public ai.djl.ndarray.NDArray selu() {
    throw Unsupported.op("NDArrayEx.selu");
  }

  @Override
  public ai.djl.ndarray.NDArray gelu() {
    throw Unsupported.op("NDArrayEx.gelu");
  }

  @Override
  public ai.djl.ndarray.NDArray maxPool(
      ai.djl.ndarray.types.Shape a0,
      ai.djl.ndarray.types.Shape a1,
      ai.djl.ndarray.types.Shape a2,
      boolean a3) {
    throw Unsupported.op("NDArrayEx.maxPool");
  }

  @Override
  public ai.djl.ndarray.NDArray globalMaxPool() {
    throw Unsupported.op("NDArrayEx.globalMaxPool");
  }

  @Override
  public ai.djl.ndarray.NDArray avgPool(
      ai.djl.ndarray.types.Shape a0,
      ai.djl.ndarray.types.Shape a1,
      ai.djl.ndarray.types.Shape a2,
      boolean a3,
      boolean a4) {
    throw Unsupported.op("NDArrayEx.avgPool");
  }

  @Override
  public ai.djl.ndarray.NDArray globalAvgPool() {
    throw Unsupported.op("NDArrayEx.globalAvgPool");
  }

  @Override
  public ai.djl.ndarray.NDArray lpPool(
      float a0,
      ai.djl.ndarray.types.Shape a1,
      ai.djl.ndarray.types.Shape a2,
      ai.djl.ndarray.types.Shape a3,
      boolean a4) {
    throw Unsupported.op("NDArrayEx.lpPool");
  }

  @Override
  public ai.djl.ndarray.NDArray globalLpPool(float a0) {
    throw Unsupported.op("NDArrayEx.globalLpPool");
  }

  @Override
  public void adadeltaUpdate(
      ai.djl.ndarray.NDList a0,
      ai.djl.ndarray.NDList a1,
      float a2,
      float a3,
      float a4,
      float a5,
      float a6) {
    throw Unsupported.op("NDArrayEx.adadeltaUpdate");
  }

  @Override
  public void adagradUpdate(
      ai.djl.ndarray.NDList a0,
      ai.djl.ndarray.NDList a1,
      float a2,
      float a3,
      float a4,
      float a5,
      float a6) {
    throw Unsupported.op("NDArrayEx.adagradUpdate");
  }

  @Override
  public void adamUpdate(
      ai.djl.ndarray.NDList a0,
      ai.djl.ndarray.NDList a1,
      float a2,
      float a3,
      float a4,
      float a5,
      float a6,
      float a7,
      float a8,
      float a9,
      boolean a10,
      boolean a11) {
    throw Unsupported.op("NDArrayEx.adamUpdate");
  }

  @Override
  public void nagUpdate(
      ai.djl.ndarray.NDList a0,
      ai.djl.ndarray.NDList a1,
      float a2,
      float a3,
      float a4,
      float a5,
      float a6) {
    throw Unsupported.op("NDArrayEx.nagUpdate");
  }

  @Override
  public void rmspropUpdate(
      ai.djl.ndarray.NDList a0,
      ai.djl.ndarray.NDList a1,
      float a2,
      float a3,
      float a4,
      float a5,
      float a6,
      float a7,
      float a8,
      boolean a9) {
    throw Unsupported.op("NDArrayEx.rmspropUpdate");
  }

  @Override
  public void sgdUpdate(
      ai.djl.ndarray.NDList a0,
      ai.djl.ndarray.NDList a1,
      float a2,
      float a3,
      float a4,
      float a5,
      float a6,
      boolean a7) {
    throw Unsupported.op("NDArrayEx.sgdUpdate");
  }

  @Override
  public ai.djl.ndarray.NDList convolution(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.NDArray a1,
      ai.djl.ndarray.NDArray a2,
      ai.djl.ndarray.types.Shape a3,
      ai.djl.ndarray.types.Shape a4,
      ai.djl.ndarray.types.Shape a5,
      int a6) {
    throw Unsupported.op("NDArrayEx.convolution");
  }

  @Override
  public ai.djl.ndarray.NDList deconvolution(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.NDArray a1,
      ai.djl.ndarray.NDArray a2,
      ai.djl.ndarray.types.Shape a3,
      ai.djl.ndarray.types.Shape a4,
      ai.djl.ndarray.types.Shape a5,
      ai.djl.ndarray.types.Shape a6,
      int a7) {
    throw Unsupported.op("NDArrayEx.deconvolution");
  }

  @Override
  public ai.djl.ndarray.NDList linear(
      ai.djl.ndarray.NDArray a0, ai.djl.ndarray.NDArray a1, ai.djl.ndarray.NDArray a2) {
    throw Unsupported.op("NDArrayEx.linear");
  }

  @Override
  public ai.djl.ndarray.NDList embedding(
      ai.djl.ndarray.NDArray a0, ai.djl.ndarray.NDArray a1, ai.djl.ndarray.types.SparseFormat a2) {
    throw Unsupported.op("NDArrayEx.embedding");
  }

  @Override
  public ai.djl.ndarray.NDList prelu(ai.djl.ndarray.NDArray a0, ai.djl.ndarray.NDArray a1) {
    throw Unsupported.op("NDArrayEx.prelu");
  }

  @Override
  public ai.djl.ndarray.NDList dropout(ai.djl.ndarray.NDArray a0, float a1, boolean a2) {
    throw Unsupported.op("NDArrayEx.dropout");
  }

  @Override
  public ai.djl.ndarray.NDList layerNorm(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.types.Shape a1,
      ai.djl.ndarray.NDArray a2,
      ai.djl.ndarray.NDArray a3,
      float a4) {
    throw Unsupported.op("NDArrayEx.layerNorm");
  }

  @Override
  public ai.djl.ndarray.NDList batchNorm(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.NDArray a1,
      ai.djl.ndarray.NDArray a2,
      ai.djl.ndarray.NDArray a3,
      ai.djl.ndarray.NDArray a4,
      int a5,
      float a6,
      float a7,
      boolean a8) {
    throw Unsupported.op("NDArrayEx.batchNorm");
  }

  @Override
  public ai.djl.ndarray.NDList rnn(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.NDArray a1,
      ai.djl.ndarray.NDList a2,
      boolean a3,
      int a4,
      ai.djl.nn.recurrent.RNN.Activation a5,
      double a6,
      boolean a7,
      boolean a8,
      boolean a9) {
    throw Unsupported.op("NDArrayEx.rnn");
  }

  @Override
  public ai.djl.ndarray.NDList gru(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.NDArray a1,
      ai.djl.ndarray.NDList a2,
      boolean a3,
      int a4,
      double a5,
      boolean a6,
      boolean a7,
      boolean a8) {
    throw Unsupported.op("NDArrayEx.gru");
  }

  @Override
  public ai.djl.ndarray.NDList lstm(
      ai.djl.ndarray.NDArray a0,
      ai.djl.ndarray.NDList a1,
      ai.djl.ndarray.NDList a2,
      boolean a3,
      int a4,
      double a5,
      boolean a6,
      boolean a7,
      boolean a8) {
    throw Unsupported.op("NDArrayEx.lstm");
  }

  @Override
  public ai.djl.ndarray.NDArray interpolation(long[] a0, int a1, boolean a2) {
    throw Unsupported.op("NDArrayEx.interpolation");
  }

  @Override
  public ai.djl.ndarray.NDArray resize(int a0, int a1, int a2) {
    throw Unsupported.op("NDArrayEx.resize");
  }

  @Override
  public ai.djl.ndarray.NDArray randomFlipLeftRight() {
    throw Unsupported.op("NDArrayEx.randomFlipLeftRight");
  }

  @Override
  public ai.djl.ndarray.NDArray randomFlipTopBottom() {
    throw Unsupported.op("NDArrayEx.randomFlipTopBottom");
  }

  @Override
  public ai.djl.ndarray.NDArray randomBrightness(float a0) {
    throw Unsupported.op("NDArrayEx.randomBrightness");
  }

  @Override
  public ai.djl.ndarray.NDArray randomHue(float a0) {
    throw Unsupported.op("NDArrayEx.randomHue");
  }

  @Override
  public ai.djl.ndarray.NDArray randomColorJitter(float a0, float a1, float a2, float a3) {
    throw Unsupported.op("NDArrayEx.randomColorJitter");
  }

  @Override
  public ai.djl.ndarray.index.NDArrayIndexer getIndexer(ai.djl.ndarray.NDManager a0) {
    throw Unsupported.op("NDArrayEx.getIndexer");
  }

  @Override
  public ai.djl.ndarray.NDArray where(ai.djl.ndarray.NDArray a0, ai.djl.ndarray.NDArray a1) {
    throw Unsupported.op("NDArrayEx.where");
  }

  @Override
  public ai.djl.ndarray.NDArray stack(ai.djl.ndarray.NDList a0, int a1) {
    throw Unsupported.op("NDArrayEx.stack");
  }

  @Override
  public ai.djl.ndarray.NDArray concat(ai.djl.ndarray.NDList a0, int a1) {
    throw Unsupported.op("NDArrayEx.concat");
  }

  @Override
  public ai.djl.ndarray.NDList multiBoxTarget(
      ai.djl.ndarray.NDList a0, float a1, float a2, float a3, float a4, int a5) {
    throw Unsupported.op("NDArrayEx.multiBoxTarget");
  }

  @Override
  public ai.djl.ndarray.NDList multiBoxPrior(
      java.util.List<java.lang.Float> a0,
      java.util.List<java.lang.Float> a1,
      java.util.List<java.lang.Float> a2,
      java.util.List<java.lang.Float> a3,
      boolean a4) {
    throw Unsupported.op("NDArrayEx.multiBoxPrior");
  }

  @Override
  public ai.djl.ndarray.NDList multiBoxDetection(
      ai.djl.ndarray.NDList a0, boolean a1, float a2, int a3, float a4, boolean a5, int a6) {
    throw Unsupported.op("NDArrayEx.multiBoxDetection");
  }

  @Override
  public ai.djl.ndarray.NDArray getArray() {
    throw Unsupported.op("NDArrayEx.getArray");
  }
}
