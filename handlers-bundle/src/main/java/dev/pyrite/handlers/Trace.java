package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of one run of a model: its sites in execution order, Pyro's {@code Trace}. Site
 * log-probabilities honour the site's scale (from {@code scale} handlers and subsampled plates) and
 * mask, and are computed once and cached.
 *
 * <pre>{@code
 * Trace t = Handlers.trace(model, data);
 * for (Message site : t.stochasticNodes()) System.out.println(site.name());
 * NDArray lp = t.logProbSum();
 * }</pre>
 */
public final class Trace {
  private final Map<String, Message> nodes = new LinkedHashMap<>();
  private final Map<String, NDArray> logProbs = new HashMap<>();

  /**
   * Records a site.
   *
   * @param msg the site's message (recorded as is)
   * @throws IllegalArgumentException when a site of that name is already recorded
   */
  public void add(Message msg) {
    if (nodes.containsKey(msg.name())) {
      throw new IllegalArgumentException(
          "Multiple "
              + msg.type().name().toLowerCase(java.util.Locale.ROOT)
              + " sites named \""
              + msg.name()
              + "\" in one trace; site names must be unique within a run (add an index to names"
              + " created in a loop)");
    }
    nodes.put(msg.name(), msg);
  }

  /**
   * A site by name.
   *
   * @param name the site name
   * @return its message, or {@code null}
   */
  public Message node(String name) {
    return nodes.get(name);
  }

  /**
   * Whether a site is recorded.
   *
   * @param name the site name
   * @return true when present
   */
  public boolean contains(String name) {
    return nodes.containsKey(name);
  }

  /**
   * All sites in execution order.
   *
   * @return an unmodifiable view
   */
  public Collection<Message> nodes() {
    return Collections.unmodifiableCollection(nodes.values());
  }

  /**
   * Sample sites that are latent (not observed, not deterministic).
   *
   * @return the latent sites in order
   */
  public List<Message> stochasticNodes() {
    List<Message> out = new ArrayList<>();
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && !m.isObserved()) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Sample sites that are observed (including factors), excluding deterministic sites.
   *
   * @return the observed sites in order
   */
  public List<Message> observationNodes() {
    List<Message> out = new ArrayList<>();
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && m.isObserved() && !isDeterministic(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Names of the params the run touched.
   *
   * @return param site names in order
   */
  public List<String> paramNames() {
    List<String> out = new ArrayList<>();
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.PARAM) {
        out.add(m.name());
      }
    }
    return out;
  }

  /**
   * The scaled, masked log-probability of a sample site, of shape {@code batchShape} (plus any
   * sample dims).
   *
   * @param name the site name
   * @return the log-probability
   */
  public NDArray logProb(String name) {
    NDArray cached = logProbs.get(name);
    if (cached != null) {
      return cached;
    }
    Message m = nodes.get(name);
    if (m == null || m.type() != MessageType.SAMPLE) {
      throw new IllegalArgumentException("no sample site named \"" + name + "\" in this trace");
    }
    NDArray lp = m.fn().logProb(m.value());
    if (m.mask() != null) {
      NDArray mask = m.mask().logicalAnd(lp.onesLike().toType(m.mask().getDataType(), false));
      lp =
          NDArrays.where(
              mask, lp.broadcast(mask.getShape()), lp.zerosLike().broadcast(mask.getShape()));
    }
    if (m.scale() != 1.0) {
      lp = lp.mul(m.scale());
    }
    logProbs.put(name, lp);
    return lp;
  }

  /** Computes and caches the log-probability of every sample site. */
  public void computeLogProb() {
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && !isDeterministic(m)) {
        logProb(m.name());
      }
    }
  }

  /**
   * The sum of the log-probabilities of all sample sites (latent and observed).
   *
   * @return a scalar
   */
  public NDArray logProbSum() {
    NDArray total = null;
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && !isDeterministic(m)) {
        NDArray s = logProb(m.name()).sum();
        total = total == null ? s : total.add(s);
      }
    }
    if (total == null) {
      throw new IllegalStateException("the trace has no sample sites");
    }
    return total;
  }

  /**
   * Whether a site was made by {@code deterministic}.
   *
   * @param m the site
   * @return true for deterministic sites
   */
  public static boolean isDeterministic(Message m) {
    return Boolean.TRUE.equals(m.infer().get("_deterministic"));
  }

  /**
   * A printable table of every sample site: name, distribution, batch and event shape, value shape,
   * as Pyro prints on shape errors.
   *
   * @return the table
   */
  public String formatShapes() {
    StringBuilder sb =
        new StringBuilder(
            String.format("%-24s %-14s %-14s | %s%n", "site", "dist", "batch", "event"));
    for (Message m : nodes.values()) {
      if (m.type() != MessageType.SAMPLE) {
        continue;
      }
      sb.append(
          String.format(
              "%-24s %-14s %-14s | %s%n",
              m.name(),
              m.fn() == null ? "" : m.fn().name(),
              m.fn() == null ? "" : m.fn().batchShape(),
              m.fn() == null ? "" : m.fn().eventShape()));
      sb.append(
          String.format(
              "%-24s %-14s %s%n", "", "value", m.value() == null ? "-" : m.value().getShape()));
    }
    return sb.toString();
  }
}
