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

  /**
   * An optional parameter.
   *
   * @param given the parameters passed to {@code create}
   * @param parameter the name
   * @return the value, or {@code null} when absent
   */
  final NDArray optional(Map<String, NDArray> given, String parameter) {
    return given.get(parameter);
  }

  /**
   * Exactly one of two alternative parameters (e.g. {@code probs} or {@code logits}).
   *
   * @param given the parameters passed to {@code create}
   * @param first the first name
   * @param second the second name
   * @return true when the first is given, false when the second is
   * @throws IllegalArgumentException when both or neither are given
   */
  final boolean either(Map<String, NDArray> given, String first, String second) {
    boolean a = given.containsKey(first);
    boolean b = given.containsKey(second);
    if (a == b) {
      throw new IllegalArgumentException(
          name
              + " takes exactly one of "
              + first
              + " or "
              + second
              + ", but got "
              + (a ? "both" : "neither"));
    }
    return a;
  }

  /**
   * A required parameter that must be one whole number (e.g. Multinomial's {@code total_count}).
   *
   * @param given the parameters passed to {@code create}
   * @param parameter the name
   * @return the number
   * @throws IllegalArgumentException when it is not a scalar whole number
   */
  final int integer(Map<String, NDArray> given, String parameter) {
    NDArray v = required(given, parameter);
    double d =
        v.getShape().size() == 1
            ? v.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).reshape(1).getDouble(0)
            : Double.NaN;
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          name
              + ": parameter "
              + parameter
              + " must be one whole number, but got an array of shape "
              + v.getShape());
    }
    return (int) d;
  }
}
