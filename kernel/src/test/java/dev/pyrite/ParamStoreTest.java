package dev.pyrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.internal.paramstore.TestBijections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The param store: shapes and constraints are kept, save and load round-trip bit for bit. */
class ParamStoreTest {
  @TempDir Path tmp;

  static Stream<String> engines() {
    return Stream.of("MXNet", "PyTorch");
  }

  static Stream<Arguments> enginesAndDtypes() {
    return engines()
        .flatMap(
            e -> Stream.of(Arguments.of(e, DataType.FLOAT32), Arguments.of(e, DataType.FLOAT64)));
  }

  static void use(String engine) {
    Backend.use(engine);
    ParamStore.global().clear();
    Backend.seed(0);
  }

  @AfterEach
  void restoreDtype() {
    Backend.setDtype(DataType.FLOAT32);
  }

  /** Four params of every kind, with values that are not round numbers. */
  private static ParamStore filled(DataType dtype) {
    NDManager m = Backend.manager();
    ParamStore store = new ParamStore();
    store.get("loc", () -> m.randomNormal(new Shape(3, 2)).toType(dtype, false), null, 0);
    store.get(
        "scale",
        () -> m.randomUniform(0.1f, 2f, new Shape(4)).toType(dtype, false),
        TestBijections.greaterThan(0.0),
        0);
    store.get(
        "offset", () -> m.create(0.3).toType(dtype, false), TestBijections.greaterThan(-1.5), 0);
    store.get(
        "event",
        () -> m.randomUniform(0.5f, 3f, new Shape(2, 5)).toType(dtype, false),
        TestBijections.greaterThan(0.0),
        1);
    return store;
  }

  @ParameterizedTest
  @MethodSource("enginesAndDtypes")
  void loadGivesBitwiseIdenticalValues(String engine, DataType dtype) {
    use(engine);
    Backend.setDtype(dtype);
    ParamStore saved = filled(dtype);
    Path dir = tmp.resolve("store");
    saved.save(dir);
    ParamStore loaded = ParamStore.load(dir);

    assertEquals(List.copyOf(saved.names()), List.copyOf(loaded.names()));
    for (String name : saved.names()) {
      NDArray u = loaded.unconstrained(name);
      assertEquals(dtype, u.getDataType(), name);
      assertEquals(saved.unconstrained(name).getShape(), u.getShape(), name);
      assertArrayEquals(saved.unconstrained(name).toByteArray(), u.toByteArray(), name);
      assertArrayEquals(
          saved.constrained(name).toByteArray(), loaded.constrained(name).toByteArray(), name);
      assertEquals(saved.shape(name), loaded.shape(name), name);
      assertEquals(saved.eventDim(name), loaded.eventDim(name), name);
      assertTrue(u.hasGradient(), name + " is trainable");
    }
    assertNull(loaded.constraint("loc"));
    assertEquals("positive", loaded.constraint("scale").name());
    assertEquals("greater_than(-1.5)", loaded.constraint("offset").name());
    assertEquals(1, loaded.eventDim("event"));
    saved.clear();
    loaded.clear();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void loadedParamsAreUsedByParamAndKeepTheirConstraint(String engine) {
    use(engine);
    ParamStore saved = filled(DataType.FLOAT32);
    saved.save(tmp.resolve("s"));
    ParamStore loaded = ParamStore.load(tmp.resolve("s"));
    try (ParamStore.Use u = ParamStore.use(loaded)) {
      NDArray scale =
          Pyrite.param(
              "scale",
              () -> Backend.manager().ones(new Shape(4)),
              TestBijections.greaterThan(0),
              0);
      assertArrayEquals(saved.constrained("scale").toByteArray(), scale.toByteArray());
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Pyrite.param("scale", () -> null, TestBijections.greaterThan(1.0), 0));
      assertTrue(e.getMessage().contains("positive"), e.getMessage());
      assertTrue(e.getMessage().contains("greater_than(1.0)"), e.getMessage());
    }
    assertFalse(ParamStore.global().contains("scale"), "the loaded store was current, not global");
    saved.clear();
    loaded.clear();
  }

