package dev.pyrite.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineProvider;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class JvmEngineTest {
  @Test
  void registeredThroughServiceLoaderUnderItsName() {
    assertTrue(Engine.hasEngine("Jvm"), "engines: " + Engine.getAllEngines());
    assertEquals("Jvm", Engine.getEngine("Jvm").getEngineName());
  }

  @Test
  void neverTheDefaultByRank() {
    int lowestOther = Integer.MAX_VALUE;
    for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
      if (!p.getEngineName().equals("Jvm")) {
        lowestOther = Math.min(lowestOther, p.getEngineRank());
      }
    }
    assertTrue(new JvmEngineProvider().getEngineRank() > lowestOther);
    assertNotEquals("Jvm", Engine.getDefaultEngineName());
  }

  @Test
  void unimplementedOperationNamesItselfAndTheEngine() {
    try (NDManager m = Engine.getEngine("Jvm").newBaseManager()) {
      NDArray x = m.create(new double[] {1, 2});
      UnsupportedOperationException e =
          assertThrows(UnsupportedOperationException.class, () -> x.fft(2, 0));
      assertTrue(
          e.getMessage().startsWith("Jvm engine does not implement NDArray.fft"), e.getMessage());
    }
  }

  @Test
  void closingAManagerClosesItsArraysAndChildren() {
    NDManager root = Engine.getEngine("Jvm").newBaseManager();
    NDManager child = root.newSubManager();
    NDArray a = root.create(1.0);
    NDArray b = child.create(2.0).add(a);
    assertEquals(3, root.getManagedArrays().size());
    root.close();
    assertTrue(a.isReleased());
    assertTrue(b.isReleased());
  }
}
