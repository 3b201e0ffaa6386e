package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intervenes on sample sites, Pyro's {@code poutine.do}: the model continues with the given value
 * as if it were hard-coded, and a fresh site of the same name, whose value is not used, keeps the
 * site's distribution (a single-world intervention graph).
 *
 * <p>At an intervened site {@code "z"} the handler splits the message: a fresh copy named {@code
 * "z"} goes through the whole handler stack (it is sampled, conditioned or replayed and recorded as
 * usual), then the original message is renamed {@code "z__CF"}, observed at the intervention and
 * stopped, so handlers installed before (outside) {@code do} never see it. Composed with {@code
 * condition} it answers counterfactual queries, in either order.
 *
 * <pre>{@code
 * Model<Void> intervened = new DoHandler(Map.of("z", one)).wrap(model);
 * Trace t = Handlers.trace(intervened, null);
 * // downstream sites saw z = 1; t.node("z") holds a draw from z's distribution
 * }</pre>
 */
public final class DoHandler extends Handler {
  /** Suffix of the renamed, intervened message. */
  public static final String SUFFIX = "__CF";

  private static final String INTERVENER = "_intervener_id";
  private static final AtomicLong IDS = new AtomicLong();
  private static final Logger LOG = LoggerFactory.getLogger(DoHandler.class);

  private final Map<String, NDArray> data;
  private final String id = "do#" + IDS.incrementAndGet();

  /**
   * Creates the handler.
   *
   * @param data site name to intervention value
   */
  public DoHandler(Map<String, NDArray> data) {
    this.data = Map.copyOf(data);
  }

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE || id.equals(msg.infer().get(INTERVENER))) {
      return;
    }
    NDArray intervention = data.get(msg.name());
    if (intervention == null) {
      return;
    }
    if (msg.infer().get(INTERVENER) != null) {
      LOG.warn(
          "intervening on site \"{}\" a second time (nested do handlers); this is almost certainly"
              + " not intended",
          msg.name());
    }
    msg.infer().put(INTERVENER, id);
    applyStack(freshCopy(msg));
    msg.setName(msg.name() + SUFFIX);
    msg.setValue(intervention);
    msg.setObserved(true);
    msg.setStop(true);
  }

  /** The site as its primitive built it, so plates and scales apply to it once. */
  private static Message freshCopy(Message msg) {
    Message fresh = msg.copy();
    fresh.condIndepStack().clear();
    fresh.setScale(1.0);
    fresh.setMask(null);
    fresh.setStop(false);
    fresh.setContinuation(null);
    return fresh;
  }
}
