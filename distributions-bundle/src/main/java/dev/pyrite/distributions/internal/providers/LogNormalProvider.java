package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.LogNormal;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link LogNormal} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=LogNormal")
public final class LogNormalProvider extends FamilyProvider {
  /** Creates the provider. */
  public LogNormalProvider() {
    super("LogNormal", "loc", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new LogNormal(required(parameters, "loc"), required(parameters, "scale"));
  }
}
