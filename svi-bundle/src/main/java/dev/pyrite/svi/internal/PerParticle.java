package dev.pyrite.svi.internal;

import ai.djl.ndarray.NDArray;

/** Sums a site's log-probability over every dim except the particle dim. */
public final class PerParticle {
  private PerParticle() {}

  /**
   * Reduces {@code lp} to one value per particle.
   *
   * @param lp a site log-probability whose particle dim sits {@code depth} dims from the right
   * @param depth {@code maxPlateNesting + 1}
   * @return shape {@code (particles)}, or a scalar when the site has no particle dim
   */
  public static NDArray sum(NDArray lp, int depth) {
    int nd = lp.getShape().dimension();
    if (nd < depth) {
      return lp.sum();
    }
    int axis = nd - depth;
    int[] others = new int[nd - 1];
    for (int i = 0, j = 0; i < nd; i++) {
      if (i != axis) {
        others[j++] = i;
      }
    }
    return others.length == 0 ? lp : lp.sum(others);
  }
}
