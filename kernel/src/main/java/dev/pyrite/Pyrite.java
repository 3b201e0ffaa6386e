package dev.pyrite;

import ai.djl.ndarray.NDArray;
import dev.pyrite.internal.dist.PointMass;
import dev.pyrite.internal.dist.UnitFactor;
import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.function.Supplier;

/**
 * The primitives models and guides call; {@code import static dev.pyrite.Pyrite.*}.
 *
 * <p>Each primitive builds a {@link Message} and sends it through the thread's handler stack. With
 * no handler installed, {@code sample} draws from the distribution, so every model runs as a
 * simulator.
 *
 * <pre>{@code
 * NDArray mu = param("mu", 0.0);
 * NDArray sigma = param("sigma", 1.0, Constraints.positive());
 * try (Plate data = plate("data", y.size(0))) {
 *   sample("y", new Normal(mu, sigma), y);
 * }
 * }</pre>
 */
public final class Pyrite {
  private Pyrite() {}

  /**
   * A latent sample site.
   *
   * @param name the site name, unique within a run
   * @param fn the distribution
   * @return the value (a draw, or what a handler put there)
   */
  public static NDArray sample(String name, Distribution fn) {
    return sample(name, fn, null);
  }

  /**
   * A sample site, observed when {@code obs} is not null.
   *
   * @param name the site name, unique within a run
   * @param fn the distribution
   * @param obs the observed value, or {@code null} for a latent site
   * @return the value
   */
  public static NDArray sample(String name, Distribution fn, NDArray obs) {
    Message msg = new Message(MessageType.SAMPLE, name);
    msg.setFn(fn);
    if (obs != null) {
      msg.setValue(obs);
      msg.setObserved(true);
    }
    HandlerStack.apply(msg);
    return msg.value();
  }

  /**
   * An unconstrained real param.
   *
   * @param name the param name
   * @param init the initial value
   * @return the current value
   */
  public static NDArray param(String name, double init) {
    return param(name, () -> Backend.scalar(init), null, 0);
  }

  /**
   * A constrained scalar param.
   *
   * @param name the param name
   * @param init the initial (constrained) value
   * @param constraint the constraint
   * @return the current constrained value
   */
  public static NDArray param(String name, double init, Constraint constraint) {
    return param(name, () -> Backend.scalar(init), constraint, 0);
  }

  /**
   * An unconstrained param initialised from an array.
   *
   * @param name the param name
   * @param init the initial value
   * @return the current value
   */
  public static NDArray param(String name, NDArray init) {
    return param(name, () -> init, null, 0);
  }

  /**
   * A constrained param initialised from an array.
   *
   * @param name the param name
   * @param init the initial (constrained) value
   * @param constraint the constraint
   * @return the current constrained value
   */
  public static NDArray param(String name, NDArray init, Constraint constraint) {
    return param(name, () -> init, constraint, 0);
  }

  /**
   * The general param primitive: the initialiser runs only when the param is new.
   *
   * @param name the param name
   * @param init computes the initial constrained value
   * @param constraint the constraint, {@code null} for reals
   * @param eventDim event dimensions of the constraint
   * @return the current constrained value, recorded for autograd
   */
  public static NDArray param(
      String name, Supplier<NDArray> init, Constraint constraint, int eventDim) {
    Message msg = new Message(MessageType.PARAM, name);
    msg.setParamInit(init);
    msg.setConstraint(constraint);
    msg.setEventDim(eventDim);
    HandlerStack.apply(msg);
    return msg.value();
  }

  /**
   * A vectorised plate of {@code size} independent entries along an automatically chosen batch
   * dimension.
   *
   * @param name the plate name
   * @param size its size
   * @return the installed plate, to close (try-with-resources)
   */
  public static Plate plate(String name, long size) {
    return new Plate(name, size, size, null).install();
  }

  /**
   * A subsampled plate: each pass sees {@code subsampleSize} random indices and log-likelihoods
   * inside are scaled by {@code size / subsampleSize}.
   *
   * @param name the plate name
   * @param size the full size
   * @param subsampleSize the subsample size
   * @return the installed plate
   */
  public static Plate plate(String name, long size, long subsampleSize) {
    return new Plate(name, size, subsampleSize, null).install();
  }

  /**
   * A plate on an explicit batch dimension.
   *
   * @param name the plate name
   * @param size the full size
   * @param subsampleSize the subsample size ({@code size} for none)
   * @param dim a negative dimension
   * @return the installed plate
   */
  public static Plate plate(String name, long size, long subsampleSize, int dim) {
    return new Plate(name, size, subsampleSize, dim).install();
  }

  /**
   * A plate that subsamples the given indices: log-likelihoods inside are scaled by {@code size /
   * indices.size()}.
   *
   * @param name the plate name
   * @param size the full size
   * @param indices a 1-dimensional integer array of indices in {@code [0, size)}
   * @return the installed plate
   */
  public static Plate plate(String name, long size, NDArray indices) {
    return new Plate(name, size, indices, null).install();
  }

  /**
   * A markov context of history 1, Pyro's {@code with pyro.markov():}.
   *
   * @return the installed context, to close (try-with-resources)
   */
  public static Markov markov() {
    return new Markov().install();
  }

  /**
   * A markov loop of history 1 over {@code 0 .. n-1}, Pyro's {@code for t in
   * pyro.markov(range(n))}: each step enters a new level.
   *
   * @param n the number of steps
   * @return the steps, to iterate
   */
  public static Iterable<Long> markov(long n) {
    return new Markov().over(n);
  }

  /**
   * Adds {@code logWeight} to the model's log-density, Pyro's {@code factor}.
   *
   * @param name the site name
   * @param logWeight the log-weight, of the shape of the enclosing plates
   */
  public static void factor(String name, NDArray logWeight) {
    sample(name, new UnitFactor(logWeight), logWeight.zerosLike());
  }

  /**
   * Records a deterministic function of other sites, Pyro's {@code deterministic}.
   *
   * @param name the site name
   * @param value the value
   * @return the value (or what a handler substituted)
   */
  public static NDArray deterministic(String name, NDArray value) {
    Message msg = new Message(MessageType.SAMPLE, name);
    msg.setFn(new PointMass(value));
    msg.setValue(value);
    msg.setObserved(true);
    msg.infer().put("_deterministic", Boolean.TRUE);
    HandlerStack.apply(msg, m -> {});
    return msg.value();
  }

  /**
   * Registers the parameters of a DJL block as params, Pyro's {@code module}: parameter {@code p}
   * becomes the unconstrained param {@code name$$$p} (one PARAM message each, so SVI trains it and
   * handlers see it), created from the block's current value the first time and taken from the
   * param store afterwards (after {@link ParamStore#load}, the loaded value). Run the block's
   * forward with the returned DJL parameter store so it computes with the params; call {@code
   * module} again on every run of the model or guide.
   *
   * <pre>{@code
   * ParameterStore ps = module("decoder", decoder); // decoder initialised once beforehand
   * NDArray logits = decoder.forward(ps, new NDList(z), true).singletonOrThrow();
   * }</pre>
   *
   * @param name the module name, unique among the model's params
   * @param block an initialised block
   * @return the parameter store its forward must use
   * @throws IllegalStateException when the block is not initialised
   */
  public static ai.djl.training.ParameterStore module(String name, ai.djl.nn.Block block) {
    return dev.pyrite.internal.paramstore.ModuleBinding.bind(name, block);
  }
}
