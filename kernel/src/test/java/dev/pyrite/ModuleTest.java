package dev.pyrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code module}: a DJL block's parameters become params its forward computes with. */
class ModuleTest {
  @TempDir Path tmp;

  static Stream<String> engines() {
    return ParamStoreTest.engines();
  }

  private static SequentialBlock mlp() {
    SequentialBlock b =
        new SequentialBlock()
            .add(Linear.builder().setUnits(4).build())
            .add(Activation::tanh)
            .add(Linear.builder().setUnits(2).build());
    b.initialize(Backend.manager(), Backend.dtype(), new Shape(1, 3));
    return b;
  }

  /** Records the PARAM messages that pass. */
  private static final class ParamNames extends Handler {
    final List<String> names = new ArrayList<>();

    @Override
    public void process(Message msg) {
      if (msg.type() == MessageType.PARAM) {
        names.add(msg.name());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void everyParameterIsAParamAndTheForwardUsesItAndSendsItGradients(String engine) {
    ParamStoreTest.use(engine);
    SequentialBlock block = mlp();
    NDArray x = Backend.manager().randomNormal(new Shape(5, 3));
    ParamStore store = new ParamStore();
    try (ParamStore.Use u = ParamStore.use(store);
        ParamNames seen = new ParamNames().install()) {
      ParameterStore ps = Pyrite.module("mlp", block);
      assertEquals(
          List.of(
              "mlp$$$01Linear_weight",
              "mlp$$$01Linear_bias",
              "mlp$$$03Linear_weight",
              "mlp$$$03Linear_bias"),
          seen.names);
      assertEquals(seen.names, List.copyOf(store.names()));
      assertFalse(ParamStore.global().contains("mlp$$$01Linear_weight"));

      store.unconstrained("mlp$$$03Linear_bias").addi(10);
      NDArray out;
      try (GradientCollector gc = Backend.newGradientCollector()) {
        out = block.forward(ps, new NDList(x), true).singletonOrThrow();
        gc.backward(out.sum());
      }
      NDArray w1 = store.constrained("mlp$$$01Linear_weight");
      NDArray b1 = store.constrained("mlp$$$01Linear_bias");
      NDArray w2 = store.constrained("mlp$$$03Linear_weight");
      NDArray b2 = store.constrained("mlp$$$03Linear_bias");
      NDArray expected = x.matMul(w1.transpose()).add(b1).tanh().matMul(w2.transpose()).add(b2);
      assertTrue(out.stopGradient().sub(expected).abs().max().getFloat() < 1e-5f);
      NDArray gradB2 = store.unconstrained("mlp$$$03Linear_bias").getGradient();
      assertArrayEquals(new float[] {5f, 5f}, gradB2.toFloatArray(), 1e-5f);
    }
    store.clear();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aLoadedStoreGivesAFreshBlockTheSavedValues(String engine) {
    ParamStoreTest.use(engine);
    NDArray x = Backend.manager().randomNormal(new Shape(5, 3));
    SequentialBlock trained = mlp();
    ParamStore store = new ParamStore();
    NDArray before;
    try (ParamStore.Use u = ParamStore.use(store)) {
      ParameterStore ps = Pyrite.module("mlp", trained);
      store.unconstrained("mlp$$$01Linear_weight").muli(-3);
      before = trained.forward(ps, new NDList(x), false).singletonOrThrow();
    }
    store.save(tmp.resolve("mlp"));
    ParamStore loaded = ParamStore.load(tmp.resolve("mlp"));
    SequentialBlock fresh = mlp();
    try (ParamStore.Use u = ParamStore.use(loaded)) {
      NDArray after =
          fresh.forward(Pyrite.module("mlp", fresh), new NDList(x), false).singletonOrThrow();
      assertArrayEquals(before.toByteArray(), after.toByteArray());
    }
    store.clear();
    loaded.clear();
  }

  @Test
  void theBlockKeepsItsOwnArraysAndTheStoreKeepsOneLeafPerParameter() {
    ParamStoreTest.use("MXNet");
    SequentialBlock block = mlp();
    ParamStore store = new ParamStore();
    try (ParamStore.Use u = ParamStore.use(store)) {
      Pyrite.module("mlp", block);
      NDArray leaf = store.unconstrained("mlp$$$01Linear_weight");
      Pyrite.module("mlp", block);
      assertSame(leaf, store.unconstrained("mlp$$$01Linear_weight"));
      assertFalse(
          block.getParameters().get("01Linear_weight").getArray() == leaf,
          "the store holds a copy");
    }
    store.clear();
  }

  @Test
  void aChangedBlockShapeIsAShapeErrorAndAnUninitialisedBlockSaysHowToInitialiseIt() {
    ParamStoreTest.use("MXNet");
    ParamStore store = new ParamStore();
    try (ParamStore.Use u = ParamStore.use(store)) {
      Pyrite.module("lin", initialised(Linear.builder().setUnits(2).build(), 3));
      IllegalArgumentException shape =
          assertThrows(
              IllegalArgumentException.class,
              () -> Pyrite.module("lin", initialised(Linear.builder().setUnits(5).build(), 3)));
      assertTrue(
          shape
              .getMessage()
              .startsWith(
                  "param \"lin$$$weight\" was created with shape (2, 3) and is now declared with"
                      + " shape (5, 3)"),
          shape.getMessage());
      IllegalStateException uninitialised =
          assertThrows(
              IllegalStateException.class,
              () -> Pyrite.module("other", Linear.builder().setUnits(2).build()));
      assertEquals(
          "module \"other\": parameter \"weight\" of block Linear is not initialised; call"
              + " block.initialize(Backend.manager(), Backend.dtype(), inputShape) before"
              + " module(...)",
          uninitialised.getMessage());
    }
    store.clear();
  }

  private static Linear initialised(Linear block, long inputs) {
    block.initialize(Backend.manager(), Backend.dtype(), new Shape(1, inputs));
    return block;
  }
}
