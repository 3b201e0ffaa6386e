package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import dev.pyrite.distributions.Delta;
import dev.pyrite.reparam.internal.AuxSites;
import dev.pyrite.reparam.internal.EventDims;
import dev.pyrite.reparam.internal.SplitPiece;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a site along one event dim into pieces, each its own latent site, Pyro's {@code
 * SplitReparam}: for {@code sections = [s_0, s_1, ...]} the pieces are {@code "{name}_split_0"},
 * {@code "{name}_split_1"}, ... with the site's batch shape and event shapes that differ from the
 * site's only along {@code dim} ({@code s_i}); each carries a flat (improper) density on the site's
 * support, and the site becomes an observed point mass at the concatenation whose density is the
 * original distribution's log-density there, so the model's density is unchanged. Typical use: give
 * different pieces of one vector different guides ({@code AutoGuideList}) or different
 * reparameterizers.
 *
 * <p>{@code dim} must be an event dim of the site (declare it with {@code toEvent}), the sections
 * must add up to the site's size along it, and the support must be elementwise (real, positive,
 * interval, ...; not simplex or Cholesky factors, whose pieces have no support of their own).
 * Drawing a piece without a guide draws the whole site from its distribution once and slices it, so
 * the model still simulates the original one. Observed sites are left alone.
 *
 * <pre>{@code
 * Model<Void> model = v -> sample("w", new Normal(zeros5, 1).toEvent(1));
 * Reparam split = new SplitReparam(new int[] {2, 3}, -1);
 * Model<Void> pieces = ReparamHandler.reparam(model, Map.of("w", split));
 * // trace: "w_split_0" (event (2)), "w_split_1" (event (3)), "w" = concat (observed Delta)
 * }</pre>
 */
public final class SplitReparam implements Reparam {
  private static final String NAME = "SplitReparam";
  private final int[] sections;
  private final int dim;

  /**
   * Creates the reparameterizer.
   *
   * @param sections the sizes of the pieces along {@code dim}, each at least 1
   * @param dim the negative event dim to split along
   * @throws IllegalArgumentException when a section is below 1 or {@code dim} is not negative
   */
  public SplitReparam(int[] sections, int dim) {
    check(sections, dim);
    this.sections = sections.clone();
    this.dim = dim;
  }

  /**
   * Creates the reparameterizer from plug-in options.
   *
   * @param options the options
   * @return the reparameterizer
   */
  public static SplitReparam of(SplitOptions options) {
    if (options == null) {
      throw new IllegalArgumentException(
          NAME + ": options with sections are required, e.g. {\"sections\": [2, 3]}");
    }
    int[] s = options.sections().stream().mapToInt(Integer::intValue).toArray();
    return new SplitReparam(s, options.dimOrDefault());
  }

  static void check(int[] sections, int dim) {
    if (sections == null || sections.length == 0) {
      throw new IllegalArgumentException(NAME + ": sections must list at least one size");
    }
    for (int s : sections) {
      if (s < 1) {
        throw new IllegalArgumentException(
            NAME + ": every section must be at least 1, got " + Arrays.toString(sections));
      }
    }
    if (dim >= 0) {
      throw new IllegalArgumentException(
          NAME + ": dim must be a negative event dim (e.g. -1), got " + dim);
    }
  }

  /**
   * The sizes of the pieces.
   *
   * @return a copy of the sections
   */
  public int[] sections() {
    return sections.clone();
  }

  /**
   * The dim it splits along.
   *
   * @return a negative dim
   */
  public int dim() {
    return dim;
  }

  @Override
  public ReparamResult apply(ReparamMessage msg) {
    if (msg.isObserved()) {
      return new ReparamResult(msg.fn(), msg.value(), true);
    }
    Distribution fn = msg.fn();
    checkSite(msg.name(), fn);
    SplitPiece.Shared shared = new SplitPiece.Shared(fn);
    NDList pieces = new NDList();
    long start = 0;
    for (int i = 0; i < sections.length; i++) {
      SplitPiece piece = new SplitPiece(shared, dim, start, sections[i]);
      NDArray preset = msg.value() == null ? null : piece.slice(msg.value());
      pieces.add(AuxSites.sample(pieceName(msg.name(), i), piece, preset));
      start += sections[i];
    }
    NDArray value = NDArrays.concat(pieces, pieces.get(0).getShape().dimension() + dim);
    int eventDim = fn.eventShape().dimension();
    return new ReparamResult(new Delta(value, fn.logProb(value), eventDim), value, true);
  }

  /**
   * Splits an init value into the pieces' init values.
   *
   * @param name the original site name
   * @param fn the original distribution
   * @param value the init value
   * @return {@code "{name}_split_i"} to the i-th slice, in order
   * @throws IllegalArgumentException when the site cannot be split as configured
   */
  @Override
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    checkSite(name, fn);
    Map<String, NDArray> out = new LinkedHashMap<>();
    long start = 0;
    for (int i = 0; i < sections.length; i++) {
      out.put(pieceName(name, i), SplitPiece.slice(value, dim, start, sections[i]));
      start += sections[i];
    }
    return out;
  }

  private void checkSite(String name, Distribution fn) {
    int size = EventDims.sizeAlong(NAME, name, fn, dim);
    int total = Arrays.stream(sections).sum();
    if (total != size) {
      throw new IllegalArgumentException(
          NAME
              + " cannot split site \""
              + name
              + "\": the sections "
              + Arrays.toString(sections)
              + " add up to "
              + total
              + ", but the site has size "
              + size
              + " along dim "
              + dim
              + " (event shape "
              + fn.eventShape()
              + "); make the sections add up to "
              + size);
    }
    if (EventDims.elementwise(fn.support()).eventDim() != 0) {
      throw new IllegalArgumentException(
          NAME
              + " cannot split site \""
              + name
              + "\": its support "
              + fn.support().name()
              + " constrains whole events, so its pieces have no support of their own; split an"
              + " unconstrained variable instead");
    }
  }

  private static String pieceName(String name, int i) {
    return name + "_split_" + i;
  }

  @Override
  public String toString() {
    return NAME + "(sections=" + Arrays.toString(sections) + ", dim=" + dim + ")";
  }
}
