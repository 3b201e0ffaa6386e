/**
 * Reparameterizers (Pyro's {@code pyro.infer.reparam}) and the handler that applies them (Pyro's
 * {@code poutine.reparam}).
 *
 * <p>A {@link dev.pyrite.spi.Reparam} rewrites one sample site into auxiliary sample sites plus a
 * deterministic function of them; the rewritten site keeps its name and becomes an observed point
 * mass at the transformed value, so downstream code sees the same value as before. The {@link
 * dev.pyrite.reparam.ReparamHandler} decides, per site, which reparameterizer to apply, from a map
 * of site names or from a strategy function.
 *
 * <pre>{@code
 * Model<Void> model = v -> {
 *   NDArray tau = sample("tau", new LogNormal(0, 1));
 *   try (Plate schools = plate("schools", 8)) {
 *     sample("theta", new Normal(mu, tau));
 *   }
 * };
 * // non-centred "theta": theta_decentered ~ Normal(0, 1), theta = mu + tau * theta_decentered
 * Model<Void> nc = ReparamHandler.reparam(model, Map.of("theta", new LocScaleReparam(0.0)));
 * }</pre>
 *
 * <p>The reparameterizers: {@link dev.pyrite.reparam.LocScaleReparam} (fixed or learnable
 * centering), {@link dev.pyrite.reparam.TransformReparam}, {@link
 * dev.pyrite.reparam.DiscreteCosineReparam}, {@link dev.pyrite.reparam.HaarReparam}, {@link
 * dev.pyrite.reparam.SplitReparam}, and the per-site strategy {@link
 * dev.pyrite.reparam.AutoReparam}; each is also a {@code reparam} plug-in of the same name. Every
 * one maps init values of the original site to its auxiliary sites ({@code transformInit}); {@link
 * dev.pyrite.reparam.ReparamInit} makes init strategies use that map.
 *
 * <p>Decisions recorded here: the rewritten site is a {@code Delta} with zero log-density (the same
 * log-probability as Pyro's {@code Delta(value).mask(False)}, without the mask); a handler does not
 * reparameterise the auxiliary sites that its own reparameterizers create (nest a second {@code
 * ReparamHandler} outside it to do that), which rules out the infinite recursion Pyro warns about;
 * {@code LocScaleReparam} always creates its auxiliary site, also for {@code centered = 1}, so that
 * {@code transformInit} and the model agree on the set of sites; an auxiliary site whose original
 * site arrived with a value (not an observation) is latent with that value preset, not observed
 * (Pyro's {@code infer={"is_observed": False}}); {@code SplitReparam}'s pieces can be drawn (from
 * one shared draw of the original distribution), unlike Pyro's {@code ImproperUniform}.
 */
@Export
@Version("1.1.0")
package dev.pyrite.reparam;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
