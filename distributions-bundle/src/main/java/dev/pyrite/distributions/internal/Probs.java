package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.transforms.Precision;

/** torch's {@code probs_to_logits} and {@code logits_to_probs}, binary and categorical. */
public final class Probs {
  private Probs() {}

  /**
   * Log-odds (binary) or log-probabilities (categorical) of probabilities clamped into {@code
   * [tiny, 1 - eps]}.
   *
   * @param probs the probabilities
   * @param binary whether they are success probabilities of binary events
   * @return the logits
   */
  public static NDArray toLogits(NDArray probs, boolean binary) {
    NDArray p = Precision.clampProbs(probs);
    return binary ? p.log().sub(TensorOps.log1p(p.neg())) : p.log();
  }

  /**
   * Probabilities from logits: sigmoid (binary) or softmax over the last dimension.
   *
   * @param logits the logits
   * @param binary whether they are log-odds of binary events
   * @return the probabilities
   */
  public static NDArray fromLogits(NDArray logits, boolean binary) {
    return binary ? TensorOps.sigmoid(logits) : normalize(logits).exp();
  }

  /**
   * Categorical logits normalised so that {@code logsumexp} over the last dimension is 0.
   *
   * @param logits unnormalised logits
   * @return normalised logits
   */
  public static NDArray normalize(NDArray logits) {
    int last = logits.getShape().dimension() - 1;
    return logits.sub(TensorOps.logSumExp(logits, last).expandDims(last));
  }

  /**
   * Probabilities divided by their sum over the last dimension.
   *
   * @param probs non-negative weights
   * @return probabilities summing to one
   */
  public static NDArray normalizeProbs(NDArray probs) {
    return probs.div(probs.sum(new int[] {-1}, true));
  }
}
