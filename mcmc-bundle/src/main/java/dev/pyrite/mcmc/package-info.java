/**
 * Markov chain Monte Carlo on Pyrite models: the potential energy of a model on a flat
 * unconstrained vector ({@link dev.pyrite.mcmc.ModelPotential}), Hamiltonian Monte Carlo ({@link
 * dev.pyrite.mcmc.HMC}), the No-U-Turn sampler ({@link dev.pyrite.mcmc.NUTS}), both adapting a step
 * size and a mass matrix per chain, and the runner ({@link dev.pyrite.mcmc.MCMC}) with Pyro's
 * summary ({@link dev.pyrite.mcmc.SiteSummary}, {@link dev.pyrite.mcmc.SummaryJson}).
 *
 * <p>Chains are vectorised along a leading dimension: the potential runs the model once per
 * evaluation for all chains, inside a plate {@code "_chains"} placed left of every plate of the
 * model. A model run with several chains must therefore broadcast like a model run with vectorised
 * particles (write observations inside plates, let parameters broadcast); with one chain no extra
 * dimension is added and any model works.
 *
 * <pre>{@code
 * Model<NDArray> model = x -> {
 *   NDArray p = sample("p", new Beta(1, 1));
 *   try (Plate data = plate("data", x.size(0))) {
 *     sample("x", new Bernoulli(p), x);
 *   }
 * };
 * MCMC mcmc = new MCMC(new NUTS(), 1000, 500).numChains(4);
 * mcmc.run(model, x);
 * mcmc.printSummary(System.out);
 * NDArray p = mcmc.samples().get("p"); // (4000)
 * }</pre>
 */
@Export
@Version("2.0.0")
package dev.pyrite.mcmc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
