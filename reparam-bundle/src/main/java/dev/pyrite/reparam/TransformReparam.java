package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Delta;
import dev.pyrite.reparam.internal.AuxSites;
import dev.pyrite.reparam.internal.TransformedParts;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Map;

/**
 * Samples the base of a transformed distribution and applies the transform deterministically,
 * Pyro's {@code TransformReparam}: a latent site {@code x ~ TransformedDistribution(base, t)}
 * becomes the auxiliary site {@code "{name}_base" ~ base} (same batch shape, same plates, same
 * {@code toEvent}) and the site itself an observed point mass ({@code Delta}, log-density 0) at
 * {@code t(base value)}; {@code x} has the same distribution as before, and inference works in the
 * base's coordinates, where the geometry is often simpler (e.g. a standard Normal behind an affine
 * or exp transform).
 *
 * <p>Supported: {@code TransformedDistribution}, also wrapped by {@code toEvent}; anything else is
 * an {@link IllegalArgumentException} that names the site. Observed sites are left alone. Init
 * values move with {@link #transformInit}: {@code "{name}_base" = t^-1(x)}.
 *
 * <pre>{@code
 * Model<Void> model = v -> sample("x", new TransformedDistribution(new Normal(0, 1),
 *     new AffineTransform(3.0, 2.0)));
 * Model<Void> based = ReparamHandler.reparam(model, Map.of("x", new TransformReparam()));
 * // trace: "x_base" ~ Normal(0, 1), "x" = 3 + 2 * x_base (observed Delta)
 * }</pre>
 */
public final class TransformReparam implements Reparam {
  private static final String NAME = "TransformReparam";

  /** Creates the reparameterizer (it has no options). */
  public TransformReparam() {}

  @Override
  public ReparamResult apply(ReparamMessage msg) {
    if (msg.isObserved()) {
      return new ReparamResult(msg.fn(), msg.value(), true);
    }
    TransformedParts parts = TransformedParts.of(NAME, msg.name(), msg.fn());
    NDArray preset = msg.value() == null ? null : parts.transform().inverse(msg.value());
    NDArray base = AuxSites.sample(baseSiteName(msg.name()), parts.base(), preset);
    NDArray value = parts.transform().forward(base);
    int eventDim = msg.fn().eventShape().dimension();
    return new ReparamResult(new Delta(value, null, eventDim), value, true);
  }

  /**
   * Maps an init value {@code x} of the original site to the base: {@code "{name}_base" = t^-1(x)}.
   *
   * @param name the original site name
   * @param fn the original distribution
   * @param value the init value
   * @return {@code {"{name}_base": t^-1(x)}}
   * @throws IllegalArgumentException when {@code fn} is not a transformed distribution
   */
  @Override
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    TransformedParts parts = TransformedParts.of(NAME, name, fn);
    return Map.of(baseSiteName(name), parts.transform().inverse(value));
  }

  private static String baseSiteName(String name) {
    return name + "_base";
  }

  @Override
  public String toString() {
    return NAME + "()";
  }
}
