package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Dirichlet;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Dirichlet} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Dirichlet")
public final class DirichletProvider extends FamilyProvider {
  /** Creates the provider. */
  public DirichletProvider() {
    super("Dirichlet", "concentration");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Dirichlet(required(parameters, "concentration"));
  }
}
