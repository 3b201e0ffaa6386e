package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.StudentT;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link StudentT} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=StudentT")
public final class StudentTProvider extends FamilyProvider {
  /** Creates the provider. */
  public StudentTProvider() {
    super("StudentT", "df", "loc", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new StudentT(
        required(parameters, "df"), required(parameters, "loc"), required(parameters, "scale"));
  }
}
