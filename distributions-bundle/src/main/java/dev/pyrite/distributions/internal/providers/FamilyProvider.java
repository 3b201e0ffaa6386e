package dev.pyrite.distributions.internal.providers;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.DistributionProvider;
import java.util.List;
import java.util.Map;

/** Shared parameter lookup of the built-in distribution providers. */
abstract class FamilyProvider implements DistributionProvider {
  private final String name;
  private final List<String> parameters;

  FamilyProvider(String name, String... parameters) {
    this.name = name;
    this.parameters = List.of(parameters);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> parameterNames() {
    return parameters;
  }

  /**
   * A required parameter.
   *
   * @param given the parameters passed to {@code create}
   * @param parameter the name
   * @return the value
   */
  final NDArray required(Map<String, NDArray> given, String parameter) {
    NDArray v = given.get(parameter);
    if (v == null) {
      throw new IllegalArgumentException(
          name + " needs parameter " + parameter + "; its parameters are " + parameters);
    }
    return v;
  }
}
