package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.ZeroInflatedPoisson;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link ZeroInflatedPoisson} in the plugin registry; takes {@code rate} and {@code gate}
 * or {@code gate_logits}.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=ZeroInflatedPoisson")
public final class ZeroInflatedPoissonProvider extends FamilyProvider {
  /** Creates the provider. */
  public ZeroInflatedPoissonProvider() {
    super("ZeroInflatedPoisson", "rate", "gate", "gate_logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray rate = required(parameters, "rate");
    return either(parameters, "gate", "gate_logits")
        ? new ZeroInflatedPoisson(rate, required(parameters, "gate"))
        : ZeroInflatedPoisson.withGateLogits(rate, required(parameters, "gate_logits"));
  }
}
