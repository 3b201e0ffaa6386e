package dev.pyrite.testkit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the torch/Pyro reference files of {@code shared/reference} (schema in their README): nested
 * JSON arrays with non-finite numbers as strings.
 *
 * <pre>{@code
 * for (JsonNode c : Reference.cases("reference/distributions.json", "distributions")) {
 *   NDArray x = Reference.array(manager, c.get("x"));
 * }
 * }</pre>
 */
public final class Reference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Reference() {}

  /**
   * The cases of one section of a reference file.
   *
   * @param relative the file inside shared/
   * @param section e.g. {@code "distributions"}
   * @return the cases
   */
  public static List<JsonNode> cases(String relative, String section) {
    try {
      JsonNode root = JSON.readTree(SharedData.path(relative).toFile());
      List<JsonNode> out = new ArrayList<>();
      root.get(section).forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON number, nested array or non-finite string as a float64 array.
   *
   * @param manager where to create it
   * @param node the JSON value
   * @return the array
   */
  public static NDArray array(NDManager manager, JsonNode node) {
    List<Long> dims = new ArrayList<>();
    JsonNode n = node;
    while (n.isArray()) {
      dims.add((long) n.size());
      n = n.size() > 0 ? n.get(0) : null;
      if (n == null) {
        break;
      }
    }
    List<Double> flat = new ArrayList<>();
    flatten(node, flat);
    double[] values = flat.stream().mapToDouble(Double::doubleValue).toArray();
    return manager.create(values, new Shape(dims.stream().mapToLong(Long::longValue).toArray()));
  }

  /**
   * The flat values of a JSON number or nested array.
   *
   * @param node the JSON value
   * @return the values, row-major
   */
  public static double[] values(JsonNode node) {
    List<Double> flat = new ArrayList<>();
    flatten(node, flat);
    return flat.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void flatten(JsonNode node, List<Double> out) {
    if (node.isArray()) {
      node.forEach(c -> flatten(c, out));
    } else if (node.isTextual()) {
      out.add(Double.parseDouble(node.asText().replace("Infinity", "Infinity")));
    } else {
      out.add(node.asDouble());
    }
  }
}
