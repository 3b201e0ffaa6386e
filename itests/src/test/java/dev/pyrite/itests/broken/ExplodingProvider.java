package dev.pyrite.itests.broken;

import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/**
 * A plug-in whose constructor throws, so the service loader mediator's service factory fails.
 * Packed into a bundle at test time by {@code HotSwapIT}; never loaded by the test probe.
 */
public final class ExplodingProvider implements AutoGuideProvider {
  /** Always throws. */
  public ExplodingProvider() {
    throw new IllegalStateException("ExplodingProvider: broken on purpose (constructor)");
  }

  @Override
  public String name() {
    return "Exploding";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    throw new AssertionError("unreachable");
  }
}
