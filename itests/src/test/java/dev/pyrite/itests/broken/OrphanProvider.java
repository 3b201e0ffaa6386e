package dev.pyrite.itests.broken;

import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/**
 * A working plug-in shipped in a bundle whose activator throws: it must not stay visible once the
 * bundle failed to start. Packed into a bundle at test time by {@code HotSwapIT}; never loaded by
 * the test probe.
 */
public final class OrphanProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "Orphan";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    throw new UnsupportedOperationException("Orphan is a placeholder");
  }
}
