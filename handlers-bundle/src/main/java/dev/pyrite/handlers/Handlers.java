package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Model;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Model transformers, one per handler, in the style of {@code pyro.poutine}. Each returns a model
 * that runs the given one with the handler installed; every handler is also a try-with-resources
 * context ({@code try (DoHandler h = new DoHandler(data).install()) {...}}).
 *
 * <pre>{@code
 * Trace t = Handlers.trace(Handlers.condition(model, Map.of("x", x)), null);
 * Model<Void> counterfactual = Handlers.doIntervention(Handlers.condition(model, obs), actions);
 * }</pre>
 */
public final class Handlers {
  private Handlers() {}

  /**
   * Runs a model once and records it.
   *
   * @param model the model
   * @param args its argument
   * @param <A> the argument type
   * @return the trace
   */
  public static <A> Trace trace(Model<A> model, A args) {
    TraceHandler tr = new TraceHandler();
    tr.run(model, args);
    return tr.trace();
  }

  /**
   * Replays latent values from a trace.
   *
   * @param model the model
   * @param trace the trace to replay
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> replay(Model<A> model, Trace trace) {
    return new ReplayHandler(trace).wrap(model);
  }

  /**
   * Observes sites at values.
   *
   * @param model the model
   * @param data site name to value
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> condition(Model<A> model, Map<String, NDArray> data) {
    return new ConditionHandler(data).wrap(model);
  }

  /**
   * Substitutes values of sites.
   *
   * @param model the model
   * @param data site name to value
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> substitute(Model<A> model, Map<String, NDArray> data) {
    return new SubstituteHandler(data).wrap(model);
  }

  /**
   * Hides every site from outer handlers.
   *
   * @param model the model
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> block(Model<A> model) {
    return BlockHandler.all().wrap(model);
  }

  /**
   * Seeds the model's draws.
   *
   * @param model the model
   * @param seed the seed
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> seed(Model<A> model, long seed) {
    return new SeedHandler(seed).wrap(model);
  }

  /**
   * Scales log-probabilities.
   *
   * @param model the model
   * @param scale a positive factor
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> scale(Model<A> model, double scale) {
    return new ScaleHandler(scale).wrap(model);
  }

  /**
   * Masks log-probabilities.
   *
   * @param model the model
   * @param mask the boolean mask
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> mask(Model<A> model, NDArray mask) {
    return new MaskHandler(mask).wrap(model);
  }

  /**
   * Intervenes on sites: the model continues with the given values, the sites keep fresh copies
   * whose values are not used (see {@link DoHandler}).
   *
   * @param model the model
   * @param data site name to intervention value
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> doIntervention(Model<A> model, Map<String, NDArray> data) {
    return new DoHandler(data).wrap(model);
  }

  /**
   * Samples observed sites from their distributions instead.
   *
   * @param model the model
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> uncondition(Model<A> model) {
    return new UnconditionHandler().wrap(model);
  }

  /**
   * Turns the named params into sample sites drawn from their priors.
   *
   * @param model the model
   * @param priors param name to prior
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> lift(Model<A> model, Map<String, Distribution> priors) {
    return new LiftHandler(priors).wrap(model);
  }

  /**
   * Turns every param into a sample site: the named ones drawn from their priors, the others from
   * {@code defaultPrior}.
   *
   * @param model the model
   * @param priors param name to prior
   * @param defaultPrior the prior of the other params
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> lift(
      Model<A> model, Map<String, Distribution> priors, Distribution defaultPrior) {
    return new LiftHandler(priors, defaultPrior).wrap(model);
  }

  /**
   * Adds inference hints to sites.
   *
   * @param model the model
   * @param configFn the hints for a site
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> inferConfig(
      Model<A> model, Function<Message, Map<String, ?>> configFn) {
    return new InferConfigHandler(configFn).wrap(model);
  }

  /**
   * Broadcasts distributions to the plates around their sites.
   *
   * @param model the model
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> broadcast(Model<A> model) {
    return new BroadcastHandler().wrap(model);
  }

  /**
   * Leaves the model with a {@link NonlocalExit} at the first sample site {@code escapeAt} accepts.
   *
   * @param model the model
   * @param escapeAt whether to leave at a site
   * @param <A> the argument type
   * @return the transformed model
   */
  public static <A> Model<A> escape(Model<A> model, Predicate<Message> escapeAt) {
    return new EscapeHandler(escapeAt).wrap(model);
  }
}
