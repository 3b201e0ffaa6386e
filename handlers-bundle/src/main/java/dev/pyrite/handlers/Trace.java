package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import dev.pyrite.Plate;
import dev.pyrite.handlers.internal.ShapeTable;
import dev.pyrite.handlers.internal.SiteShapes;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record of one run of a model: its sites in execution order, Pyro's {@code Trace}. Site
 * log-probabilities honour the site's scale (from {@code scale} handlers and subsampled plates) and
 * mask, and are computed once and cached.
 *
 * <p>With {@link #checkShapes(int)} each log-probability is validated when it is computed, as
 * Pyro's inference does with {@code check_site_shape}: it must have each enclosing plate's size at
 * the plate's dim and size 1 elsewhere within {@code maxPlateNesting} dims. A failure names the
 * site, the expected and actual shapes and the fixes, followed by the {@link #formatShapes() shape
 * table} of the trace up to that site. {@code TraceElbo} switches the check on.
 *
 * <pre>{@code
 * Trace t = Handlers.trace(model, data).checkShapes(Trace.ALL_DIMS);
 * for (Message site : t.stochasticNodes()) System.out.println(site.name());
 * NDArray lp = t.logProbSum();
 * System.out.println(t.formatShapes());
 * }</pre>
 */
public final class Trace {
  /** Checks every dim of each log-probability (Pyro's {@code max_plate_nesting = inf}). */
  public static final int ALL_DIMS = Integer.MAX_VALUE;

  private final Map<String, Message> nodes = new LinkedHashMap<>();
  private final Map<String, NDArray> logProbs = new HashMap<>();
  private int maxPlateNesting = -1;

  /**
   * Records a site. A param may be recorded again under its name (a model may read a param twice);
   * any other reuse of a name is an error.
   *
   * @param msg the site's message (recorded as is)
   * @throws IllegalArgumentException when a sample site of that name, or a site of the other type,
   *     is already recorded
   */
  public void add(Message msg) {
    Message old = nodes.get(msg.name());
    if (old != null && old.type() != msg.type()) {
      throw new IllegalArgumentException(
          "site \""
              + msg.name()
              + "\" is already in the trace as a "
              + typeName(old)
              + " site and cannot be reused as a "
              + typeName(msg)
              + " site; give the "
              + typeName(msg)
              + " another name");
    }
    if (old != null && isSubsample(msg)) {
      throw new IllegalArgumentException(
          "plate \""
              + msg.name()
              + "\" drew its subsample twice in one run; create the Plate once (new Plate(name,"
              + " size, subsampleSize, dim)) and install or iterate it where needed, so every use"
              + " shares one subsample");
    }
    if (old != null && msg.type() != MessageType.PARAM) {
      throw new IllegalArgumentException(
          "Multiple "
              + typeName(msg)
              + " sites named \""
              + msg.name()
              + "\" in one trace; site names must be unique within a run (add an index to names"
              + " created in a loop)");
    }
    nodes.put(msg.name(), msg);
  }

  private static String typeName(Message m) {
    return m.type().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Validates the shape of each log-probability computed from now on.
   *
   * @param maxPlateNesting how many rightmost dims belong to plates ({@link #ALL_DIMS} for all);
   *     dims left of them (vectorised particles, chains) are not checked
   * @return this trace
   */
  public Trace checkShapes(int maxPlateNesting) {
    if (maxPlateNesting < 0) {
      throw new IllegalArgumentException(
          "maxPlateNesting must be >= 0, got " + maxPlateNesting + "; use Trace.ALL_DIMS for all");
    }
    this.maxPlateNesting = maxPlateNesting;
    return this;
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
   * Sample sites that are observed (including factors), excluding deterministic sites and the index
   * sites of subsampled plates.
   *
   * @return the observed sites in order
   */
  public List<Message> observationNodes() {
    List<Message> out = new ArrayList<>();
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && m.isObserved() && isScored(m)) {
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
   * sample dims), validated when {@link #checkShapes} is on.
   *
   * @param name the site name
   * @return the log-probability
   * @throws IllegalArgumentException naming the site when the distribution rejects the value or the
   *     shape check fails, with the shape table of the trace so far
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
    NDArray lp;
    try {
      lp = m.fn().logProb(m.value());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      throw new IllegalArgumentException(
          "Error while computing log_prob at site \""
              + name
              + "\":\n"
              + e.getMessage()
              + "\n"
              + formatShapes(name),
          e);
    }
    lp = scaleAndMask(lp, m);
    logProbs.put(name, lp);
    if (maxPlateNesting >= 0) {
      try {
        SiteShapes.check(m, lp.getShape(), maxPlateNesting, () -> formatShapes(name));
      } catch (IllegalArgumentException e) {
        logProbs.remove(name);
        throw e;
      }
    }
    return lp;
  }

  private static NDArray scaleAndMask(NDArray lp, Message m) {
    if (m.mask() != null) {
      NDArray mask = m.mask().logicalAnd(lp.onesLike().toType(m.mask().getDataType(), false));
      lp =
          NDArrays.where(
              mask, lp.broadcast(mask.getShape()), lp.zerosLike().broadcast(mask.getShape()));
    }
    return m.scale() == 1.0 ? lp : lp.mul(m.scale());
  }

  /**
   * Computes and caches the log-probability of every {@link #isScored scored} sample site, in
   * order, validating shapes when {@link #checkShapes} is on.
   */
  public void computeLogProb() {
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && isScored(m)) {
        logProb(m.name());
      }
    }
  }

  /**
   * The sum of the log-probabilities of all {@link #isScored scored} sample sites (latent and
   * observed).
   *
   * @return a scalar
   */
  public NDArray logProbSum() {
    NDArray total = null;
    for (Message m : nodes.values()) {
      if (m.type() == MessageType.SAMPLE && isScored(m)) {
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
   * Whether a sample site contributes to the log-density: every one but deterministic sites and the
   * index sites of subsampled plates (whose log-probability is zero).
   *
   * @param m the site
   * @return true when scored
   */
  public static boolean isScored(Message m) {
    return !isDeterministic(m) && !isSubsample(m);
  }

  /**
   * Whether a site holds the indices of a subsampled plate (Pyro's {@code _Subsample} site).
   *
   * @param m the site
   * @return true for subsample sites
   */
  public static boolean isSubsample(Message m) {
    return Boolean.TRUE.equals(m.infer().get(Plate.SUBSAMPLE));
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
   * A printable table of every site's shapes, as Pyro prints on shape errors: each param's shape;
   * for each sample site its distribution's batch | event shape, its value's, and its
   * log-probability's once computed.
   *
   * <pre>{@code
   * Trace Shapes:
   *  Param Sites:
   * Sample Sites:
   *        z dist   |
   *         value   |
   *        x dist 3 |
   *         value 3 |
   * }</pre>
   *
   * @return the table
   */
  public String formatShapes() {
    return formatShapes(null);
  }

  /**
   * The shape table of the sites up to and including {@code lastSite}.
   *
   * @param lastSite the last site to show, or {@code null} for all
   * @return the table
   */
  public String formatShapes(String lastSite) {
    return ShapeTable.format(nodes.values(), logProbs::get, lastSite);
  }
}
