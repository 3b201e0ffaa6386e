package dev.pyrite.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultEngineTest {
  private static final List<String> BOTH = List.of("MXNet", "PyTorch");
  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(DefaultEngine.PROPERTY);
    System.clearProperty(DefaultEngine.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(DefaultEngine.PROPERTY);
    } else {
      System.setProperty(DefaultEngine.PROPERTY, saved);
    }
  }

  @Test
  void mxnetWhenNothingIsAsked() {
    assertEquals("MXNet", DefaultEngine.choose(BOTH, null));
    assertEquals("MXNet", System.getProperty(DefaultEngine.PROPERTY));
  }

  @Test
  void installedRequestFromThePropertyIsKept() {
    System.setProperty(DefaultEngine.PROPERTY, "PyTorch");
    assertEquals("PyTorch", DefaultEngine.choose(BOTH, null));
  }

  @Test
  void unknownPropertyFallsBackToAnInstalledEngine() {
    System.setProperty(DefaultEngine.PROPERTY, "TensorFlow");
    assertEquals("MXNet", DefaultEngine.choose(BOTH, null));
    assertEquals("PyTorch", DefaultEngine.choose(List.of("PyTorch"), null));
    assertEquals("PyTorch", System.getProperty(DefaultEngine.PROPERTY));
  }

  @Test
  void environmentWinsAndIsCopiedToTheProperty() {
    System.setProperty(DefaultEngine.PROPERTY, "MXNet");
    assertEquals("PyTorch", DefaultEngine.choose(BOTH, "PyTorch"));
    assertEquals("PyTorch", System.getProperty(DefaultEngine.PROPERTY));
  }

  @Test
  void unknownEnvironmentValueIsRefusedBeforeDjlSeesIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> DefaultEngine.choose(BOTH, "Foo"));
    assertTrue(e.getMessage().contains("DJL_DEFAULT_ENGINE=Foo"), e.getMessage());
  }
}
