package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Handler;
import dev.pyrite.reparam.internal.ReparamApplication;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Applies reparameterizers to sample sites, Pyro's {@code poutine.reparam} ({@code
 * ReparamMessenger}).
 *
 * <p>For every sample site that no handler has completed yet, the handler asks its configuration
 * for a {@link Reparam} (a map from site names, or a strategy function; {@code null} leaves the
 * site alone), calls {@link Reparam#apply} at the site, inside the site's plates, and replaces the
 * site's distribution, value and observed flag with the result. The auxiliary sites a
 * reparameterizer creates pass through the rest of the stack as ordinary sites (traced, replayed,
 * conditioned), but not through this handler again, so a strategy that matches every site cannot
 * recurse forever; to reparameterise an auxiliary site, wrap the model in a second {@code
 * ReparamHandler}.
 *
 * <p>Init values: each latent auxiliary site gets, in its {@code infer} map under {@link
 * ReparamInit#INIT_HOOK}, a hook that maps an init strategy to the site's value that puts the
 * original site where the strategy would put it ({@link Reparam#transformInit}); a site the handler
 * rewrote is marked under {@link ReparamInit#REWRITTEN_BY}. {@link ReparamInit#aware} makes any
 * init strategy follow the same rule.
 *
 * <pre>{@code
 * Model<Void> nonCentred = ReparamHandler.reparam(model, Map.of("theta", new LocScaleReparam(0.0)));
 * Trace t = Handlers.trace(nonCentred, null);   // has "theta_decentered" ~ Normal(0, 1)
 *
 * // a strategy: decenter every latent Normal site
 * try (ReparamHandler h = new ReparamHandler(
 *     msg -> msg.fn() instanceof Normal ? new LocScaleReparam(0.0) : null).install()) {
 *   model.run(null);
 * }
 * }</pre>
 */
public final class ReparamHandler extends Handler {
  private final Function<? super Message, ? extends Reparam> strategy;
  private final ThreadLocal<int[]> applying = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * A handler configured by site name.
   *
   * @param config site name to reparameterizer; sites not in the map are left alone
   */
  public ReparamHandler(Map<String, ? extends Reparam> config) {
    Map<String, ? extends Reparam> copy = Map.copyOf(Objects.requireNonNull(config, "config"));
    this.strategy = msg -> copy.get(msg.name());
  }

  /**
   * A handler configured by a strategy, Pyro's callable {@code config}.
   *
   * @param strategy maps a sample site to its reparameterizer, or to {@code null} to leave it alone
   */
  public ReparamHandler(Function<? super Message, ? extends Reparam> strategy) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
  }

  /**
   * Reparameterises a model by site name, Pyro's {@code poutine.reparam(model, config)}.
   *
   * @param model the model
   * @param config site name to reparameterizer
   * @param <A> the model's argument type
   * @return the reparameterised model
   */
  public static <A> Model<A> reparam(Model<A> model, Map<String, ? extends Reparam> config) {
    return new ReparamHandler(config).wrap(model);
  }

  /**
   * Reparameterises a model with a strategy.
   *
   * @param model the model
   * @param strategy maps a sample site to its reparameterizer, or to {@code null}
   * @param <A> the model's argument type
   * @return the reparameterised model
   */
  public static <A> Model<A> reparam(
      Model<A> model, Function<? super Message, ? extends Reparam> strategy) {
    return new ReparamHandler(strategy).wrap(model);
  }

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE || msg.isDone()) {
      return;
    }
    int[] depth = applying.get();
    if (depth[0] > 0) {
      // an auxiliary site created by one of this handler's reparameterizers
      ReparamApplication app = ReparamApplication.current();
      if (app != null && app.owner() == this && !msg.isObserved()) {
        msg.infer().putIfAbsent(ReparamInit.INIT_HOOK, app.hook(msg.name()));
      }
      return;
    }
    Reparam reparam = strategy.apply(msg);
    if (reparam == null) {
      return;
    }
    ReparamApplication app =
        new ReparamApplication(this, msg.name(), msg.fn(), reparam, initHookOf(msg));
    ReparamResult result;
    depth[0]++;
    app.enter();
    try {
      result =
          reparam.apply(new ReparamMessage(msg.name(), msg.fn(), msg.value(), msg.isObserved()));
    } finally {
      app.exit();
      depth[0]--;
    }
    if (result.fn() != msg.fn()) {
      msg.infer().put(ReparamInit.REWRITTEN_BY, reparam.toString());
    }
    msg.setFn(result.fn());
    msg.setValue(result.value());
    msg.setObserved(result.isObserved());
  }

  @SuppressWarnings("unchecked")
  private static Function<InitStrategy, NDArray> initHookOf(Message msg) {
    Object hook = msg.infer().get(ReparamInit.INIT_HOOK);
    return hook instanceof Function<?, ?> f ? (Function<InitStrategy, NDArray>) f : null;
  }
}
