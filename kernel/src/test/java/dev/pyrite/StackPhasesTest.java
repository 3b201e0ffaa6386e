package dev.pyrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pyrite.internal.dist.PointMass;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The continuation phase and the default behaviour that follows the message's current type. */
class StackPhasesTest {
  @Test
  void theContinuationRunsAfterEveryPostprocess() {
    List<String> calls = new ArrayList<>();
    Handler outer =
        new Handler() {
          @Override
          public void postprocess(Message msg) {
            calls.add("postprocess outer");
          }
        };
    Handler inner =
        new Handler() {
          @Override
          public void process(Message msg) {
            msg.setContinuation(m -> calls.add("continuation " + m.name()));
          }

          @Override
          public void postprocess(Message msg) {
            calls.add("postprocess inner");
          }
        };
    try (Handler o = outer.install();
        Handler i = inner.install()) {
      Message msg = new Message(MessageType.SAMPLE, "x");
      msg.setDone(true);
      Handler.applyStack(msg);
    }
    assertEquals(List.of("postprocess outer", "postprocess inner", "continuation x"), calls);
  }

  @Test
  void aParamTurnedIntoASampleIsDrawnNotLookedUp() {
    ParamStore store = new ParamStore();
    try (Scope s = Scope.open();
        ParamStore.Use u = ParamStore.use(store)) {
      Handler lift =
          new Handler() {
            @Override
            public void process(Message msg) {
              msg.setType(MessageType.SAMPLE);
              msg.setFn(new PointMass(Backend.scalar(7)));
            }
          };
      try (Handler l = lift.install()) {
        assertEquals(7f, Pyrite.param("w", 1.0).getFloat());
      }
      assertFalse(store.contains("w"));
      assertEquals(1f, Pyrite.param("w", 1.0).getFloat());
    }
  }
}
