package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A run spec: what {@code pyrite run spec.json} runs, bound from JSON by Jackson. Every field but
 * {@code model} is optional and means "the example's default" when left out; options given on the
 * command line beside the spec override the spec's values.
 *
 * <pre>{@code
 * {
 *   "model": "eight-schools",
 *   "method": "nuts",
 *   "engine": "Jvm",
 *   "seed": 3,
 *   "mcmc": {"samples": 1000, "warmup": 500, "chains": 4, "dense_mass": false},
 *   "outputs": {"json": "eight-schools.json"}
 * }
 * }</pre>
 *
 * @param model the built-in example to run
 * @param method the inference method, or {@code null} for the example's default
 * @param engine the DJL engine, or {@code null}
 * @param seed the random seed, or {@code null} for 0
 * @param centered eight-schools: keep theta centred
 * @param svi the SVI options, or {@code null}
 * @param mcmc the MCMC options, or {@code null}
 * @param outputs where results go, or {@code null}
 */
@JsonPropertyOrder({"model", "method", "engine", "seed", "centered", "svi", "mcmc", "outputs"})
record RunSpec(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Built-in example: beta-bernoulli, linreg, eight-schools, logreg.")
        String model,
    @JsonPropertyDescription("Inference method: svi, hmc or nuts (default: the example's).")
        Method method,
    @JsonPropertyDescription("DJL engine: Jvm, MXNet or PyTorch (default: the example's).")
        String engine,
    @JsonPropertyDescription("Random seed (default 0).") Long seed,
    @JsonPropertyDescription("eight-schools: keep theta centred (default false).") Boolean centered,
    @JsonPropertyDescription("SVI options.") Svi svi,
    @JsonPropertyDescription("MCMC options.") Mcmc mcmc,
    @JsonPropertyDescription("Outputs.") Outputs outputs) {

  /**
   * The SVI options.
   *
   * @param guide the autoguide name, or {@code null}
   * @param steps SVI steps, at least 1
   * @param lr the learning rate, positive
   * @param particles ELBO particles, at least 1
   * @param subsample data rows per step, at least 1
   */
  @JsonPropertyOrder({"guide", "steps", "lr", "particles", "subsample"})
  record Svi(
      @JsonPropertyDescription("Autoguide name, e.g. AutoNormal.") String guide,
      @JsonPropertyDescription("SVI steps, at least 1.") Integer steps,
      @JsonPropertyDescription("Learning rate, positive.") Double lr,
      @JsonPropertyDescription("ELBO particles, at least 1.") Integer particles,
      @JsonPropertyDescription("Data rows per step, at least 1 (default: all).")
          Integer subsample) {}

  /**
   * The MCMC options.
   *
   * @param samples draws kept per chain, at least 1
   * @param warmup adapting transitions per chain, at least 0
   * @param chains chains, at least 1
   * @param denseMass whether to adapt a dense mass matrix
   */
  @JsonPropertyOrder({"samples", "warmup", "chains", "dense_mass"})
  record Mcmc(
      @JsonPropertyDescription("Draws kept per chain, at least 1.") Integer samples,
      @JsonPropertyDescription("Adapting transitions per chain, at least 0.") Integer warmup,
      @JsonPropertyDescription("Chains, run vectorised, at least 1.") Integer chains,
      @JsonProperty("dense_mass") @JsonPropertyDescription("Adapt a dense mass matrix.")
          Boolean denseMass) {}

  /**
   * Where results go.
   *
   * @param json the file the results are written to as JSON, relative to the working folder
   * @param plots the folder for PNG plots and {@code report.html}, relative to the working folder
   */
  record Outputs(
      @JsonPropertyDescription("File for the results as JSON, relative to the working folder.")
          String json,
      @JsonPropertyDescription(
              "Folder for PNG plots and report.html, relative to the working folder.")
          String plots) {}
}
