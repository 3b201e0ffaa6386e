package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.InitStrategy;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The init strategy of each chain when the user gives initial values for some sites ({@code
 * MCMC.initParams}): a given value, in the site's support, is either of the site's shape (every
 * chain starts there) or has a leading chain dim (chain {@code c} starts at row {@code c}); the
 * other sites fall back to the init strategy.
 *
 * <pre>{@code
 * IntFunction<InitStrategy> init =
 *     new ChainInitParams(Map.of("mu", muPerChain), InitStrategies.initToUniform(), 4);
 * NDArray mu0 = init.apply(2).init(site);  // muPerChain.get(2)
 * }</pre>
 */
public final class ChainInitParams implements IntFunction<InitStrategy> {
  private final Map<String, NDArray> values;
  private final InitStrategy fallback;
  private final int numChains;

  /**
   * Creates the per-chain strategies.
   *
   * @param values constrained initial values by site name
   * @param fallback the strategy for the other sites
   * @param numChains the number of chains
   */
  public ChainInitParams(Map<String, NDArray> values, InitStrategy fallback, int numChains) {
    this.values = Map.copyOf(values);
    this.fallback = fallback;
    this.numChains = numChains;
  }

  @Override
  public InitStrategy apply(int chain) {
    return site -> {
      NDArray v = values.get(site.name());
      if (v == null) {
        return fallback.init(site);
      }
      Shape shape = site.fn().shape(new Shape());
      if (v.getShape().equals(shape)) {
        return v.duplicate();
      }
      if (v.getShape().equals(new Shape(numChains).addAll(shape))) {
        return v.get(new NDIndex(chain));
      }
      throw new IllegalArgumentException(
          "initParams for site \""
              + site.name()
              + "\" has shape "
              + v.getShape()
              + "; expected the site's shape "
              + shape
              + " (all chains) or "
              + new Shape(numChains).addAll(shape)
              + " (one row per chain)");
    };
  }
}
