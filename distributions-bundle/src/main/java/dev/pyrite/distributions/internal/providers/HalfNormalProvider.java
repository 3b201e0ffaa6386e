package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.HalfNormal;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link HalfNormal} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=HalfNormal")
public final class HalfNormalProvider extends FamilyProvider {
  /** Creates the provider. */
  public HalfNormalProvider() {
    super("HalfNormal", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new HalfNormal(required(parameters, "scale"));
  }
}
