package dev.pyrite.runtime.cli;

/**
 * The MCMC options of {@code pyrite run}: {@code --samples}, {@code --warmup}, {@code --chains} and
 * {@code --dense-mass}. A {@code null} component means "the example's default".
 *
 * <pre>{@code
 * McmcRequest m = new McmcRequest(1000, 500, 4, false); // --samples 1000 --warmup 500 --chains 4
 * m.requireUnset("linreg runs SVI only");               // throws, naming --samples
 * }</pre>
 *
 * @param samples recorded draws per chain, or {@code null}
 * @param warmup adapting transitions per chain, or {@code null}
 * @param chains the number of chains, or {@code null}
 * @param denseMass whether to adapt a dense mass matrix
 */
public record McmcRequest(Integer samples, Integer warmup, Integer chains, boolean denseMass) {
  /** No MCMC option given. */
  public static final McmcRequest NONE = new McmcRequest(null, null, null, false);

  /**
   * Rejects the request when any MCMC option was given, for examples or methods without MCMC.
   *
   * @param why what the example runs instead, ends the message
   * @throws IllegalArgumentException naming the first option given
   */
  public void requireUnset(String why) {
    String given = firstGiven();
    if (given != null) {
      throw new IllegalArgumentException(
          given + " applies to --method hmc|nuts only; " + why + "; drop " + given);
    }
  }

  private String firstGiven() {
    if (samples != null) {
      return "--samples";
    }
    if (warmup != null) {
      return "--warmup";
    }
    if (chains != null) {
      return "--chains";
    }
    return denseMass ? "--dense-mass" : null;
  }
}
