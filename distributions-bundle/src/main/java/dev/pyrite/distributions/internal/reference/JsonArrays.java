package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested JSON arrays of the reference schema as float64 arrays: numbers, and non-finite values as
 * the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
public final class JsonArrays {
  private JsonArrays() {}

  /**
   * The shape of a nested JSON array ({@code ()} for a number).
   *
   * @param node the JSON value
   * @return the shape
   */
  public static Shape shape(JsonNode node) {
    List<Long> dims = new ArrayList<>();
    JsonNode n = node;
    while (n != null && n.isArray()) {
      dims.add((long) n.size());
      n = n.size() > 0 ? n.get(0) : null;
    }
    return new Shape(dims.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * The values of a JSON number or nested array, row-major.
   *
   * @param node the JSON value
   * @return the values
   */
  public static double[] values(JsonNode node) {
    List<Double> flat = new ArrayList<>();
    flatten(node, flat);
    return flat.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * A JSON number or nested array as a float64 array.
   *
   * @param manager where to create it
   * @param node the JSON value
   * @return the array
   */
  public static NDArray array(NDManager manager, JsonNode node) {
    return manager.create(values(node), shape(node));
  }

  private static void flatten(JsonNode node, List<Double> out) {
    if (node.isArray()) {
      node.forEach(c -> flatten(c, out));
    } else if (node.isTextual()) {
      out.add(Double.parseDouble(node.asText()));
    } else {
      out.add(node.asDouble());
    }
  }
}
