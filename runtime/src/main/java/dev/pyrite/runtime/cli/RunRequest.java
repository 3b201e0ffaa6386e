package dev.pyrite.runtime.cli;

import java.nio.file.Path;

/**
 * What {@code pyrite run} was asked to do. A {@code null} component means "the example's default".
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
 * @param subsample rows per step for examples with a data plate, or {@code null} for all
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
    Integer subsample) {
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
}
