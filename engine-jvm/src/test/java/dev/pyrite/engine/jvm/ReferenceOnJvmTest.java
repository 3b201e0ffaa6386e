package dev.pyrite.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.Backend;
import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.distributions.reference.ReferenceChecker;
import dev.pyrite.distributions.reference.Report;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The torch/Pyro reference file ({@code shared/reference/distributions.json}, float64) through the
 * same {@link ReferenceChecker} as {@code ./pyrite verify-reference}, on the Jvm engine: every case
 * (distributions, KL pairs, transforms) must match at the reference's tolerance; the Normal, Beta
 * and Gamma log densities are checked to be among them.
 */
class ReferenceOnJvmTest {
  @AfterAll
  static void backToDefault() {
    Engines.use("MXNet", 0);
  }

  @Test
  void everyReferenceCaseMatchesTorch() throws Exception {
    Engines.use("Jvm", 0);
    Report report = new ReferenceChecker().check(SharedData.path("reference/distributions.json"));
    List<Outcome> all = report.outcomes();
    Map<String, String> firstFailure = new TreeMap<>();
    for (Outcome o : all) {
      if (!o.passed()) {
        firstFailure.putIfAbsent(o.id().split("[/ _]")[0] + " " + o.quantity(), o.detail());
      }
    }
    System.out.println(
        "Jvm engine (" + Backend.engine().getEngineName() + "): " + report.summary());
    firstFailure.forEach((k, v) -> System.out.println("  FAIL " + k + ": " + v));
    List<Outcome> core =
        all.stream()
            .filter(
                o -> o.id().matches("(?i)(normal|beta|gamma)\\b.*") && o.quantity().contains("log"))
            .collect(Collectors.toList());
    System.out.println("  core cases: " + core.size());
    assertTrue(!core.isEmpty(), "no Normal/Beta/Gamma log-density case was found");
    List<String> failed =
        core.stream()
            .filter(o -> !o.passed())
            .map(o -> o.id() + " " + o.quantity() + ": " + o.detail())
            .toList();
    assertTrue(failed.isEmpty(), "failed: " + failed);
    assertTrue(all.size() > 400, "the reference file was not read");
    assertTrue(firstFailure.isEmpty(), "failing on the Jvm engine: " + firstFailure);
  }
}