  @Test
  void manifestNamesShapesDtypesConstraintsAndEventDims() throws IOException {
    use("MXNet");
    ParamStore store = filled(DataType.FLOAT64);
    store.save(tmp.resolve("m"));
    JsonNode root = new ObjectMapper().readTree(tmp.resolve("m/manifest.json").toFile());
    assertEquals("pyrite-param-store", root.get("format").asText());
    JsonNode event = root.get("params").get(3);
    assertEquals("event", event.get("name").asText());
    assertEquals("float64", event.get("dtype").asText());
    assertEquals("[2,5]", event.get("shape").toString());
    assertEquals("positive", event.get("constraint").asText());
    assertEquals(1, event.get("eventDim").asInt());
    assertTrue(root.get("params").get(0).get("constraint").isNull());
    assertEquals(2 * 5 * 8, Files.size(tmp.resolve("m").resolve(event.get("file").asText())));
    store.clear();
  }

  @Test
  void redeclaringWithAnotherShapeNamesBothShapesAndTheFix() {
    use("MXNet");
    ParamStore store = new ParamStore();
    NDManager m = Backend.manager();
    store.get("w", ParamInit.of(m.zeros(new Shape(3, 2))), null, 0);
    store.get("w", ParamInit.of(m.ones(new Shape(3, 2))), null, 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.get("w", ParamInit.of(m.zeros(new Shape(4, 2))), null, 0));
    assertEquals(
        "param \"w\" was created with shape (3, 2) and is now declared with shape (4, 2); a param"
            + " keeps its shape: give the new param another name, or clear the param store"
            + " (ParamStore.current().clear()) after changing the model",
        e.getMessage());
    store.clear();
  }

  @Test
  void saveReplacesAnEarlierStoreAndRefusesOtherDirectories() throws IOException {
    use("MXNet");
    ParamStore store = new ParamStore();
    store.get("a", () -> Backend.scalar(1.0), null, 0);
    Path dir = tmp.resolve("s");
    store.save(dir);
    store.unconstrained("a").addi(1);
    store.save(dir);
    assertEquals(2f, ParamStore.load(dir).constrained("a").getFloat());

    Path other = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(other.resolve("notes.txt"), "keep me");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> store.save(other));
    assertTrue(e.getMessage().contains("pass a new or empty directory"), e.getMessage());
    assertEquals("keep me", Files.readString(other.resolve("notes.txt")));
    store.clear();
  }

  @Test
  void aFailedSaveLeavesTheEarlierStoreAndNoTemporaryFiles() throws IOException {
    use("MXNet");
    ParamStore store = new ParamStore();
    store.get("a", () -> Backend.scalar(1.0), null, 0);
    store.get("b", () -> Backend.scalar(2.0), null, 0);
    Path dir = tmp.resolve("s");
    store.save(dir);
    store.unconstrained("b").close();
    assertThrows(RuntimeException.class, () -> store.save(dir));
    ParamStore loaded = ParamStore.load(dir);
    assertEquals(2f, loaded.constrained("b").getFloat());
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(List.of(dir), files.toList());
    }
    store.clear();
    loaded.clear();
  }

  @Test
  void aConstraintNoResolverKnowsFailsTheLoadNamingParamAndConstraint() {
    use("MXNet");
    ParamStore store = new ParamStore();
    store.get("odd", () -> Backend.scalar(1.0), TestBijections.UNNAMED, 0);
    store.save(tmp.resolve("s"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParamStore.load(tmp.resolve("s")));
    assertEquals(
        "param \"odd\" was saved with constraint \"unnamed\", which no installed bijection"
            + " provider resolves by name (resolvers asked: kernel-test); install the bundle that"
            + " defines the constraint, and make its BijectionProvider implement"
            + " dev.pyrite.ConstraintResolver",
        e.getMessage());
    store.clear();
  }

  @Test
  void loadingFromADirectoryWithoutAStoreSaysHowToMakeOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParamStore.load(tmp));
    assertTrue(e.getMessage().endsWith("save one there with ParamStore.save(dir)"), e.getMessage());
  }

  @Test
  void clearRemovesEveryParam() {
    use("MXNet");
    ParamStore store = new ParamStore();
    store.get("a", () -> Backend.scalar(1.0), null, 0);
    store.clear();
    assertFalse(store.contains("a"));
    assertTrue(store.names().isEmpty());
  }
}
