package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A distribution family found by name, so that run specs and shells can build distributions.
 *
 * <pre>{@code
 * Distribution d = registry.find(DistributionProvider.class, "Normal")
 *     .create(Map.of("loc", zero, "scale", one));
 * }</pre>
 */
@ConsumerType
public interface DistributionProvider extends Plugin {
  /**
   * The parameter names the family takes, in constructor order.
   *
   * @return the parameter names
   */
  List<String> parameterNames();

  /**
   * Builds a distribution of the family.
   *
   * @param parameters the parameters by name
   * @return the distribution
   * @throws IllegalArgumentException naming the missing or invalid parameter
   */
  Distribution create(Map<String, NDArray> parameters);
}
