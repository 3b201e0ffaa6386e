package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The typed message that a primitive builds and sends through the handler stack, Pyro's {@code
 * Message}.
 *
 * <p>Handlers read and change it in {@link Messenger#process} (top of the stack first) and {@link
 * Messenger#postprocess} (bottom first). Every field is documented on its accessor.
 *
 * <pre>{@code
 * public void process(Message msg) {
 *   if (msg.type() == MessageType.SAMPLE && data.containsKey(msg.name())) {
 *     msg.setValue(data.get(msg.name()));
 *     msg.setObserved(true);
 *   }
 * }
 * }</pre>
 */
public final class Message {
  private MessageType type;
  private String name;
  private Distribution fn;
  private NDArray value;
  private boolean observed;
  private double scale = 1.0;
  private NDArray mask;
  private final List<PlateFrame> condIndepStack = new ArrayList<>();
  private final Map<String, Object> infer = new LinkedHashMap<>();
  private boolean done;
  private boolean stop;
  private Supplier<NDArray> paramInit;
  private Constraint constraint;
  private int eventDim;
  private Consumer<Message> continuation;

  /**
   * Creates a message.
   *
   * @param type what built it
   * @param name the site name
   */
  public Message(MessageType type, String name) {
    this.type = type;
    this.name = name;
  }

  /**
   * What built the message.
   *
   * @return sample or param
   */
  public MessageType type() {
    return type;
  }

  /**
   * Changes what the message is treated as, Pyro's {@code msg["type"] = ...}: {@code lift} turns a
   * param into a sample site. The default behaviour follows the type at the time it runs.
   *
   * @param type the new type
   */
  public void setType(MessageType type) {
    this.type = type;
  }

  /**
   * The site name, unique within one trace.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Renames the site, Pyro's {@code msg["name"] = ...}: {@code do} renames the intervened site to
   * {@code name + "__CF"} after splitting off a fresh copy under the original name.
   *
   * @param name the new name
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The site's distribution (sample sites), {@code null} for params.
   *
   * @return the distribution
   */
  public Distribution fn() {
    return fn;
  }

  /**
   * Replaces the site's distribution.
   *
   * @param fn the new distribution
   */
  public void setFn(Distribution fn) {
    this.fn = fn;
  }

  /**
   * The value of the site: the draw, the observation, or the constrained param.
   *
   * @return the value, {@code null} until a handler or the default behaviour sets it
   */
  public NDArray value() {
    return value;
  }

  /**
   * Sets the value of the site.
   *
   * @param value the value
   */
  public void setValue(NDArray value) {
    this.value = value;
  }

  /**
   * Whether the value is observed data rather than a latent draw.
   *
   * @return true for observed sites
   */
  public boolean isObserved() {
    return observed;
  }

  /**
   * Marks the site observed or latent.
   *
   * @param observed true for observed sites
   */
  public void setObserved(boolean observed) {
    this.observed = observed;
  }

  /**
   * The factor applied to this site's log-probability (by {@code scale} handlers and subsampled
   * plates).
   *
   * @return the scale, 1 by default
   */
  public double scale() {
    return scale;
  }

  /**
   * Sets the log-probability scale.
   *
   * @param scale the new scale
   */
  public void setScale(double scale) {
    this.scale = scale;
  }

  /**
   * A boolean mask broadcastable to the site's batch shape: log-probability terms where it is false
   * are dropped.
   *
   * @return the mask, {@code null} for none
   */
  public NDArray mask() {
    return mask;
  }

  /**
   * Sets the mask.
   *
   * @param mask the mask, or {@code null}
   */
  public void setMask(NDArray mask) {
    this.mask = mask;
  }

  /**
   * The plates this site sits in, innermost last.
   *
   * @return the live, modifiable frame list
   */
  public List<PlateFrame> condIndepStack() {
    return condIndepStack;
  }

  /**
   * Inference hints ({@code "enumerate"}, {@code "is_auxiliary"}, ...), Pyro's {@code infer} dict.
   *
   * @return the live, modifiable map
   */
  public Map<String, Object> infer() {
    return infer;
  }

  /**
   * Whether a handler already computed the value, so the default behaviour is skipped.
   *
   * @return true when done
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Marks the message done.
   *
   * @param done true to skip the default behaviour
   */
  public void setDone(boolean done) {
    this.done = done;
  }

  /**
   * Whether handlers further down the stack are skipped in the process phase (set by {@code
   * block}).
   *
   * @return true when stopped
   */
  public boolean isStop() {
    return stop;
  }

  /**
   * Stops or resumes the process phase below the current handler.
   *
   * @param stop true to stop
   */
  public void setStop(boolean stop) {
    this.stop = stop;
  }

  /**
   * For params: computes the initial constrained value, called once when the param is new.
   *
   * @return the initialiser, {@code null} for sample sites
   */
  public Supplier<NDArray> paramInit() {
    return paramInit;
  }

  /**
   * Sets the param initialiser.
   *
   * @param paramInit the initialiser
   */
  public void setParamInit(Supplier<NDArray> paramInit) {
    this.paramInit = paramInit;
  }

  /**
   * For params: the constraint of the constrained value.
   *
   * @return the constraint, {@code null} for sample sites
   */
  public Constraint constraint() {
    return constraint;
  }

  /**
   * Sets the param constraint.
   *
   * @param constraint the constraint
   */
  public void setConstraint(Constraint constraint) {
    this.constraint = constraint;
  }

  /**
   * For params: how many rightmost dimensions form one event of the constraint.
   *
   * @return the event dimension, 0 by default
   */
  public int eventDim() {
    return eventDim;
  }

  /**
   * Sets the param event dimension.
   *
   * @param eventDim the event dimension
   */
  public void setEventDim(int eventDim) {
    this.eventDim = eventDim;
  }

  /**
   * What runs after the postprocess phase, Pyro's {@code continuation}: {@code escape} uses it to
   * leave the model once every handler has seen the site.
   *
   * @return the continuation, {@code null} for none
   */
  public Consumer<Message> continuation() {
    return continuation;
  }

  /**
   * Sets the continuation.
   *
   * @param continuation called with the message after postprocess, or {@code null}
   */
  public void setContinuation(Consumer<Message> continuation) {
    this.continuation = continuation;
  }

  /**
   * A copy for recording in a trace: same references, own frame list and infer map.
   *
   * @return the copy
   */
  public Message copy() {
    Message m = new Message(type, name);
    m.fn = fn;
    m.value = value;
    m.observed = observed;
    m.scale = scale;
    m.mask = mask;
    m.condIndepStack.addAll(condIndepStack);
    m.infer.putAll(infer);
    m.done = done;
    m.stop = stop;
    m.paramInit = paramInit;
    m.constraint = constraint;
    m.eventDim = eventDim;
    m.continuation = continuation;
    return m;
  }

  /**
   * The plates as an unmodifiable view.
   *
   * @return the frames, innermost last
   */
  public List<PlateFrame> frames() {
    return Collections.unmodifiableList(condIndepStack);
  }

  @Override
  public String toString() {
    return type + " site \"" + name + "\"" + (observed ? " (observed)" : "");
  }
}
