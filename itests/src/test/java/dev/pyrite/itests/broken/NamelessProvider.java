package dev.pyrite.itests.broken;

import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/**
 * A plug-in registered without a {@code pyrite.name} service property whose {@link #name()} throws,
 * so the registry has to call it and skip it. Packed into a bundle at test time by {@code
 * HotSwapIT}; never loaded by the test probe.
 */
public final class NamelessProvider implements AutoGuideProvider {
  @Override
  public String name() {
    throw new IllegalStateException("NamelessProvider: broken on purpose (name)");
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    throw new AssertionError("unreachable");
  }
}
