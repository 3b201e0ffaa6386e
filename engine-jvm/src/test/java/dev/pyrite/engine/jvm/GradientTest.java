package dev.pyrite.engine.jvm;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every differentiable op against central finite differences of its forward values (float64, step
 * 1e-6, rtol 1e-6). The loss is {@code sum(op(x) * w)} with fixed weights {@code w}, so every
 * output element's gradient path is checked.
 */
class GradientTest {
  private static final double H = 1e-6;
  private NDManager m;

  @BeforeEach
  void open() {
    m = Engine.getEngine("Jvm").newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  static Stream<Arguments> unary() {
    return Stream.of(
        op("neg", NDArray::neg),
        op("abs", NDArray::abs),
        op("exp", NDArray::exp),
        op("log", NDArray::log),
        op("sqrt", NDArray::sqrt),
        op("square", NDArray::square),
        op("sin", NDArray::sin),
        op("cos", NDArray::cos),
        op("tan", NDArray::tan),
        op("tanh", NDArray::tanh),
        op("sigmoid", Activation::sigmoid),
        op("softPlus", Activation::softPlus),
        op("gammaln", NDArray::gammaln),
        op("erf", NDArray::erf),
        op("asin", x -> x.div(4).asin()),
        op("atan", NDArray::atan),
        op("sinh", NDArray::sinh),
        op("cbrt", NDArray::cbrt),
        op("log10", NDArray::log10),
        op("powScalar", x -> x.pow(2.5)),
        op("addScalar", x -> x.add(3)),
        op("divScalar", x -> x.div(3)),
        op("sum", NDArray::sum),
        op("sumAxis", x -> x.sum(new int[] {0})),
        op("meanKeep", x -> x.mean(new int[] {1}, true)),
        op("max", x -> x.max(new int[] {1})),
        op("min", NDArray::min),
        op("prod", x -> x.prod(new int[] {0})),
        op("reshape", x -> x.reshape(3, 2)),
        op("transpose", NDArray::transpose),
        op("expandSqueeze", x -> x.expandDims(0).squeeze(0)),
        op("broadcast", x -> x.broadcast(new Shape(4, 2, 3))),
        op("slice", x -> x.get("1, 1:")),
        op("concat", x -> NDArrays.concat(new NDList(x, x.mul(2)), 0)),
        op("stack", x -> NDArrays.stack(new NDList(x, x.exp()), 1)),
        op("flatten", NDArray::flatten),
        op("cumSum", x -> x.cumSum(1)),
        op("flip", x -> x.flip(1)),
        op("softmax", x -> x.softmax(1)),
        op("logSoftmax", x -> x.logSoftmax(0)),
        op("swapAxes", x -> x.swapAxes(0, -1)),
        op("toFloat64Copy", NDArray::duplicate),
        op("matMulSelfT", x -> x.matMul(x.transpose())),
        op("batchMatMul", x -> x.expandDims(0).matMul(x.transpose().expandDims(0))),
        op("where", x -> NDArrays.where(x.gt(1), x.square(), x.neg())),
        op("clip", x -> x.clip(0.8, 1.6)),
        op("sortRows", x -> x.sort(1)),
        op("sortColumnsDescending", x -> x.gather(x.argSort(0, false), 0)),
        op("topK", x -> x.topK(2, 1).get(0)),
        op("takeFlat", x -> x.take(index(x, 5, 0, -1, 3))),
        op("takeRows", x -> x.get(new NDIndex("{}", index(x, 1, 0, 1)))),
        op("takeColumns", x -> x.get(new NDIndex(":, {}", index(x, 2, 2, 0)))),
        op("gather", x -> x.gather(index(x, 0, 2, 1, 1).reshape(2, 2), 1)),
        op("pick", x -> x.get(new NDIndex().addAllDim().addPickDim(index(x, 2, 0)))),
        op("gatherNd", x -> x.gatherNd(index(x, 1, 0, 2, 1).reshape(2, 2))),
        op("scatter", x -> x.scatter(index(x, 1, 0).reshape(2, 1), x.get(":, :1").mul(3), 1)),
        op("put", x -> x.put(index(x, 4, 0), x.get("0, 1:").exp())),
        op("norm", NDArray::norm),
        op("normRows", x -> x.norm(new int[] {1})),
        op("normL3", x -> x.norm(3, new int[] {0}, false)),
        op("normL1", x -> x.norm(1, new int[] {1}, true)),
        op("repeat", x -> x.repeat(1, 2)),
        op("tile", x -> x.tile(new long[] {2, 1, 2})),
        op("split", x -> x.split(new long[] {1}, 1).get(1)),
        op("diagonal", x -> x.diagonal(1)),
        op("trace", x -> x.trace(0, 0, 1)));
  }

  private static NDArray index(NDArray like, long... at) {
    return like.getManager().create(at);
  }

  private static Arguments op(String name, Function<NDArray, NDArray> f) {
    return Arguments.of(name, f);
  }

  private NDArray input() {
    return m.create(new double[] {0.7, 1.3, 0.4, 2.1, 1.7, 0.9}).reshape(2, 3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unary")
  void matchesFiniteDifferences(String name, Function<NDArray, NDArray> f) {
    NDArray x = input();
    double[] fd = finiteDifferences(f, x.toDoubleArray());
    x.setRequiresGradient(true);
    try (GradientCollector gc = Engine.getEngine("Jvm").newGradientCollector()) {
      gc.backward(weighted(f.apply(x)));
    }
    assertClose(x.getGradient(), fd, x.getShape(), 1e-6, 1e-8);
  }

  static Stream<Arguments> binary() {
    return Stream.of(
        Arguments.of("add", (Bin) NDArray::add),
        Arguments.of("sub", (Bin) NDArray::sub),
        Arguments.of("mul", (Bin) NDArray::mul),
        Arguments.of("div", (Bin) NDArray::div),
        Arguments.of("pow", (Bin) NDArray::pow),
        Arguments.of("maximum", (Bin) NDArray::maximum),
        Arguments.of("minimum", (Bin) NDArray::minimum),
        Arguments.of("xlogy", (Bin) NDArray::xlogy),
        Arguments.of("atan2", (Bin) NDArray::atan2),
        Arguments.of("matMul", (Bin) (a, b) -> a.matMul(b.reshape(3, 1))));
  }

  /** A binary op. */
  interface Bin {
    NDArray apply(NDArray a, NDArray b);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binary")
  void binaryWithBroadcastingMatchesFiniteDifferences(String name, Bin f) {
    NDArray a = input();
    NDArray b = m.create(new double[] {1.1, 0.6, 1.9});
    double[] av = a.toDoubleArray();
    double[] bv = b.toDoubleArray();
    double[] fda = finiteDifferences(x -> f.apply(x, m.create(bv)), av);
    double[] fdb = finiteDifferences(y -> f.apply(m.create(av).reshape(2, 3), y), bv);
    a.setRequiresGradient(true);
    b.setRequiresGradient(true);
    try (GradientCollector gc = Engine.getEngine("Jvm").newGradientCollector()) {
      gc.backward(weighted(f.apply(a, b)));
    }
    assertClose(a.getGradient(), fda, a.getShape(), 1e-6, 1e-8);
    assertClose(b.getGradient(), fdb, b.getShape(), 1e-6, 1e-8);
  }

  @Test
  void backwardAccumulatesAndStopGradientCuts() {
    NDArray x = m.create(2.0);
    x.setRequiresGradient(true);
    try (GradientCollector gc = Engine.getEngine("Jvm").newGradientCollector()) {
      gc.backward(x.mul(x).add(x.stopGradient().mul(x)));
      assertEquals(6.0, x.getGradient().getDouble());
      gc.backward(x.mul(3));
      assertEquals(9.0, x.getGradient().getDouble());
      gc.zeroGradients();
      assertEquals(0.0, x.getGradient().getDouble());
    }
  }

  private NDArray weighted(NDArray y) {
    int n = (int) y.size();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 + 0.25 * i;
    }
    return y.mul(m.create(w).reshape(y.getShape())).sum();
  }

  private double[] finiteDifferences(Function<NDArray, NDArray> f, double[] x0) {
    Shape shape = new Shape(x0.length == 6 ? new long[] {2, 3} : new long[] {x0.length});
    double[] g = new double[x0.length];
    for (int i = 0; i < x0.length; i++) {
      double[] up = x0.clone();
      double[] down = x0.clone();
      up[i] += H;
      down[i] -= H;
      double fu = weighted(f.apply(m.create(up).reshape(shape))).getDouble();
      double fdn = weighted(f.apply(m.create(down).reshape(shape))).getDouble();
      g[i] = (fu - fdn) / (2 * H);
    }
    return g;
  }
}
