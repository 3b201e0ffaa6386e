package dev.pyrite.runtime.cli;

import dev.pyrite.PluginInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats plug-ins as a left-aligned text table with a header row.
 *
 * <pre>
 * KIND       NAME        BUNDLE               VERSION
 * autoguide  AutoNormal  dev.pyrite.autoguide 0.1.0.SNAPSHOT
 * </pre>
 */
final class PluginTable {
  private static final String[] HEADER = {"KIND", "NAME", "BUNDLE", "VERSION"};

  private PluginTable() {}

  /**
   * The table, one line per plug-in, in the given order.
   *
   * @param plugins the plug-ins
   * @return the lines, each ending with a line separator
   */
  static String format(List<PluginInfo> plugins) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (PluginInfo p : plugins) {
      rows.add(new String[] {p.kind(), p.name(), p.bundle(), p.version()});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], String.valueOf(row[i]).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = String.valueOf(row[i]);
        line.append(cell);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.append(line).append(System.lineSeparator());
    }
    return out.toString();
  }
}
