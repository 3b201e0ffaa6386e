package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;

/**
 * Torch's Adam step in elementwise ops, shared by {@link AdamW} and {@link ClippedAdam}: {@code m =
 * b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2}, {@code w -= lr / (1 - b1^t) * m / (sqrt(v) /
 * sqrt(1 - b2^t) + eps)}.
 */
final class AdamRule {
  private AdamRule() {}

  /**
   * One step, in place.
   *
   * @param args beta1, beta2, eps
   * @param lr the learning rate
   * @param weight the weight
   * @param grad the gradient (weight decay already applied or decoupled)
   * @param state {@code m, v}
   * @param t the 1-based update count
   */
  static void step(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t) {
    double b1 = OptimArgs.or(args.beta1(), 0.9);
    double b2 = OptimArgs.or(args.beta2(), 0.999);
    double eps = OptimArgs.or(args.eps(), 1e-8);
    NDArray m = state[0];
    NDArray v = state[1];
    m.muli(b1).addi(grad.mul(1 - b1));
    v.muli(b2).addi(grad.square().mul(1 - b2));
    double bc1 = 1 - Math.pow(b1, t);
    double bc2 = Math.sqrt(1 - Math.pow(b2, t));
    NDArray denom = v.sqrt().div(bc2).add(eps);
    weight.subi(m.div(denom).mul(lr / bc1));
  }
}
