package dev.pyrite.mcmc.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.distributions.reference.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link Diagnostics} against a reference file in the schema of {@code
 * shared/reference/diagnostics.json}: for every set, every expected quantity ({@code
 * effective_sample_size}, {@code effective_sample_size_per_chain}, {@code split_gelman_rubin},
 * {@code gelman_rubin}, {@code autocorrelation_lags_0_to_K}, {@code autocovariance_lags_0_to_K},
 * {@code hpdi_P}, {@code quantile_P1_P2_...}, {@code pooled_mean}, {@code pooled_sd}) is one {@link
 * Outcome}. A quantity the checker does not know fails, so a new key is never skipped.
 *
 * <pre>{@code
 * Report r = new DiagnosticsChecker().check(Path.of("../shared/reference/diagnostics.json"));
 * System.out.println(r.summary());   // "30 passed, 0 failed"
 * }</pre>
 */
public final class DiagnosticsChecker {
  /** The default relative tolerance. */
  public static final double RTOL = 1e-8;

  /** The default absolute tolerance (for values near zero). */
  public static final double ATOL = 1e-12;

  private final double rtol;
  private final double atol;

  /** A checker with the default tolerances {@link #RTOL} and {@link #ATOL}. */
  public DiagnosticsChecker() {
    this(RTOL, ATOL);
  }

  /**
   * A checker with the given tolerances: {@code |actual - expected| <= atol + rtol |expected|}.
   *
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public DiagnosticsChecker(double rtol, double atol) {
    this.rtol = rtol;
    this.atol = atol;
  }

  /**
   * Checks a file.
   *
   * @param file a JSON file in the schema of {@code diagnostics.json}
   * @return one outcome per set and quantity
   * @throws IOException when the file cannot be read as JSON
   */
  public Report check(Path file) throws IOException {
    return check(new ObjectMapper().readTree(file.toFile()));
  }

  /**
   * Checks a parsed file.
   *
   * @param root the file's root object
   * @return one outcome per set and quantity
   * @throws IllegalArgumentException when the root has no {@code sets} array
   */
  public Report check(JsonNode root) {
    JsonNode sets = root.path("sets");
    if (!sets.isArray()) {
      throw new IllegalArgumentException("$.sets: expected an array of sets");
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      checkSet(sets.get(i), "$.sets[" + i + "]", outcomes);
    }
    return new Report(outcomes);
  }

  private void checkSet(JsonNode set, String path, List<Outcome> outcomes) {
    String name = set.path("name").asText(path);
    Draws draws = draws(set, path);
    for (Map.Entry<String, JsonNode> e : set.path("expected").properties()) {
      double[] expected = Json.flatten(e.getValue());
      outcomes.add(compare(name, e.getKey(), expected, draws));
    }
  }

  private static Draws draws(JsonNode set, String path) {
    JsonNode shape = set.path("shape");
    if (!shape.isArray() || shape.size() < 2) {
      throw new IllegalArgumentException(path + ".shape: expected [chains, draws, event...]");
    }
    int[] dims = new int[shape.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = shape.get(i).asInt();
    }
    double[] values = Json.flatten(set.path("chains"));
    return Draws.of(values, dims[0], dims[1], Arrays.copyOfRange(dims, 2, dims.length));
  }

  private Outcome compare(String set, String key, double[] expected, Draws draws) {
    double[] actual;
    try {
      actual = Quantities.evaluate(key, draws);
    } catch (IllegalArgumentException ex) {
      return new Outcome(set, key, false, Arrays.toString(expected), "error", ex.getMessage());
    }
    String detail = mismatch(expected, actual);
    return new Outcome(
        set,
        key,
        detail == null,
        Arrays.toString(expected),
        Arrays.toString(actual),
        detail == null ? Arrays.toString(actual) : detail);
  }

  private String mismatch(double[] expected, double[] actual) {
    if (expected.length != actual.length) {
      return "expected " + expected.length + " values, got " + actual.length;
    }
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      boolean same = Double.compare(e, a) == 0 || Math.abs(a - e) <= atol + rtol * Math.abs(e);
      if (!same) {
        return "worst at index " + i + ": expected " + e + ", actual " + a;
      }
    }
    return null;
  }
}
