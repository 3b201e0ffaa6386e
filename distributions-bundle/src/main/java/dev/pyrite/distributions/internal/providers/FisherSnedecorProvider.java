package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.FisherSnedecor;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link FisherSnedecor} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=FisherSnedecor")
public final class FisherSnedecorProvider extends FamilyProvider {
  /** Creates the provider. */
  public FisherSnedecorProvider() {
    super("FisherSnedecor", "df1", "df2");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new FisherSnedecor(required(parameters, "df1"), required(parameters, "df2"));
  }
}
