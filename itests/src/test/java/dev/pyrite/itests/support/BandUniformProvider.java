package dev.pyrite.itests.support;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.List;
import java.util.Map;

/** Publishes {@link BandUniform} under the name {@code BandUniform}. */
public final class BandUniformProvider implements DistributionProvider {
  @Override
  public String name() {
    return "BandUniform";
  }

  @Override
  public List<String> parameterNames() {
    return List.of("low", "high");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray low = parameters.get("low");
    NDArray high = parameters.get("high");
    return new BandUniform(scalar(low), scalar(high), low);
  }

  private static double scalar(NDArray a) {
    return a.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).getDouble();
  }
}
