package dev.pyrite.itests.support;

import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.Optional;

/** Tells {@code biject_to} how to reach a {@link Band}. */
public final class BandBijections implements BijectionProvider {
  @Override
  public String name() {
    return "band";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint constraint) {
    return constraint instanceof Band b ? Optional.of(new BandTransform(b)) : Optional.empty();
  }
}
