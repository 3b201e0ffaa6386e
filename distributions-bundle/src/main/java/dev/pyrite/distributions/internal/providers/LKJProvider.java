package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.LKJ;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link LKJ} in the plugin registry; {@code dim} is one whole number. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=LKJ")
public final class LKJProvider extends FamilyProvider {
  /** Creates the provider. */
  public LKJProvider() {
    super("LKJ", "dim", "concentration");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new LKJ(integer(parameters, "dim"), required(parameters, "concentration"));
  }
}
