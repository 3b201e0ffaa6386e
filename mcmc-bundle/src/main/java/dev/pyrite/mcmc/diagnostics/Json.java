package dev.pyrite.mcmc.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads nested JSON arrays of numbers row-major; non-finite values are the strings of the schema.
 */
final class Json {
  private Json() {}

  static double[] flatten(JsonNode node) {
    List<Double> out = new ArrayList<>();
    collect(node, out);
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void collect(JsonNode node, List<Double> out) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    } else if (node.isNumber()) {
      out.add(node.asDouble());
    } else if (node.isTextual()) {
      out.add(nonFinite(node.asText()));
    } else {
      throw new IllegalArgumentException("expected a number or an array, got " + node);
    }
  }

  private static double nonFinite(String s) {
    return switch (s) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> throw new IllegalArgumentException("not a number: \"" + s + "\"");
    };
  }
}
