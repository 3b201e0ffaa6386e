package dev.pyrite.distributions.kl;

import dev.pyrite.spi.Plugin;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes KL rules. Declare an implementation once with {@code @ServiceProvider(value =
 * KlProvider.class, attribute = "pyrite.name=MyPairs")}; {@link KL} finds it.
 *
 * <pre>{@code
 * @ServiceProvider(value = KlProvider.class, attribute = "pyrite.name=MyPairs")
 * public final class MyPairs implements KlProvider {
 *   public String name() { return "MyPairs"; }
 *   public List<KlRule<?, ?>> rules() {
 *     return List.of(KlRule.of(MyDist.class, MyDist.class, (p, q) -> ...));
 *   }
 * }
 * }</pre>
 */
@ConsumerType
public interface KlProvider extends Plugin {
  /**
   * The rules this provider contributes.
   *
   * @return the rules
   */
  List<KlRule<?, ?>> rules();
}
