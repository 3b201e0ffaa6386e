package dev.pyrite.handlers.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Renders a trace's batch|event shape table, in the layout of Pyro's {@code Trace.format_shapes}: a
 * label column, the batch dims right-aligned, a bar, the event dims left-aligned.
 *
 * <pre>{@code
 * Trace Shapes:
 *  Param Sites:
 *           loc 3
 * Sample Sites:
 *        z dist   |
 *         value   |
 *      log_prob   |
 *        x dist 3 |
 *         value 3 |
 *      log_prob 3 |
 * }</pre>
 */
public final class ShapeTable {
  private final List<Row> rows = new ArrayList<>();

  private record Row(String label, List<String> batch, boolean bar, List<String> event) {}

  private ShapeTable() {}

  /**
   * Formats the sites of a trace up to and including {@code lastSite}.
   *
   * @param nodes the sites in execution order
   * @param logProbs the cached log-probability of a site, or {@code null}
   * @param lastSite the last site to show, or {@code null} for all
   * @return the table, lines without trailing blanks
   */
  public static String format(
      Collection<Message> nodes, Function<String, NDArray> logProbs, String lastSite) {
    ShapeTable t = new ShapeTable();
    t.label("Trace Shapes:");
    t.label("Param Sites:");
    for (Message m : nodes) {
      if (m.type() == MessageType.PARAM) {
        t.rows.add(new Row(m.name(), dims(shapeOf(m.value()), 0, -1), false, List.of()));
      }
      if (m.name().equals(lastSite)) {
        break;
      }
    }
    t.label("Sample Sites:");
    for (Message m : nodes) {
      if (m.type() == MessageType.SAMPLE) {
        t.addSample(m, logProbs.apply(m.name()));
      }
      if (m.name().equals(lastSite)) {
        break;
      }
    }
    return t.render();
  }

  private void label(String text) {
    rows.add(new Row(text, List.of(), false, List.of()));
  }

  private void addSample(Message m, NDArray logProb) {
    Shape batch = m.fn() == null ? new Shape() : m.fn().batchShape();
    Shape event = m.fn() == null ? new Shape() : m.fn().eventShape();
    rows.add(new Row(m.name() + " dist", dims(batch, 0, -1), true, dims(event, 0, -1)));
    Shape value = shapeOf(m.value());
    int split = Math.max(0, value.dimension() - event.dimension());
    rows.add(new Row("value", dims(value, 0, split), true, dims(value, split, -1)));
    if (logProb != null) {
      rows.add(new Row("log_prob", dims(logProb.getShape(), 0, -1), true, List.of()));
    }
  }

  private static Shape shapeOf(NDArray a) {
    return a == null ? new Shape() : a.getShape();
  }

  private static List<String> dims(Shape s, int from, int to) {
    int end = to < 0 ? s.dimension() : to;
    List<String> out = new ArrayList<>();
    for (int i = from; i < end; i++) {
      out.add(Long.toString(s.get(i)));
    }
    return out;
  }

  private String render() {
    int batchCols = 0;
    int eventCols = 0;
    for (Row r : rows) {
      batchCols = Math.max(batchCols, r.batch().size());
      eventCols = Math.max(eventCols, r.event().size());
    }
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      List<String> line = new ArrayList<>();
      line.add(r.label());
      for (int i = r.batch().size(); i < batchCols; i++) {
        line.add("");
      }
      line.addAll(r.batch());
      line.add(r.bar() ? "|" : "");
      line.addAll(r.event());
      for (int i = r.event().size(); i < eventCols; i++) {
        line.add("");
      }
      cells.add(line);
    }
    int[] width = new int[batchCols + eventCols + 2];
    for (List<String> line : cells) {
      for (int j = 0; j < line.size(); j++) {
        width[j] = Math.max(width[j], line.get(j).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> line : cells) {
      StringBuilder l = new StringBuilder();
      for (int j = 0; j < line.size(); j++) {
        l.append(j == 0 ? "" : " ").append(" ".repeat(width[j] - line.get(j).length()));
        l.append(line.get(j));
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
