package dev.pyrite.runtime.cli;

import java.nio.file.Path;

/**
 * What {@code pyrite run} was asked to do. A {@code null} component means "the example's default".
 *
 * @param example the example name, or the path of a JSON run spec
 * @param method the inference method, or {@code null} for the example's default
 * @param guide the autoguide name (SVI), or {@code null}
 * @param steps SVI steps or MCMC samples, or {@code null}
 * @param lr the learning rate, or {@code null}
 * @param particles ELBO particles, or {@code null}
 * @param seed the random seed
 * @param engine the DJL engine, or {@code null} for the default one
 * @param json the file to write the results to as JSON, or {@code null}
 * @param subsample rows per step for examples with a data plate, or {@code null} for all
 * @param mcmc the MCMC options ({@code --samples}, {@code --warmup}, {@code --chains}, {@code
 *     --dense-mass})
 * @param centered whether to keep a hierarchical model centred ({@code --centered}, eight-schools)
 * @param plots the folder for PNG plots and {@code report.html} ({@code --plots}), or {@code null}
 */
public record RunRequest(
    String example,
    Method method,
    String guide,
    Integer steps,
    Double lr,
    Integer particles,
    long seed,
    String engine,
    Path json,
    Integer subsample,
    McmcRequest mcmc,
    boolean centered,
    Path plots) {
  /** Replaces a {@code null} {@code mcmc} by {@link McmcRequest#NONE}. */
  public RunRequest {
    mcmc = mcmc == null ? McmcRequest.NONE : mcmc;
  }

  /**
   * A request without MCMC options.
   *
   * @param example the example name, or the path of a JSON run spec
   * @param method the inference method, or {@code null}
   * @param guide the autoguide name (SVI), or {@code null}
   * @param steps SVI steps or MCMC samples, or {@code null}
   * @param lr the learning rate, or {@code null}
   * @param particles ELBO particles, or {@code null}
   * @param seed the random seed
   * @param engine the DJL engine, or {@code null} for the default one
   * @param json the file to write the results to as JSON, or {@code null}
   * @param subsample rows per step for examples with a data plate, or {@code null} for all
   */
  public RunRequest(
      String example,
      Method method,
      String guide,
      Integer steps,
      Double lr,
      Integer particles,
      long seed,
      String engine,
      Path json,
      Integer subsample) {
    this(
        example, method, guide, steps, lr, particles, seed, engine, json, subsample, null, false,
        null);
  }

  /**
   * A request without subsampling.
   *
   * @param example the example name, or the path of a JSON run spec
   * @param method the inference method
   * @param guide the autoguide name (SVI), or {@code null}
   * @param steps SVI steps or MCMC samples, or {@code null}
   * @param lr the learning rate, or {@code null}
   * @param particles ELBO particles, or {@code null}
   * @param seed the random seed
   * @param engine the DJL engine, or {@code null} for the default one
   * @param json the file to write the results to as JSON, or {@code null}
   */
  public RunRequest(
      String example,
      Method method,
      String guide,
      Integer steps,
      Double lr,
      Integer particles,
      long seed,
      String engine,
      Path json) {
    this(example, method, guide, steps, lr, particles, seed, engine, json, null);
  }

  /**
   * The method, or the example's default when none was given.
   *
   * @param fallback the example's default
   * @return the method to run
   */
  public Method methodOr(Method fallback) {
    return method == null ? fallback : method;
  }

  /**
   * Rejects {@code --centered} for examples that have no centred form.
   *
   * @throws IllegalArgumentException when {@code --centered} was given
   */
  public void rejectCentered() {
    if (centered) {
      throw new IllegalArgumentException(
          "--centered applies to eight-schools only (it keeps theta centred), not to "
              + example
              + "; drop --centered");
    }
  }
}
