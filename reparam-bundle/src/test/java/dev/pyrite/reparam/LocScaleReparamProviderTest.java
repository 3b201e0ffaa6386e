package dev.pyrite.reparam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.Plugin;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;
import org.junit.jupiter.api.Test;

/** The {@code "LocScaleReparam"} plug-in is found on the class path and binds its options. */
class LocScaleReparamProviderTest {
  @Test
  void registryFindsTheProviderByName() throws Exception {
    ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "LocScaleReparam");
    assertEquals("LocScaleReparam", p.name());
    assertEquals(LocScaleOptions.class, p.optionsType());
    assertTrue(
        PluginRegistry.get().all(ReparamProvider.class).stream()
            .map(Plugin::name)
            .toList()
            .contains("LocScaleReparam"));

    @SuppressWarnings("unchecked")
    ReparamProvider<LocScaleOptions> typed = (ReparamProvider<LocScaleOptions>) p;
    ObjectMapper json = new ObjectMapper();
    Reparam fixed = typed.create(json.readValue("{\"centered\": 0.3}", LocScaleOptions.class));
    assertEquals(0.3, assertInstanceOf(LocScaleReparam.class, fixed).centered());
    Reparam learnable = typed.create(json.readValue("{}", LocScaleOptions.class));
    assertNull(assertInstanceOf(LocScaleReparam.class, learnable).centered());
  }
}
