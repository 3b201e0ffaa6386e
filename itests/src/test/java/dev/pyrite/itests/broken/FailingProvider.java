package dev.pyrite.itests.broken;

import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/**
 * A plug-in that is found by name but throws when used. Packed into a bundle at test time by {@code
 * HotSwapIT}; never loaded by the test probe.
 */
public final class FailingProvider implements AutoGuideProvider {
  /** The message of the exception {@link #create} throws. */
  public static final String MESSAGE = "FailingProvider: broken on purpose (create)";

  @Override
  public String name() {
    return "Failing";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    throw new IllegalStateException(MESSAGE);
  }
}
