package dev.pyrite.autoguide;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import dev.pyrite.Plate;
import dev.pyrite.spi.PlateFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model's vectorised plates around one latent site, re-entered by a per-site guide (Pyro's
 * {@code AutoGuide._create_plates}): each plate has the model's name, size, subsample size and
 * dimension, so the subsample indices the guide draws are replayed into the model. Full-size params
 * are cut down to this pass's subsample with {@link #subsample}.
 *
 * <pre>{@code
 * Map<String, Plate> pass = new HashMap<>();
 * try (SitePlates plates = SitePlates.enter(site, pass)) {
 *   NDArray loc = plates.subsample(param(...), site.eventDim());
 *   sample(site.name(), ...);
 * }
 * }</pre>
 */
final class SitePlates implements AutoCloseable {
  private final List<Plate> open = new ArrayList<>();

  private SitePlates() {}

  /**
   * Enters the site's vectorised plates, outermost first. A plate already in {@code pass} (entered
   * for an earlier site of the same guide run) is re-entered, so it keeps the subsample indices it
   * drew and its index site appears once in the trace.
   *
   * @param site the site
   * @param pass the plates of this guide run so far, by name (updated)
   * @return the entered plates, to close
   */
  static SitePlates enter(LatentSite site, Map<String, Plate> pass) {
    SitePlates out = new SitePlates();
    try {
      for (PlateFrame f : site.plates()) {
        Plate p =
            pass.computeIfAbsent(f.name(), n -> new Plate(n, f.size(), f.subsampleSize(), f.dim()));
        out.open.add(p.install());
      }
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
    return out;
  }

  /**
   * Selects this pass's subsample rows of a full-size value along every subsampling plate's
   * dimension.
   *
   * @param full a value of the site's full shape
   * @param eventDim the site's event dims
   * @return the value restricted to the subsample (itself without subsampling)
   */
  NDArray subsample(NDArray full, int eventDim) {
    NDArray out = full;
    for (Plate p : open) {
      if (p.indices() != null) {
        int axis = full.getShape().dimension() - eventDim + p.dim();
        out = take(out, axis, p.indices());
      }
    }
    return out;
  }

  private static NDArray take(NDArray a, int axis, NDArray indices) {
    NDArray moved = axis == 0 ? a : a.swapAxes(0, axis);
    NDArray picked = moved.get(new NDIndex("{}", indices));
    return axis == 0 ? picked : picked.swapAxes(0, axis);
  }

  /**
   * Repeats a prototype value periodically along a subsampled plate's axis up to the plate's full
   * size (Pyro's {@code periodic_repeat}).
   *
   * @param value the prototype value, of subsample size along {@code axis}
   * @param axis the axis
   * @param size the full size
   * @return the value with {@code size} entries along {@code axis}
   */
  static NDArray periodicRepeat(NDArray value, int axis, long size) {
    long have = value.getShape().get(axis);
    NDList copies = new NDList();
    for (long n = 0; n < size; n += have) {
      copies.add(value);
    }
    NDArray tiled = copies.size() == 1 ? value : NDArrays.concat(copies, axis);
    StringBuilder index = new StringBuilder();
    for (int i = 0; i < axis; i++) {
      index.append(":, ");
    }
    index.append("0:").append(size);
    return tiled.get(new NDIndex(index.toString()));
  }

  @Override
  public void close() {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }
}
