package dev.pyrite.distributions.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.Bijections;
import dev.pyrite.distributions.constraints.GreaterThan;
import dev.pyrite.distributions.constraints.GreaterThanEq;
import dev.pyrite.distributions.constraints.IndependentConstraint;
import dev.pyrite.distributions.constraints.Interval;
import dev.pyrite.distributions.constraints.LessThan;
import dev.pyrite.distributions.constraints.OrderedVector;
import dev.pyrite.distributions.constraints.RealConstraint;
import dev.pyrite.distributions.constraints.SoftplusPositive;
import dev.pyrite.distributions.transforms.AffineTransform;
import dev.pyrite.distributions.transforms.ComposeTransform;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.distributions.transforms.IdentityTransform;
import dev.pyrite.distributions.transforms.IndependentTransform;
import dev.pyrite.distributions.transforms.OrderedTransform;
import dev.pyrite.distributions.transforms.SigmoidTransform;
import dev.pyrite.distributions.transforms.SoftplusTransform;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.Optional;

/**
 * Pyro's {@code biject_to} (and {@code transform_to}, which agrees on these) for the scalar
 * constraints and the vector constraints built from them: {@code real}, {@code positive}, {@code
 * nonnegative}, {@code greater_than(_eq)}, {@code less_than}, {@code interval} (number or array
 * bounds), {@code softplus_positive}, {@code (positive_)ordered_vector} and {@code independent(c,
 * n)} of any constraint some provider knows.
 */
@ServiceProvider(value = BijectionProvider.class, attribute = "pyrite.name=builtin")
public final class BuiltinBijections implements BijectionProvider {
  @Override
  public String name() {
    return "builtin";
  }

  @Override
  public String description() {
    return "biject_to for real, positive, nonnegative, greater_than, less_than, interval,"
        + " softplus_positive, ordered vectors and independent constraints";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint c) {
    if (c instanceof RealConstraint) {
      return Optional.of(new IdentityTransform());
    }
    if (c instanceof GreaterThan g) {
      return Optional.of(above(g.lowerBoundArray(), g, c));
    }
    if (c instanceof GreaterThanEq g) {
      return Optional.of(above(g.lowerBoundArray(), g, c));
    }
    if (c instanceof LessThan l) {
      Transform exp = new ExpTransform();
      return Optional.of(
          l.upperBoundArray() == null
              ? new ComposeTransform(exp, new AffineTransform(l.upperBound(), -1.0, c))
              : new ComposeTransform(
                  exp,
                  new AffineTransform(
                      l.upperBoundArray(), l.upperBoundArray().onesLike().neg(), c)));
    }
    if (c instanceof Interval i) {
      return Optional.of(interval(i));
    }
    if (c instanceof SoftplusPositive) {
      return Optional.of(new SoftplusTransform());
    }
    if (c instanceof OrderedVector o) {
      Transform ordered = new OrderedTransform();
      return Optional.of(
          o.positive() ? new ComposeTransform(ordered, new ExpTransform()) : ordered);
    }
    if (c instanceof IndependentConstraint ic) {
      return independent(ic);
    }
    return Optional.empty();
  }

  private static Transform above(NDArray arrayBound, Constraint bounded, Constraint c) {
    Transform exp = new ExpTransform();
    if (arrayBound != null) {
      return new ComposeTransform(exp, new AffineTransform(arrayBound, arrayBound.onesLike(), c));
    }
    double lower =
        bounded instanceof GreaterThan g ? g.lowerBound() : ((GreaterThanEq) bounded).lowerBound();
    return lower == 0.0 && bounded instanceof GreaterThan
        ? exp
        : new ComposeTransform(exp, new AffineTransform(lower, 1.0, c));
  }

  private static Transform interval(Interval i) {
    Transform sigmoid = new SigmoidTransform();
    if (!i.hasScalarBounds()) {
      NDArray lo = i.lowerArray();
      NDArray hi = i.upperArray();
      return new ComposeTransform(sigmoid, new AffineTransform(lo, hi.sub(lo), i));
    }
    return i.lower() == 0.0 && i.upper() == 1.0
        ? sigmoid
        : new ComposeTransform(sigmoid, new AffineTransform(i.lower(), i.upper() - i.lower(), i));
  }

  private static Optional<Transform> independent(IndependentConstraint ic) {
    try {
      Transform base = Bijections.bijectTo(ic.base());
      return Optional.of(new IndependentTransform(base, ic.eventDim() - base.codomainEventDim()));
    } catch (IllegalArgumentException unknownBase) {
      return Optional.empty();
    }
  }
}
