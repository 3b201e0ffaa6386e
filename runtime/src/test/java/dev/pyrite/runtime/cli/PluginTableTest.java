package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyrite.PluginInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginTableTest {
  @Test
  void columnsAreAlignedToTheWidestCell() {
    String table =
        PluginTable.format(
            List.of(
                new PluginInfo("autoguide", "AutoNormal", "dev.pyrite.autoguide", "0.1.0"),
                new PluginInfo("elbo", "TraceElbo", "dev.pyrite.svi", "0.1.0.SNAPSHOT")));
    List<String> lines = table.lines().toList();
    assertEquals(3, lines.size());
    int name = lines.get(0).indexOf("NAME");
    int bundle = lines.get(0).indexOf("BUNDLE");
    int version = lines.get(0).indexOf("VERSION");
    for (String line : lines) {
      assertEquals(' ', line.charAt(name - 1), line);
      assertEquals(' ', line.charAt(bundle - 1), line);
      assertEquals(' ', line.charAt(version - 1), line);
    }
    assertEquals("TraceElbo", lines.get(2).substring(name, bundle).trim());
    assertEquals("0.1.0.SNAPSHOT", lines.get(2).substring(version));
  }

  @Test
  void emptyListGivesTheHeaderOnly() {
    assertEquals(
        List.of("KIND  NAME  BUNDLE  VERSION"), PluginTable.format(List.of()).lines().toList());
  }
}
