package dev.pyrite.handlers;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyrite.spi.Message;
import java.util.List;

/** Compares traces site by site, as Pyro's {@code assert_equal(trace, trace, prec=0)}. */
final class TraceAssertions {
  private TraceAssertions() {}

  static List<String> names(Trace t) {
    return t.nodes().stream().map(Message::name).toList();
  }

  static void assertSameTrace(Trace expected, Trace actual) {
    assertEquals(names(expected), names(actual));
    for (Message e : expected.nodes()) {
      Message a = actual.node(e.name());
      assertEquals(e.type(), a.type(), e.name());
      assertEquals(e.isObserved(), a.isObserved(), e.name());
      assertEquals(e.condIndepStack(), a.condIndepStack(), e.name());
      assertEquals(e.scale(), a.scale(), e.name());
      assertClose(a.value(), e.value(), 0, 0);
    }
  }
}
