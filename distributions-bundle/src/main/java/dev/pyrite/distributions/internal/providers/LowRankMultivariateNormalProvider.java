package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.LowRankMultivariateNormal;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link LowRankMultivariateNormal} in the plugin registry. */
@ServiceProvider(
    value = DistributionProvider.class,
    attribute = "pyrite.name=LowRankMultivariateNormal")
public final class LowRankMultivariateNormalProvider extends FamilyProvider {
  /** Creates the provider. */
  public LowRankMultivariateNormalProvider() {
    super("LowRankMultivariateNormal", "loc", "cov_factor", "cov_diag");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new LowRankMultivariateNormal(
        required(parameters, "loc"),
        required(parameters, "cov_factor"),
        required(parameters, "cov_diag"));
  }
}
