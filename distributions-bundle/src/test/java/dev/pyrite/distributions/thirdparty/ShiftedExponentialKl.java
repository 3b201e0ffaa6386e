package dev.pyrite.distributions.thirdparty;

import dev.pyrite.distributions.kl.KlProvider;
import dev.pyrite.distributions.kl.KlRule;
import java.util.List;

/** The third party's KL pair: the shift cancels, leaving the exponential formula. */
public final class ShiftedExponentialKl implements KlProvider {
  @Override
  public String name() {
    return "ShiftedExponential";
  }

  @Override
  public List<KlRule<?, ?>> rules() {
    return List.of(
        KlRule.of(
            ShiftedExponential.class,
            ShiftedExponential.class,
            (p, q) -> {
              var ratio = q.rate().div(p.rate());
              return ratio.log().neg().add(ratio).sub(1);
            }));
  }
}
