package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Chi2;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Chi2} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Chi2")
public final class Chi2Provider extends FamilyProvider {
  /** Creates the provider. */
  public Chi2Provider() {
    super("Chi2", "df");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Chi2(required(parameters, "df"));
  }
}
