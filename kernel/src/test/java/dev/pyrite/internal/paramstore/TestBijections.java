package dev.pyrite.internal.paramstore;

import ai.djl.ndarray.NDArray;
import dev.pyrite.ConstraintResolver;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.Optional;

/**
 * The kernel tests' stand-in for the distributions bundle: {@code greater_than(b)} constraints
 * (named {@code positive} at 0) with an exp-and-shift bijection, resolvable by name, and an {@code
 * unnamed} constraint whose bijection exists but which no resolver knows.
 */
public final class TestBijections implements BijectionProvider, ConstraintResolver {
  private static final Constraint REAL = new GreaterThan(Double.NEGATIVE_INFINITY, "real");

  /** A constraint that can be used but not re-created from its name. */
  public static final Constraint UNNAMED = new GreaterThan(-7.0, "unnamed");

  @Override
  public String name() {
    return "kernel-test";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint constraint) {
    return constraint instanceof GreaterThan g ? Optional.of(new ExpShift(g)) : Optional.empty();
  }

  @Override
  public Optional<Constraint> resolve(String name) {
    if (name.equals("positive")) {
      return Optional.of(greaterThan(0.0));
    }
    if (name.startsWith("greater_than(") && name.endsWith(")")) {
      return Optional.of(
          greaterThan(Double.parseDouble(name.substring(13, name.length() - 1).trim())));
    }
    return Optional.empty();
  }

  /**
   * Values above a bound.
   *
   * @param bound the bound
   * @return the constraint
   */
  public static Constraint greaterThan(double bound) {
    return new GreaterThan(bound, bound == 0.0 ? "positive" : "greater_than(" + bound + ")");
  }

  /** Values above a bound, with a given name. */
  private record GreaterThan(double bound, String name) implements Constraint {
    @Override
    public NDArray check(NDArray value) {
      return value.gt(bound);
    }
  }

  /** {@code y = bound + exp(x)}. */
  private record ExpShift(GreaterThan codomain) implements Transform {
    @Override
    public NDArray forward(NDArray x) {
      return x.exp().add(bound(x));
    }

    @Override
    public NDArray inverse(NDArray y) {
      return y.sub(bound(y)).log();
    }

    /** The bound as an array of the dtype of {@code like}: 0-dim PyTorch tensors promote. */
    private NDArray bound(NDArray like) {
      return like.getManager().create(codomain.bound()).toType(like.getDataType(), false);
    }

    @Override
    public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
      return x;
    }

    @Override
    public Constraint domain() {
      return REAL;
    }
  }
}
