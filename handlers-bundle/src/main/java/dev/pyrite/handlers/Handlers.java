package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Model;
import java.util.Map;

/**
 * Model transformers, one per handler, in the style of {@code pyro.poutine}.
 *
 * <pre>{@code
 * Trace t = Handlers.trace(Handlers.condition(model, Map.of("x", x)), null);
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
}
