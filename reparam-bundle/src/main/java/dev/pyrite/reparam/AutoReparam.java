package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.reparam.internal.LocScaleFamily;
import dev.pyrite.reparam.internal.TransformedParts;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Map;

/**
 * Chooses a reparameterizer per site, Pyro's {@code AutoReparam} strategy: {@link LocScaleReparam}
 * (with the configured centering, learnable by default) for latent loc-scale families ({@code
 * Normal}, {@code Cauchy}, {@code Laplace}, ..., also under {@code toEvent}), {@link
 * TransformReparam} for latent {@code TransformedDistribution} sites, and none for every other site
 * (observed sites, discrete and constrained families, point masses), which it leaves as it found
 * them.
 *
 * <p>It is both a strategy for {@link ReparamHandler} ({@link #choose}) and a {@link Reparam} that
 * delegates to its choice, so the plug-in can be applied to every site of a model; its {@link
 * #transformInit} delegates the same way, so init values follow the choice.
 *
 * <pre>{@code
 * AutoReparam auto = new AutoReparam(null);                    // learnable centering
 * Model<Void> reparameterised = ReparamHandler.reparam(model, auto::choose);
 * // or, with the plug-in: ReparamHandler.reparam(model, msg -> auto)
 * }</pre>
 */
public final class AutoReparam implements Reparam {
  private final Double centered;
  private final LocScaleReparam locScale;
  private final TransformReparam transform = new TransformReparam();

  /**
   * Creates the strategy.
   *
   * @param centered the centering of {@code LocScaleReparam} in {@code [0, 1]}, or {@code null} to
   *     learn it per site
   * @throws IllegalArgumentException when {@code centered} lies outside {@code [0, 1]}
   */
  public AutoReparam(Double centered) {
    this.centered = centered;
    this.locScale = new LocScaleReparam(centered);
  }

  /** With a learnable centering, as Pyro's default. */
  public AutoReparam() {
    this(null);
  }

  /**
   * The centering given to {@code LocScaleReparam}.
   *
   * @return {@code c} in {@code [0, 1]}, or {@code null} when it is learnt
   */
  public Double centered() {
    return centered;
  }

  /**
   * The reparameterizer for a site, as a {@link ReparamHandler} strategy.
   *
   * @param msg the sample site
   * @return the choice, or {@code null} to leave the site alone
   */
  public Reparam choose(Message msg) {
    return msg.isObserved() ? null : choose(msg.fn());
  }

  /**
   * The reparameterizer for a latent site's distribution.
   *
   * @param fn the distribution
   * @return {@code LocScaleReparam}, {@code TransformReparam}, or {@code null}
   */
  public Reparam choose(Distribution fn) {
    if (fn == null) {
      return null;
    }
    if (TransformedParts.supports(fn)) {
      return transform;
    }
    if (LocScaleFamily.supports(fn)) {
      return locScale;
    }
    return null;
  }

  @Override
  public ReparamResult apply(ReparamMessage msg) {
    Reparam r = msg.isObserved() ? null : choose(msg.fn());
    if (r == null) {
      return new ReparamResult(msg.fn(), msg.value(), msg.isObserved());
    }
    return r.apply(msg);
  }

  @Override
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    Reparam r = choose(fn);
    return r == null ? Map.of() : r.transformInit(name, fn, value);
  }

  @Override
  public String toString() {
    return "AutoReparam(centered=" + (centered == null ? "learnable" : centered) + ")";
  }
}
