package dev.pyrite;

import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.DistributionProvider;
import dev.pyrite.spi.ElboProvider;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.InitStrategyProvider;
import dev.pyrite.spi.McmcKernelProvider;
import dev.pyrite.spi.Plugin;
import dev.pyrite.spi.ReparamProvider;

/**
 * The kinds of plug-in the registry knows, with the label users see.
 *
 * <pre>{@code
 * PluginKind.of(AutoGuideProvider.class).label(); // "autoguide"
 * }</pre>
 */
public enum PluginKind {
  /** Effect handlers. */
  HANDLER("handler", HandlerProvider.class),
  /** Distributions. */
  DISTRIBUTION("distribution", DistributionProvider.class),
  /** ELBO estimators. */
  ELBO("elbo", ElboProvider.class),
  /** MCMC kernels. */
  MCMC_KERNEL("mcmc-kernel", McmcKernelProvider.class),
  /** Autoguides. */
  AUTOGUIDE("autoguide", AutoGuideProvider.class),
  /** Reparameterizers. */
  REPARAM("reparam", ReparamProvider.class),
  /** Init strategies. */
  INIT_STRATEGY("init-strategy", InitStrategyProvider.class),
  /** Constraint bijections. */
  BIJECTION("bijection", BijectionProvider.class);

  private final String label;
  private final Class<? extends Plugin> type;

  PluginKind(String label, Class<? extends Plugin> type) {
    this.label = label;
    this.type = type;
  }

  /**
   * The label users see, e.g. {@code "autoguide"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The provider interface.
   *
   * @return the SPI type
   */
  public Class<? extends Plugin> type() {
    return type;
  }

  /**
   * The kind of a provider interface.
   *
   * @param type the SPI type
   * @return its kind
   * @throws IllegalArgumentException for a type that is no plug-in kind
   */
  public static PluginKind of(Class<?> type) {
    for (PluginKind k : values()) {
      if (k.type == type) {
        return k;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a Pyrite plug-in kind");
  }

  /**
   * The label of any provider interface: the kind's label for the built-in kinds, the interface's
   * simple name for kinds that bundles define themselves (e.g. a KL-rule provider).
   *
   * @param type the provider interface
   * @return the label
   */
  public static String labelOf(Class<?> type) {
    for (PluginKind k : values()) {
      if (k.type == type) {
        return k.label;
      }
    }
    return type.getSimpleName();
  }
}
