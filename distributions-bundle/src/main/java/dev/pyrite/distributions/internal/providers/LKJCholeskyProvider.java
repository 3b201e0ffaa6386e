package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.LKJCholesky;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link LKJCholesky} in the plugin registry; {@code dim} is one whole number. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=LKJCholesky")
public final class LKJCholeskyProvider extends FamilyProvider {
  /** Creates the provider. */
  public LKJCholeskyProvider() {
    super("LKJCholesky", "dim", "concentration");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new LKJCholesky(integer(parameters, "dim"), required(parameters, "concentration"));
  }
}
