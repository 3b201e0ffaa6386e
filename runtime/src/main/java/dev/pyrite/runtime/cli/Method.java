package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The inference method of {@code pyrite run --method}. */
public enum Method {
  /** Stochastic variational inference with a guide. */
  @JsonProperty("svi")
  SVI,
  /** Hamiltonian Monte Carlo. */
  @JsonProperty("hmc")
  HMC,
  /** The No-U-Turn sampler. */
  @JsonProperty("nuts")
  NUTS
}
