package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;

/**
 * The generalised no-U-turn criterion (Betancourt 2017, appendix A.4.2), batched over chains: a
 * trajectory from {@code left} to {@code right} with summed momentum {@code rho} turns when the
 * velocity at either end points against {@code rho - (r_left + r_right) / 2}.
 *
 * <pre>{@code
 * NDArray turning = UTurn.turning(vLeft, vRight, rLeft, rRight, rho);  // boolean (chains)
 * }</pre>
 */
public final class UTurn {
  private UTurn() {}

  /**
   * Whether each chain's trajectory turns.
   *
   * @param vLeft {@code M^-1 r} at the left end {@code (chains, dim)}
   * @param vRight {@code M^-1 r} at the right end
   * @param rLeft the momentum at the left end
   * @param rRight the momentum at the right end
   * @param rho the sum of momenta over the trajectory, both ends included
   * @return booleans {@code (chains)}, in the caller's scope
   */
  public static NDArray turning(
      NDArray vLeft, NDArray vRight, NDArray rLeft, NDArray rRight, NDArray rho) {
    NDArray centred = rho.sub(rLeft.add(rRight).mul(0.5));
    int[] dim = {1};
    NDArray atLeft = vLeft.mul(centred).sum(dim).lte(0);
    NDArray atRight = vRight.mul(centred).sum(dim).lte(0);
    return atLeft.logicalOr(atRight);
  }
}
