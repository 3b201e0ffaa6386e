package dev.pyrite.reparam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.Plugin;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reparameterizer of this bundle is a plug-in found by name, with JSON-bound options. */
class ReparamProvidersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("unchecked")
  private static <O> Reparam create(String name, String json) throws Exception {
    ReparamProvider<O> p =
        (ReparamProvider<O>) PluginRegistry.get().find(ReparamProvider.class, name);
    assertEquals(name, p.name());
    assertTrue(!p.description().isBlank());
    return p.create(JSON.readValue(json, p.optionsType()));
  }

  @Test
  void everyPluginIsListed() {
    List<String> names =
        PluginRegistry.get().all(ReparamProvider.class).stream().map(Plugin::name).toList();
    for (String n :
        List.of(
            "LocScaleReparam",
            "TransformReparam",
            "DiscreteCosineReparam",
            "HaarReparam",
            "SplitReparam",
            "AutoReparam")) {
      assertTrue(names.contains(n), n + " missing from " + names);
    }
  }

  @Test
  void optionsBindFromJson() throws Exception {
    assertInstanceOf(TransformReparam.class, create("TransformReparam", "{}"));
    assertEquals(
        -2,
        assertInstanceOf(
                DiscreteCosineReparam.class, create("DiscreteCosineReparam", "{\"dim\": -2}"))
            .dim());
    assertEquals(-1, assertInstanceOf(HaarReparam.class, create("HaarReparam", "{}")).dim());
    SplitReparam split =
        assertInstanceOf(SplitReparam.class, create("SplitReparam", "{\"sections\": [2, 3]}"));
    assertArrayEquals(new int[] {2, 3}, split.sections());
    assertEquals(-1, split.dim());
    assertEquals(
        0.25,
        assertInstanceOf(AutoReparam.class, create("AutoReparam", "{\"centered\": 0.25}"))
            .centered());
  }
}
