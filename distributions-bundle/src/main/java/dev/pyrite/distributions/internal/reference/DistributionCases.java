package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.spi.Distribution;
import java.util.List;

/**
 * The quantities of a distribution case: {@code batch_shape}, {@code event_shape}, {@code
 * log_prob}, {@code mean}, {@code variance}, {@code stddev}, {@code entropy}, {@code cdf} and
 * {@code icdf} (each when the case has it).
 */
public final class DistributionCases {
  private static final List<String> KEYS =
      List.of(
          "batch_shape",
          "event_shape",
          "log_prob",
          "mean",
          "variance",
          "stddev",
          "entropy",
          "cdf",
          "icdf");

  private DistributionCases() {}

  /**
   * Checks one case.
   *
   * @param manager where to create arrays
   * @param kase the case
   * @param comparison the tolerance
   * @param out where the outcomes go
   */
  public static void check(
      NDManager manager, JsonNode kase, Comparison comparison, List<Outcome> out) {
    String id = kase.get("id").asText();
    Quantities q = new Quantities(id, kase, comparison, out);
    Distribution d;
    try {
      d = Families.build(manager, kase.get("name").asText(), kase.get("params"));
    } catch (RuntimeException | LinkageError e) {
      q.failAll(KEYS, e);
      return;
    }
    q.check("batch_shape", () -> shape(manager, d.batchShape().getShape()));
    q.check("event_shape", () -> shape(manager, d.eventShape().getShape()));
    JsonNode xs = kase.get("x");
    q.check("log_prob", () -> d.logProb(JsonArrays.array(manager, xs)));
    q.check("mean", d::mean);
    q.check("variance", d::variance);
    q.check("stddev", d::stddev);
    q.check("entropy", d::entropy);
    q.check("cdf", () -> d.cdf(JsonArrays.array(manager, xs)));
    JsonNode icdf = kase.get("icdf");
    if (icdf != null && !icdf.isNull()) {
      q.check("icdf", icdf.get("value"), () -> d.icdf(JsonArrays.array(manager, icdf.get("q"))));
    }
  }

  private static NDArray shape(NDManager manager, long[] dims) {
    double[] v = new double[dims.length];
    for (int i = 0; i < dims.length; i++) {
      v[i] = dims[i];
    }
    return manager.create(v);
  }
}
