package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.ParamStore;
import dev.pyrite.Pyrite;
import dev.pyrite.distributions.Delta;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.reparam.internal.AuxSites;
import dev.pyrite.reparam.internal.Decentering;
import dev.pyrite.reparam.internal.LocScaleFamily;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Map;

/**
 * Generic decentering of latent loc-scale sites, Pyro's {@code LocScaleReparam} (Gorinova, Moore
 * and Hoffman, 2019, "Automatic Reparameterisation of Probabilistic Programs").
 *
 * <p>A latent site {@code x ~ Normal(loc, scale)} becomes an auxiliary site {@code
 * "{name}_decentered" ~ Normal(c * loc, scale^c)} (same batch shape, same plates) and the site
 * {@code x} itself becomes an observed point mass ({@code Delta}, log-density 0) at {@code loc +
 * scale^(1-c) * (decentered - c * loc)}; {@code x} has the same distribution as before. The
 * centering {@code c} is fixed in {@code [0, 1]} ({@code 0}: fully non-centred, {@code 1}:
 * centred), or, when {@code null}, learnable: a param {@code "{name}_centered"} in the unit
 * interval, of the site's event shape, initialised at 0.5.
 *
 * <p>Supported families: {@code Normal}, also wrapped by {@code toEvent}; any other distribution is
 * an {@link IllegalArgumentException} that names the site. Observed sites are left as they are. A
 * latent site that arrives with a value is inverted: its auxiliary site stays latent, preset to the
 * matching decentered value. Init values move with {@link #transformInit} (see {@link
 * ReparamInit}).
 *
 * <pre>{@code
 * Model<Void> eightSchools = v -> {
 *   NDArray mu = sample("mu", new Normal(0, 5));
 *   NDArray tau = sample("tau", new LogNormal(0, 1));
 *   try (Plate schools = plate("schools", 8)) {
 *     NDArray theta = sample("theta", new Normal(mu, tau));
 *     sample("y", new Normal(theta, sigma), y);
 *   }
 * };
 * Model<Void> nonCentred =
 *     ReparamHandler.reparam(eightSchools, Map.of("theta", new LocScaleReparam(0.0)));
 * Model<Void> learnable =
 *     ReparamHandler.reparam(eightSchools, Map.of("theta", new LocScaleReparam(null)));
 * }</pre>
 */
public final class LocScaleReparam implements Reparam {
  private static final String NAME = "LocScaleReparam";
  private final Double centered;

  /**
   * Creates the reparameterizer.
   *
   * @param centered the centering in {@code [0, 1]}, or {@code null} to learn it per site
   * @throws IllegalArgumentException when {@code centered} lies outside {@code [0, 1]}
   */
  public LocScaleReparam(Double centered) {
    checkCentered(centered);
    this.centered = centered;
  }

  static void checkCentered(Double centered) {
    if (centered != null && !(centered >= 0.0 && centered <= 1.0)) {
      throw new IllegalArgumentException(
          NAME + ": centered must lie in [0, 1] (or be null to learn it), got " + centered);
    }
  }

  /**
   * The fixed centering.
   *
   * @return {@code c} in {@code [0, 1]}, or {@code null} when it is learnt
   */
  public Double centered() {
    return centered;
  }

  @Override
  public ReparamResult apply(ReparamMessage msg) {
    if (msg.isObserved()) {
      return new ReparamResult(msg.fn(), msg.value(), true);
    }
    String name = msg.name();
    LocScaleFamily family = LocScaleFamily.of(NAME, name, msg.fn());
    NDArray loc = family.loc();
    NDArray scale = family.scale();
    Decentering dec;
    if (centered == null) {
      NDArray c =
          Pyrite.param(
              centeredParamName(name),
              () -> loc.getManager().full(family.eventShape(), 0.5f, loc.getDataType()),
              Constraints.unitInterval(),
              0);
      dec = Decentering.learned(c);
    } else {
      dec = Decentering.fixed(centered);
    }
    Distribution decenteredFn = family.rebuild(dec.decenteredLoc(loc), dec.decenteredScale(scale));
    NDArray decenteredObs = msg.value() == null ? null : dec.inverse(loc, scale, msg.value());
    NDArray decentered = AuxSites.sample(decenteredSiteName(name), decenteredFn, decenteredObs);
    NDArray value = dec.forward(loc, scale, decentered);
    return new ReparamResult(new Delta(value, null, family.eventDim()), value, true);
  }

  /**
   * Maps an init value {@code x} of the original site to the auxiliary site: {@code
   * "{name}_decentered" = (x - loc) / scale^(1-c) + c * loc}, the inverse of the forward map. With
   * a learnable centering, {@code c} is the current value of the param {@code "{name}_centered"} in
   * the current param store, or its initial value 0.5 when the param does not exist yet.
   *
   * @param name the original site name
   * @param fn the original distribution
   * @param value the init value of the original site
   * @return {@code {"{name}_decentered": d}}
   * @throws IllegalArgumentException when {@code fn} is not a supported loc-scale family
   */
  @Override
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    LocScaleFamily family = LocScaleFamily.of(NAME, name, fn);
    Decentering dec;
    if (centered != null) {
      dec = Decentering.fixed(centered);
    } else {
      ParamStore store = ParamStore.current();
      String param = centeredParamName(name);
      dec =
          store.contains(param)
              ? Decentering.learned(store.constrained(param))
              : Decentering.fixed(0.5);
    }
    return Map.of(decenteredSiteName(name), dec.inverse(family.loc(), family.scale(), value));
  }

  private static String decenteredSiteName(String name) {
    return name + "_decentered";
  }

  private static String centeredParamName(String name) {
    return name + "_centered";
  }

  @Override
  public String toString() {
    return NAME + "(centered=" + (centered == null ? "learnable" : centered) + ")";
  }
}
