package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Exponential;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Exponential} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Exponential")
public final class ExponentialProvider extends FamilyProvider {
  /** Creates the provider. */
  public ExponentialProvider() {
    super("Exponential", "rate");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Exponential(required(parameters, "rate"));
  }
}
