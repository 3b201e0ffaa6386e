package dev.pyrite.distributions.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.distributions.constraints.GreaterThan;
import dev.pyrite.distributions.constraints.Interval;
import dev.pyrite.distributions.constraints.RealConstraint;
import dev.pyrite.distributions.transforms.AffineTransform;
import dev.pyrite.distributions.transforms.ComposeTransform;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.distributions.transforms.IdentityTransform;
import dev.pyrite.distributions.transforms.SigmoidTransform;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.Optional;

/** Pyro's {@code biject_to} for the built-in constraints. */
@ServiceProvider(value = BijectionProvider.class, attribute = "pyrite.name=builtin")
public final class BuiltinBijections implements BijectionProvider {
  @Override
  public String name() {
    return "builtin";
  }

  @Override
  public String description() {
    return "biject_to for real, positive, greater_than, unit_interval and interval";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint c) {
    if (c instanceof RealConstraint) {
      return Optional.of(new IdentityTransform());
    }
    if (c instanceof GreaterThan g) {
      Transform exp = new ExpTransform();
      return Optional.of(
          g.lowerBound() == 0.0
              ? exp
              : new ComposeTransform(exp, new AffineTransform(g.lowerBound(), 1.0, c)));
    }
    if (c instanceof Interval i) {
      Transform sigmoid = new SigmoidTransform();
      return Optional.of(
          i.lower() == 0.0 && i.upper() == 1.0
              ? sigmoid
              : new ComposeTransform(
                  sigmoid, new AffineTransform(i.lower(), i.upper() - i.lower(), c)));
    }
    return Optional.empty();
  }
}
