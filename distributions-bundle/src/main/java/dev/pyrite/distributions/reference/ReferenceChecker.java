package dev.pyrite.distributions.reference;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.internal.reference.Comparison;
import dev.pyrite.distributions.internal.reference.DistributionCases;
import dev.pyrite.distributions.internal.reference.KlCases;
import dev.pyrite.distributions.internal.reference.TransformCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates every case of a reference file (the schema of {@code shared/reference/README.md}:
 * sections {@code distributions}, {@code kl} and {@code transforms}) with Pyrite in float64 on the
 * current engine, and returns one {@link Outcome} per case and quantity. Distributions are built by
 * name through the plug-in registry and constraints through the constraint resolvers, so a file
 * written later in the same schema, or a third party's families, are checked without new code.
 *
 * <p>The tolerance is {@code |actual - expected| <= atol + rtol |expected|} with {@value #RTOL} and
 * {@value #ATOL}: the reference values come from torch, which evaluates {@code log I0} (in
 * VonMises) with a polynomial approximation good to about 1e-7.
 *
 * <pre>{@code
 * Report r = new ReferenceChecker().check(Path.of("../shared/reference/distributions.json"));
 * r.failures().forEach(o -> System.out.println(o.id() + " " + o.quantity() + " " + o.detail()));
 * System.out.println(r.summary());
 * }</pre>
 */
public final class ReferenceChecker {
  /** The relative tolerance. */
  public static final double RTOL = 1e-6;

  /** The absolute tolerance, for values near zero. */
  public static final double ATOL = 1e-9;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Comparison comparison;

  /** A checker with the standard tolerance. */
  public ReferenceChecker() {
    this(RTOL, ATOL);
  }

  /**
   * A checker with another tolerance.
   *
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public ReferenceChecker(double rtol, double atol) {
    this.comparison = new Comparison(rtol, atol);
  }

  /**
   * Checks a reference file.
   *
   * @param file a JSON file in the reference schema
   * @return the outcomes
   * @throws IOException when the file cannot be read or is not JSON
   */
  public Report check(Path file) throws IOException {
    return check(JSON.readTree(file.toFile()));
  }

  /**
   * Checks parsed reference values.
   *
   * @param root the file's JSON object
   * @return the outcomes, sections in the order distributions, kl, transforms
   */
  public Report check(JsonNode root) {
    List<Outcome> out = new ArrayList<>();
    DataType previous = Backend.dtype();
    Backend.setDtype(DataType.FLOAT64);
    try {
      NDManager m = Backend.manager();
      for (JsonNode c : root.path("distributions")) {
        try (Scope s = Scope.open()) {
          DistributionCases.check(m, c, comparison, out);
        }
      }
      for (JsonNode c : root.path("kl")) {
        try (Scope s = Scope.open()) {
          KlCases.check(m, c, comparison, out);
        }
      }
      for (JsonNode c : root.path("transforms")) {
        try (Scope s = Scope.open()) {
          TransformCases.check(m, c, comparison, out);
        }
      }
    } finally {
      Backend.setDtype(previous);
    }
    return new Report(List.copyOf(out));
  }
}
