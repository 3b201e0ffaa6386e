package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.IndependentConstraint;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The template every distribution extends: fixed batch and event shapes, {@code expand}, {@code
 * toEvent}, {@code mask}, and parameter and support validation with messages that name the
 * distribution, parameter, value and constraint.
 *
 * <p>To implement a family: pass the broadcast batch shape to the constructor, {@link
 * #validate(String, NDArray, Constraint) validate} each parameter, implement {@link #rsample} (or
 * {@link #sample}), {@link #logProb}, {@link #support} and {@link #expand}.
 *
 * <pre>{@code
 * public final class Exponential extends AbstractDistribution {
 *   public Exponential(NDArray rate) {
 *     super(rate.getShape(), new Shape());
 *     this.rate = validate("rate", rate, Constraints.positive());
 *   }
 *   ...
 * }
 * }</pre>
 */
public abstract class AbstractDistribution implements Distribution {
  private final Shape batchShape;
  private final Shape eventShape;

  /**
   * Sets the shapes.
   *
   * @param batchShape the batch shape
   * @param eventShape the event shape
   */
  protected AbstractDistribution(Shape batchShape, Shape eventShape) {
    this.batchShape = batchShape;
    this.eventShape = eventShape;
  }

  @Override
  public final Shape batchShape() {
    return batchShape;
  }

  @Override
  public final Shape eventShape() {
    return eventShape;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return rsample(sampleShape).stopGradient();
  }

  @Override
  public Distribution toEvent(int reinterpretedBatchNdims) {
    if (reinterpretedBatchNdims == 0) {
      return this;
    }
    return new Independent(this, reinterpretedBatchNdims);
  }

  @Override
  public Distribution mask(NDArray mask) {
    return new MaskedDistribution(this, mask);
  }

  /**
   * Checks that a new batch shape is a broadcast of this one.
   *
   * @param newBatchShape the requested batch shape
   * @return the same shape
   * @throws IllegalArgumentException naming both shapes
   */
  protected Shape checkExpand(Shape newBatchShape) {
    Shape b = Distributions.broadcastShapes(name(), batchShape, newBatchShape);
    if (!b.equals(newBatchShape)) {
      throw new IllegalArgumentException(
          name()
              + ": cannot expand batch shape "
              + batchShape
              + " to "
              + newBatchShape
              + "; each dimension must be equal or 1 in the original");
    }
    return newBatchShape;
  }

  /**
   * Validates a parameter against a constraint (when validation is on).
   *
   * @param parameter the parameter name
   * @param value its value
   * @param constraint the constraint it must satisfy
   * @return the value
   * @throws IllegalArgumentException naming distribution, parameter, value and constraint
   */
  protected NDArray validate(String parameter, NDArray value, Constraint constraint) {
    if (Distributions.isValidation()
        && !constraint.check(value.stopGradient()).all().getBoolean()) {
      throw new IllegalArgumentException(
          name()
              + ": parameter "
              + parameter
              + " must satisfy the constraint "
              + constraint.name()
              + ", but found invalid values: "
              + offending(value, constraint)
              + " (shape "
              + value.getShape()
              + ")");
    }
    return value;
  }

  /**
   * Validates that values lie in the support (when validation is on).
   *
   * @param value the values passed to {@code logProb}
   * @throws IllegalArgumentException naming the distribution and support
   */
  protected void validateSample(NDArray value) {
    if (!Distributions.isValidation()) {
      return;
    }
    Constraint support = support();
    NDArray ok = support.check(value.stopGradient());
    if (!ok.all().getBoolean()) {
      throw new IllegalArgumentException(
          name()
              + ": the value argument must be within the support "
              + support.name()
              + ", but found invalid values: "
              + offending(value, support));
    }
  }

  private static String offending(NDArray value, Constraint c) {
    NDArray v = value.stopGradient();
    Constraint elementwise = c instanceof IndependentConstraint ic ? ic.base() : c;
    NDArray bad = elementwise.check(v).logicalNot();
    for (int i = bad.getShape().dimension(); i < v.getShape().dimension(); i++) {
      bad = bad.expandDims(i);
    }
    NDArray picked = v.reshape(-1).booleanMask(bad.broadcast(v.getShape()).reshape(-1));
    double[] vals = picked.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).toDoubleArray();
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < Math.min(vals.length, 5); i++) {
      sb.append(i == 0 ? "" : ", ").append(vals[i]);
    }
    return sb.append(vals.length > 5 ? ", ...]" : "]").toString();
  }

  @Override
  public String toString() {
    return name() + "(batch_shape=" + batchShape + ", event_shape=" + eventShape + ")";
  }
}
