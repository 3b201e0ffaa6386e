package dev.pyrite.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SystemDefaultsTest {
  @Test
  void engineIsFoundAnywhereInBothForms() {
    assertEquals("PyTorch", SystemDefaults.engine(new String[] {"--engine", "PyTorch", "list"}));
    assertEquals("PyTorch", SystemDefaults.engine(new String[] {"run", "x", "--engine=PyTorch"}));
    assertEquals(
        "MXNet", SystemDefaults.engine(new String[] {"--engine=PyTorch", "--engine", "MXNet"}));
  }

  @Test
  void noEngineWithoutTheOptionOrItsValue() {
    assertNull(SystemDefaults.engine(new String[] {"list"}));
    assertNull(SystemDefaults.engine(new String[] {"list", "--engine"}));
  }
}
