package dev.pyrite.svi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ConstraintResolver;
import dev.pyrite.ParamStore;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.testkit.Engines;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A param store with the distributions bundle's constraints saves and loads bit for bit, and every
 * built-in constraint with number arguments is re-created from its name.
 */
class BuiltinConstraintsRoundTripTest {
  @TempDir Path tmp;

  @AfterEach
  void restoreDtype() {
    Backend.setDtype(DataType.FLOAT32);
  }

  @Test
  void everyBuiltinConstraintResolvesFromItsName() {
    List<Constraint> all =
        List.of(
            Constraints.real(),
            Constraints.positive(),
            Constraints.nonnegative(),
            Constraints.unitInterval(),
            Constraints.booleans(),
            Constraints.greaterThan(-1.5),
            Constraints.greaterThanEq(2.0),
            Constraints.lessThan(3.25),
            Constraints.interval(-1.0, 2.0),
            Constraints.integerInterval(0, 4),
            Constraints.nonnegativeInteger(),
            Constraints.oneHot(),
            Constraints.multinomial(10),
            Constraints.softplusPositive(),
            Constraints.orderedVector(),
            Constraints.positiveOrderedVector(),
            Constraints.realVector(),
            Constraints.independent(Constraints.interval(0.0, 5.0), 2));
    for (Constraint c : all) {
      Optional<Constraint> back = ConstraintResolver.find(c.name());
      assertTrue(back.isPresent(), c.name());
      assertEquals(c.name(), back.get().name());
      assertEquals(c.eventDim(), back.get().eventDim(), c.name());
      assertEquals(c.isDiscrete(), back.get().isDiscrete(), c.name());
    }
    assertTrue(ConstraintResolver.find("interval(tensor([0.0, 1.0]), 2.0)").isEmpty());
  }

  static Stream<Arguments> enginesAndDtypes() {
    return Engines.all()
        .flatMap(
            e -> Stream.of(Arguments.of(e, DataType.FLOAT32), Arguments.of(e, DataType.FLOAT64)));
  }

  @ParameterizedTest
  @MethodSource("enginesAndDtypes")
  void constrainedParamsRoundTripBitForBit(String engine, DataType dtype) {
    Engines.use(engine, 0);
    Backend.setDtype(dtype);
    ParamStore saved = new ParamStore();
    NDArray u = Backend.manager().randomUniform(0.1f, 0.9f, new Shape(3, 4)).toType(dtype, false);
    saved.get("scale", () -> u.mul(3), Constraints.positive(), 0);
    saved.get("p", () -> u, Constraints.unitInterval(), 0);
    saved.get("bounded", () -> u.add(1), Constraints.interval(1.0, 2.0), 1);
    saved.get("rows", () -> u.mul(2), Constraints.independent(Constraints.positive(), 1), 1);
    saved.save(tmp.resolve("store"));
    ParamStore loaded = ParamStore.load(tmp.resolve("store"));
    try {
      for (String name : saved.names()) {
        assertEquals(saved.constraint(name).name(), loaded.constraint(name).name(), name);
        assertEquals(dtype, loaded.unconstrained(name).getDataType(), name);
        assertArrayEquals(
            saved.unconstrained(name).toByteArray(),
            loaded.unconstrained(name).toByteArray(),
            name);
        assertArrayEquals(
            saved.constrained(name).toByteArray(), loaded.constrained(name).toByteArray(), name);
      }
      assertEquals(1, loaded.eventDim("bounded"));
    } finally {
      saved.clear();
      loaded.clear();
    }
  }
}
