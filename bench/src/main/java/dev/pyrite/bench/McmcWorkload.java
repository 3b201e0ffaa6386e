package dev.pyrite.bench;

import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shared driver of the NUTS workloads: seeds, runs {@code chains} chains in lock step with Pyro's
 * NUTS defaults (target acceptance 0.8, tree depth 10, adapted diagonal mass matrix, init to
 * uniform), times the whole run and its sampling phase, counts gradient evaluations, and returns
 * the configuration and cost figures with the posterior summary.
 *
 * <p>Counting: {@code grad_evals_total} is the sum over chains and over all transitions (warmup
 * included) of each draw's number of leapfrog steps, one gradient each, as Stan's {@code
 * n_leapfrog} and NumPyro's {@code num_steps}; it leaves out the evaluation at the initial point
 * and those of the step-size searches. {@code batched_grad_evals} is the number of potential and
 * gradient evaluations the kernel actually made, each covering all chains at once: set-up and
 * step-size searches included, and also the leaves a tree still evaluates for the other chains (or
 * to finish a subtree) after a chain has stopped.
 *
 * <pre>{@code
 * McmcWorkload.Run r = McmcWorkload.nuts(EightSchools.model(false), EightSchools.data(), 4, 1000, 1000, 60);
 * double essMu = r.summary().get("mu").nEff()[0];
 * }</pre>
 */
final class McmcWorkload {
  /** How {@code grad_evals_total} is counted, written into every figure set. */
  static final String GRAD_EVALS_SOURCE =
      "sum over chains and over warmup+sampling transitions of DrawStatistics.numSteps (one"
          + " gradient per leapfrog step; initial point and step-size searches not included);"
          + " batched_grad_evals = NUTS.diagnostics() grad_evals (lock-step evaluations over all"
          + " chains, set-up included)";

  private McmcWorkload() {}

  /**
   * What one run gave.
   *
   * @param figures configuration, timing and counting figures, in output order
   * @param summary the posterior summary of every latent site
   * @param mcmc the runner, for the draws
   * @param wallSecondsTotal wall seconds of {@link MCMC#run}, warmup and set-up included
   */
  record Run(
      Map<String, Object> figures,
      Map<String, SiteSummary> summary,
      MCMC mcmc,
      double wallSecondsTotal) {}

  /**
   * Runs NUTS on a model.
   *
   * @param model the model
   * @param args its data
   * @param chains chains, run in lock step
   * @param warmup warmup transitions per chain
   * @param samples recorded transitions per chain
   * @param seed the seed
   * @param <A> the data type
   * @return the figures and the summary
   */
  static <A> Run nuts(Model<A> model, A args, int chains, int warmup, int samples, long seed) {
    SviWorkload.reset(seed);
    KernelOptions options = KernelOptions.defaults();
    NUTS kernel = new NUTS(options);
    DrawTally tally =
        new DrawTally(kernel, warmup, () -> kernel.diagnostics().get("grad_evals").longValue());
    MCMC mcmc = new MCMC(kernel, samples, warmup).numChains(chains).onProgress(tally);
    long start = System.nanoTime();
    tally.start();
    mcmc.run(model, args);
    long end = System.nanoTime();
    Map<String, Double> diagnostics = mcmc.diagnostics();
    double total = (end - start) / 1e9;
    double sampling = (end - tally.warmupEndNanos()) / 1e9;
    long evals = tally.stepsWarmup() + tally.stepsSampling();
    long batched = diagnostics.get("grad_evals").longValue();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("kernel", "NUTS");
    f.put("chains", chains);
    f.put("chain_execution", "lock step (one batched evaluation per leapfrog step of all chains)");
    f.put("warmup", warmup);
    f.put("samples", samples);
    f.put("seed", seed);
    f.put("target_accept_prob", options.targetAcceptProb());
    f.put("max_tree_depth", options.maxTreeDepth());
    f.put("mass_matrix", options.fullMass() ? "dense" : "diagonal");
    f.put("init_strategy", "uniform");
    f.put("wall_s_total", total);
    f.put("wall_s_warmup", total - sampling);
    f.put("wall_s_sampling", sampling);
    f.put("grad_evals_total", evals);
    f.put("grad_evals_warmup", tally.stepsWarmup());
    f.put("grad_evals_sampling", tally.stepsSampling());
    f.put("grad_evals_source", GRAD_EVALS_SOURCE);
    f.put("batched_grad_evals", batched);
    f.put("batched_grad_evals_sampling", batched - tally.batchedAtWarmupEnd());
    f.put("ms_per_grad", perEval(total, evals));
    f.put("ms_per_grad_sampling", perEval(sampling, tally.stepsSampling()));
    f.put("ms_per_batched_grad", perEval(total, batched));
    f.put("divergences", diagnostics.get("divergences").longValue());
    f.put("warmup_divergences", diagnostics.get("warmup_divergences").longValue());
    f.put("step_size_mean", diagnostics.get("step_size"));
    f.put("accept_prob_mean", diagnostics.get("accept_prob_mean"));
    f.put("mean_tree_depth", diagnostics.get("mean_tree_depth"));
    f.put("mean_num_steps", diagnostics.get("num_steps"));
    return new Run(f, mcmc.summary(), mcmc, total);
  }

  /** Milliseconds per evaluation; NaN when there were none. */
  private static double perEval(double seconds, long evaluations) {
    return evaluations == 0 ? Double.NaN : 1e3 * seconds / evaluations;
  }
}
