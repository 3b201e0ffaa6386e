package dev.pyrite.engine.jvm.internal.autograd;

/** The vector-Jacobian product of one recorded operation. */
@FunctionalInterface
public interface Backward {
  /**
   * Adds the gradient of each input to {@code inputGrads}.
   *
   * @param grad the gradient of the output, row-major
   * @param inputGrads one zeroed buffer per input that needs a gradient ({@code null} elsewhere)
   */
  void apply(double[] grad, double[][] inputGrads);
}
