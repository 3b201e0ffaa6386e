package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;

/**
 * Records every site into a {@link Trace}, Pyro's {@code poutine.trace}. Each install starts a new
 * trace.
 *
 * <pre>{@code
 * TraceHandler tr = new TraceHandler();
 * tr.run(model, data);
 * Trace t = tr.trace();
 * }</pre>
 */
public final class TraceHandler extends Handler {
  private Trace trace = new Trace();

  @Override
  protected void enter() {
    trace = new Trace();
  }

  /**
   * The trace of the last (or current) run.
   *
   * @return the trace
   */
  public Trace trace() {
    return trace;
  }

  @Override
  public void postprocess(Message msg) {
    trace.add(msg.copy());
  }
}
