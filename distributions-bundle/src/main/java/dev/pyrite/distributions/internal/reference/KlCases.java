package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.distributions.kl.KL;
import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.spi.Distribution;
import java.util.List;

/** The quantity of a KL case: {@code kl = KL.divergence(p, q)}. */
public final class KlCases {
  private KlCases() {}

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
    Quantities q = new Quantities(kase.get("id").asText(), kase, comparison, out);
    q.check(
        "kl",
        () -> {
          Distribution p = side(manager, kase.get("p"));
          Distribution r = side(manager, kase.get("q"));
          return KL.divergence(p, r);
        });
  }

  private static Distribution side(NDManager manager, JsonNode spec) {
    return Families.build(manager, spec.get("name").asText(), spec.get("params"));
  }
}
