package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDArray;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.distributions.reference.Outcome;
import java.util.List;
import java.util.function.Supplier;

/** Evaluates one quantity of a case and records its outcome, turning errors into failures. */
final class Quantities {
  private final String id;
  private final JsonNode kase;
  private final Comparison comparison;
  private final List<Outcome> out;

  Quantities(String id, JsonNode kase, Comparison comparison, List<Outcome> out) {
    this.id = id;
    this.kase = kase;
    this.comparison = comparison;
    this.out = out;
  }

  /** Checks {@code key} when the case has it (and it is not null). */
  void check(String key, Supplier<NDArray> actual) {
    check(key, kase.get(key), actual);
  }

  /** Checks a quantity against an explicit expected value. */
  void check(String quantity, JsonNode expected, Supplier<NDArray> actual) {
    if (expected == null || expected.isNull()) {
      return;
    }
    try {
      out.add(comparison.compare(id, quantity, actual.get(), expected));
    } catch (RuntimeException | LinkageError e) {
      out.add(Comparison.error(id, quantity, expected, e));
    }
  }

  /** Records a failure for every quantity of {@code keys} present in the case. */
  void failAll(List<String> keys, Throwable error) {
    for (String k : keys) {
      JsonNode expected = kase.get(k);
      if (expected != null && !expected.isNull()) {
        out.add(Comparison.error(id, k, expected, error));
      }
    }
  }
}
