package dev.pyrite.distributions.kl;

import ai.djl.ndarray.NDArray;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Pyro's {@code kl_divergence}: dispatches a pair of distributions to the most specific {@link
 * KlRule} of the registered {@link KlProvider}s. Third-party rules come first, so a provider can
 * override a built-in pair.
 *
 * <pre>{@code
 * NDArray kl = KL.divergence(guideDist, priorDist); // shape: the broadcast batch shape
 * }</pre>
 */
public final class KL {
  private KL() {}

  /**
   * {@code KL(p || q)}.
   *
   * @param p the first distribution
   * @param q the second distribution
   * @return the divergence, of the broadcast batch shape of {@code p} and {@code q}
   * @throws UnsupportedOperationException when no rule covers the pair
   */
  public static NDArray divergence(Distribution p, Distribution q) {
    KlRule<?, ?> best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<KlRule<?, ?>> rules = rules();
    for (KlRule<?, ?> r : rules) {
      if (r.matches(p, q)) {
        int d = r.distance(p, q);
        if (d < bestDistance) {
          best = r;
          bestDistance = d;
        }
      }
    }
    if (best == null) {
      throw new UnsupportedOperationException(
          "KL: no rule for KL("
              + p.getClass().getSimpleName()
              + " || "
              + q.getClass().getSimpleName()
              + "); registered pairs: "
              + rules.stream()
                  .map(r -> r.p().getSimpleName() + "||" + r.q().getSimpleName())
                  .distinct()
                  .collect(Collectors.joining(", "))
              + ". Add the pair with a KlProvider");
    }
    return best.apply(p, q);
  }

  /**
   * Every registered rule: third-party providers' first, then this bundle's, so that a third party
   * can override a built-in pair of equal specificity.
   *
   * @return the rules
   */
  public static List<KlRule<?, ?>> rules() {
    Map<Class<?>, KlProvider> providers = new LinkedHashMap<>();
    for (KlProvider p : registered()) {
      if (!isBuiltin(p)) {
        providers.putIfAbsent(p.getClass(), p);
      }
    }
    for (KlProvider p : Builtin.PROVIDERS) {
      providers.putIfAbsent(p.getClass(), p);
    }
    List<KlRule<?, ?>> out = new ArrayList<>();
    providers.values().forEach(p -> out.addAll(p.rules()));
    return out;
  }

  private static boolean isBuiltin(KlProvider p) {
    return p.getClass().getName().startsWith("dev.pyrite.distributions.");
  }

  /** This bundle's own providers, found once through its class loader (works inside OSGi too). */
  private static final class Builtin {
    static final List<KlProvider> PROVIDERS = load();

    private static List<KlProvider> load() {
      List<KlProvider> out = new ArrayList<>();
      for (KlProvider p : ServiceLoader.load(KlProvider.class, KL.class.getClassLoader())) {
        if (isBuiltin(p)) {
          out.add(p);
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * The providers the plug-in registry knows: third parties' bundles inside OSGi, or the class path
   * in embedded mode.
   */
  private static List<KlProvider> registered() {
    return PluginRegistry.get().all(KlProvider.class);
  }
}
