package dev.pyrite.distributions.thirdparty;

import dev.pyrite.ConstraintResolver;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.Optional;

/** Registers {@link AboveTwoTransform} for {@link AboveTwo} (META-INF/services of the tests). */
public final class ThirdPartyBijections implements BijectionProvider, ConstraintResolver {
  @Override
  public String name() {
    return "third-party-test";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint constraint) {
    return constraint instanceof AboveTwo ? Optional.of(new AboveTwoTransform()) : Optional.empty();
  }

  @Override
  public Optional<Constraint> resolve(String name) {
    return name.equals("above_two") ? Optional.of(AboveTwo.INSTANCE) : Optional.empty();
  }
}
