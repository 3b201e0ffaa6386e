package dev.pyrite.distributions.thirdparty;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.List;
import java.util.Map;

/** Publishes {@link ShiftedExponential} by name (META-INF/services of the tests). */
public final class ShiftedExponentialProvider implements DistributionProvider {
  @Override
  public String name() {
    return "ShiftedExponential";
  }

  @Override
  public List<String> parameterNames() {
    return List.of("rate");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new ShiftedExponential(parameters.get("rate"));
  }
}
