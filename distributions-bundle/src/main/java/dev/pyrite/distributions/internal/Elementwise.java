package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.Distributions;

/**
 * Applies a double-precision Java function elementwise to broadcast arrays and returns the result
 * in the dtype and on the manager of the first one. For quantities torch does not define and that
 * need no gradients (cdf/icdf of the gamma and beta families): the values are read back once.
 *
 * <pre>{@code
 * NDArray cdf = Elementwise.map(v -> SpecialFunctions.gammaP(v[0], v[1]), concentration, x);
 * }</pre>
 */
public final class Elementwise {
  private Elementwise() {}

  /** A function of one value per argument. */
  @FunctionalInterface
  public interface Function {
    /**
     * Evaluates the function.
     *
     * @param args one value per argument array
     * @return the result
     */
    double apply(double[] args);
  }

  /**
   * Evaluates {@code f} at every index of the broadcast of {@code args}.
   *
   * @param f the function
   * @param args the arguments, broadcast together
   * @return the results, of the broadcast shape
   */
  public static NDArray map(Function f, NDArray... args) {
    Shape[] shapes = new Shape[args.length];
    for (int i = 0; i < args.length; i++) {
      shapes[i] = args[i].getShape();
    }
    Shape s = Distributions.broadcastShapes("elementwise", shapes);
    double[][] values = new double[args.length][];
    for (int i = 0; i < args.length; i++) {
      values[i] =
          args[i].stopGradient().broadcast(s).toType(DataType.FLOAT64, false).toDoubleArray();
    }
    int n = (int) s.size();
    double[] out = new double[n];
    double[] point = new double[args.length];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < args.length; i++) {
        point[i] = values[i][j];
      }
      out[j] = f.apply(point);
    }
    NDArray result = args[0].getManager().create(out, s);
    return result.getDataType() == args[0].getDataType()
        ? result
        : result.toType(args[0].getDataType(), false);
  }
}
