package dev.pyrite.runtime.cli;

import dev.pyrite.mcmc.HMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import java.util.Locale;

/**
 * How an example runs MCMC: the kernel, draws per chain, warmup, chains, seed and mass matrix, from
 * the request's options or else the example's defaults.
 *
 * <pre>{@code
 * McmcSettings s = McmcSettings.of(request, "logreg", new McmcSettings.Defaults(500, 1000, 1));
 * McmcKernel k = s.kernel(KernelOptions.defaults()); // NUTS unless --method hmc
 * }</pre>
 *
 * @param method {@link Method#NUTS} or {@link Method#HMC}
 * @param samples recorded draws per chain
 * @param warmup adapting transitions per chain
 * @param chains the number of chains
 * @param seed the random seed
 * @param denseMass whether the mass matrix is dense
 */
public record McmcSettings(
    Method method, int samples, int warmup, int chains, long seed, boolean denseMass) {

  /**
   * An example's defaults; the method is NUTS.
   *
   * @param warmup adapting transitions per chain
   * @param samples recorded draws per chain
   * @param chains the number of chains
   */
  public record Defaults(int warmup, int samples, int chains) {}

  /**
   * The settings of a request.
   *
   * @param r the request (generic ranges already checked by {@code pyrite run})
   * @param example the example name, for messages
   * @param d the example's defaults
   * @return the settings
   * @throws IllegalArgumentException when {@code --method svi} or SVI-only options are given
   */
  public static McmcSettings of(RunRequest r, String example, Defaults d) {
    Method m = r.methodOr(Method.NUTS);
    if (m == Method.SVI) {
      throw new IllegalArgumentException(
          example + " runs with --method nuts|hmc, got --method svi; drop it or pick nuts or hmc");
    }
    rejectSviOption(example, "--guide", r.guide() != null);
    rejectSviOption(example, "--lr", r.lr() != null);
    rejectSviOption(example, "--particles", r.particles() != null);
    rejectSviOption(example, "--subsample", r.subsample() != null);
    McmcRequest q = r.mcmc();
    return new McmcSettings(
        m,
        q.samples() != null ? q.samples() : r.steps() != null ? r.steps() : d.samples(),
        q.warmup() != null ? q.warmup() : d.warmup(),
        q.chains() != null ? q.chains() : d.chains(),
        r.seed(),
        q.denseMass());
  }

  private static void rejectSviOption(String example, String option, boolean given) {
    if (given) {
      throw new IllegalArgumentException(
          option + " applies to --method svi only; " + example + " runs MCMC; drop " + option);
    }
  }

  /**
   * A fresh kernel: {@link NUTS} or {@link HMC} with the given options, dense when asked.
   *
   * @param base the options before {@code --dense-mass}
   * @return the kernel
   */
  public McmcKernel kernel(KernelOptions base) {
    KernelOptions o = denseMass ? base.withFullMass(true) : base;
    return method == Method.HMC ? new HMC(o) : new NUTS(o);
  }

  /**
   * The method in lower case, as the JSON writes it.
   *
   * @return {@code "nuts"} or {@code "hmc"}
   */
  public String methodName() {
    return method.name().toLowerCase(Locale.ROOT);
  }
}
