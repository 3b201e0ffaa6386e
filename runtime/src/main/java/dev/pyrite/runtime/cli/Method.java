package dev.pyrite.runtime.cli;

/** The inference method of {@code pyrite run --method}. */
public enum Method {
  /** Stochastic variational inference with a guide. */
  SVI,
  /** Hamiltonian Monte Carlo. */
  HMC,
  /** The No-U-Turn sampler. */
  NUTS
}
