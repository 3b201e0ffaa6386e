package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.distributions.reference.ReferenceChecker;
import dev.pyrite.distributions.reference.Report;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Every quantity of every case of {@code shared/reference/distributions.json} (distributions, KL
 * pairs, transforms) against torch/Pyro in float64, on both engines, through the same {@link
 * ReferenceChecker} that {@code ./pyrite verify-reference} uses: one test per case and quantity,
 * named {@code engine / id / quantity}, whose failure shows the expected and actual values.
 */
class ReferenceCatalogTest {
  private static final String FILE = "reference/distributions.json";

  @TestFactory
  Stream<DynamicContainer> everyQuantityMatchesTorch() {
    return Engines.all().map(e -> DynamicContainer.dynamicContainer(e, outcomes(e)));
  }

  private static Stream<DynamicTest> outcomes(String engine) {
    Engines.use(engine, 0);
    Report report;
    try {
      report = new ReferenceChecker().check(SharedData.path(FILE));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Stream<DynamicTest> each =
        report.outcomes().stream()
            .map(o -> DynamicTest.dynamicTest(o.id() + " " + o.quantity(), () -> verdict(o)));
    DynamicTest summary =
        DynamicTest.dynamicTest(
            "summary: " + report.summary(),
            () -> assertTrue(report.outcomes().size() > 400, "the reference file was not read"));
    return Stream.concat(each, Stream.of(summary));
  }

  private static void verdict(Outcome o) {
    if (!o.passed()) {
      throw new AssertionFailedError(
          o.id()
              + " "
              + o.quantity()
              + ": "
              + o.detail()
              + "\n  expected "
              + o.expected()
              + "\n  actual   "
              + o.actual());
    }
  }
}
