package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Handler;
import dev.pyrite.ParamStore;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns params into latent sample sites drawn from priors, Pyro's {@code poutine.lift}: {@code
 * param("s", ...)} behaves like {@code sample("s", prior)}. Params are matched by name; with a
 * default prior every other param is lifted too, otherwise it stays a param.
 *
 * <p>A scalar prior (empty batch and event shape) is broadcast to the param's shape as a single
 * event ({@code prior.expand(shape).toEvent(shape.dimension())}), the shape taken from the param
 * store, or from the param's initial value when the param is new. A param read twice in one run is
 * sampled once: the second read is observed at the first draw.
 *
 * <pre>{@code
 * Model<NDArray> bayesian = new LiftHandler(Map.of("s", new Exponential(0.3))).wrap(model);
 * Model<NDArray> allLifted = new LiftHandler(Map.of(), new Normal(0, 1)).wrap(model);
 * }</pre>
 */
public final class LiftHandler extends Handler {
  private static final Logger LOG = LoggerFactory.getLogger(LiftHandler.class);

  private final Map<String, Distribution> priors;
  private final Distribution defaultPrior;
  private final Map<String, NDArray> drawn = new HashMap<>();
  private final Set<String> hits = new LinkedHashSet<>();
  private final Set<String> misses = new LinkedHashSet<>();

  /**
   * Lifts the named params only.
   *
   * @param priors param name to prior
   */
  public LiftHandler(Map<String, Distribution> priors) {
    this(priors, null);
  }

  /**
   * Lifts the named params with their priors and every other param with a default prior.
   *
   * @param priors param name to prior
   * @param defaultPrior the prior of params not named, or {@code null} to keep them params
   */
  public LiftHandler(Map<String, Distribution> priors, Distribution defaultPrior) {
    this.priors = Map.copyOf(priors);
    this.defaultPrior = defaultPrior;
  }

  @Override
  protected void enter() {
    drawn.clear();
    hits.clear();
    misses.clear();
  }

  @Override
  protected void exit() {
    Set<String> unused = new LinkedHashSet<>(priors.keySet());
    unused.removeAll(hits);
    if (!unused.isEmpty()) {
      LOG.warn(
          "lift: the model has no params named {}; its params not lifted were {}", unused, misses);
    }
  }

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.PARAM || msg.isDone()) {
      return;
    }
    Distribution prior = priors.get(msg.name());
    if (prior != null) {
      hits.add(msg.name());
    } else if (defaultPrior != null) {
      prior = defaultPrior;
    } else {
      misses.add(msg.name());
      return;
    }
    msg.setType(MessageType.SAMPLE);
    msg.setFn(shaped(prior, msg));
    msg.infer().clear();
    NDArray first = drawn.get(msg.name());
    if (first != null) {
      msg.setValue(first);
      msg.setObserved(true);
      msg.setStop(true);
    } else {
      msg.setObserved(false);
    }
  }

  @Override
  public void postprocess(Message msg) {
    if (msg.type() == MessageType.SAMPLE && msg.paramInit() != null && !msg.isObserved()) {
      drawn.putIfAbsent(msg.name(), msg.value());
    }
  }

  private static Distribution shaped(Distribution prior, Message msg) {
    if (prior.batchShape().dimension() > 0 || prior.eventShape().dimension() > 0) {
      return prior;
    }
    ParamStore store = ParamStore.current();
    Shape shape =
        store.contains(msg.name())
            ? store.constrained(msg.name()).getShape()
            : msg.paramInit().get().getShape();
    return shape.dimension() == 0 ? prior : prior.expand(shape).toEvent(shape.dimension());
  }
}
