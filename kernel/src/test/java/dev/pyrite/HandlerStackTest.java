package dev.pyrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pyro's apply_stack phases and the handler-misuse errors. */
class HandlerStackTest {
  private final List<String> calls = new ArrayList<>();

  private final class Recorder extends Handler {
    private final String name;
    private final boolean stop;

    Recorder(String name, boolean stop) {
      this.name = name;
      this.stop = stop;
    }

    @Override
    public void process(Message msg) {
      calls.add("process " + name);
      if (stop) {
        msg.setStop(true);
      }
    }

    @Override
    public void postprocess(Message msg) {
      calls.add("postprocess " + name);
    }
  }

  @Test
  void processGoesTopDownAndPostprocessBottomUp() {
    try (Recorder outer = new Recorder("outer", false).install();
        Recorder inner = new Recorder("inner", false).install()) {
      HandlerStack.apply(new Message(MessageType.SAMPLE, "x"), m -> calls.add("default"));
    }
    assertEquals(
        List.of(
            "process inner", "process outer", "default", "postprocess outer", "postprocess inner"),
        calls);
  }

  @Test
  void stopHidesTheMessageFromLowerHandlers() {
    try (Recorder outer = new Recorder("outer", false).install();
        Recorder blocker = new Recorder("block", true).install()) {
      HandlerStack.apply(new Message(MessageType.SAMPLE, "x"), m -> calls.add("default"));
    }
    assertEquals(List.of("process block", "default", "postprocess block"), calls);
  }

  @Test
  void installingTwiceIsAnError() {
    Recorder r = new Recorder("r", false);
    try (Recorder installed = r.install()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, r::install);
      assertEquals(
          "handler Recorder is already installed; a handler instance can be active only once at a"
              + " time (create a new instance to nest it)",
          e.getMessage());
    }
  }

  @Test
  void closingOutOfOrderIsAnError() {
    Recorder outer = new Recorder("outer", false).install();
    Recorder inner = new Recorder("inner", false).install();
    IllegalStateException e = assertThrows(IllegalStateException.class, outer::close);
    assertEquals(
        "handler Recorder closed out of order: Recorder was installed after it and is still open;"
            + " close handlers in reverse order (use try-with-resources)",
        e.getMessage());
    inner.close();
    outer.close();
  }
}
