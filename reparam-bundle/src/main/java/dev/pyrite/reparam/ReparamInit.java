package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.reparam.internal.ReparamApplication;
import dev.pyrite.spi.InitStrategy;
import java.util.Objects;

/**
 * Moves init values through reparameterizers: a value given for an original site (by {@code
 * initToValue}, MCMC {@code initParams}, or any other init strategy) lands at the same model point
 * after the site is reparameterised, because its auxiliary sites are initialised with {@link
 * dev.pyrite.spi.Reparam#transformInit} of that value.
 *
 * <p>Two ways reach it. {@link #aware(InitStrategy)} wraps a strategy so that it works under the
 * current {@code InitHandler}: asked for an auxiliary site while a {@link ReparamHandler} rewrites
 * its original site, it asks the wrapped strategy for the original site instead and returns the
 * matching auxiliary value. And {@link ReparamHandler} puts, on every auxiliary sample site it lets
 * through, an init hook under {@link #INIT_HOOK}: a {@code Function<InitStrategy, NDArray>} that an
 * init handler can call with its own strategy (it gives {@code null} for a site the reparameterizer
 * does not initialise); an init handler that honours it needs no wrapping.
 *
 * <p>Random strategies (sample, median, uniform) are asked once per rewritten site, so all the
 * auxiliary sites of one site come from one draw of the original site, and with the same seed the
 * reparameterised model starts at the same model point as the original one.
 *
 * <pre>{@code
 * Model<Void> nc = ReparamHandler.reparam(model, Map.of("theta", new LocScaleReparam(0.0)));
 * InitStrategy init = ReparamInit.aware(InitStrategies.initToValue(Map.of("theta", theta0)));
 * Trace prototype = Handlers.trace(new InitHandler(init).wrap(nc), null);
 * // prototype.node("theta").value() equals theta0; "theta_decentered" holds (theta0 - mu) / tau
 * new MCMC(new NUTS(), 1000, 500).initStrategy(init).run(nc, null);
 * }</pre>
 */
public final class ReparamInit {
  /**
   * The key of the init hook in an auxiliary site's {@code infer} map; the value is a {@code
   * java.util.function.Function<InitStrategy, NDArray>}.
   */
  public static final String INIT_HOOK = "pyrite.reparam.initHook";

  /**
   * The key, in the {@code infer} map of a site a reparameterizer rewrote, of the reparameterizer's
   * description ({@code toString}); such a site is observed and is no longer a latent site.
   */
  public static final String REWRITTEN_BY = "pyrite.reparam.rewrittenBy";

  private ReparamInit() {}

  /**
   * Wraps an init strategy so that, for an auxiliary site of a site being reparameterised, it gives
   * the value that puts the original site where {@code strategy} would put it; every other site
   * gets {@code strategy}'s own value.
   *
   * @param strategy the strategy, in the coordinates of the original model
   * @return the wrapped strategy
   */
  public static InitStrategy aware(InitStrategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    return site -> {
      ReparamApplication app = ReparamApplication.current();
      if (app != null) {
        NDArray v = app.initFor(site.name(), strategy);
        if (v != null) {
          return v;
        }
      }
      return strategy.init(site);
    };
  }
}
