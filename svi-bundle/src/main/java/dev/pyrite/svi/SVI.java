package dev.pyrite.svi;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Scope;
import dev.pyrite.ValidationSwitch;
import dev.pyrite.optim.PyroOptimizer;
import dev.pyrite.spi.Elbo;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.internal.ParamCollector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stochastic variational inference, Pyro's {@code SVI}: each {@link #step} estimates the ELBO
 * gradient and updates every param the model and guide touched.
 *
 * <p>A step runs in one memory {@link Scope}: all temporaries are freed when it ends, so the number
 * of live arrays stays flat. A non-finite loss or gradient stops with the step number and the
 * offending param before any param is changed; after a successful step the optimiser is told the
 * loss ({@link PyroOptimizer#stepEnd}), which advances its learning-rate schedule; the step reads
 * one number back to Java, the loss with the finiteness of every gradient folded into it.
 *
 * <p>The first step validates the model and guide (distribution parameters and values, as Pyro's
 * {@code enable_validation}); later steps skip the checks unless validation was switched on
 * explicitly ({@code Distributions.setValidation(true)}).
 *
 * <pre>{@code
 * SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.05), new TraceElbo(10));
 * for (int i = 0; i < 3000; i++) {
 *   double loss = svi.step(x);
 * }
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class SVI<A> {
  private final Model<A> model;
  private final Model<A> guide;
  private final PyroOptimizer optimizer;
  private final Elbo elbo;
  private final Set<String> initialized = new HashSet<>();
  private long steps;

  /**
   * Creates SVI.
   *
   * @param model the model
   * @param guide the guide (or an autoguide)
   * @param optimizer the optimiser
   * @param elbo the ELBO estimator
   */
  public SVI(Model<A> model, Model<A> guide, PyroOptimizer optimizer, Elbo elbo) {
    this.model = model;
    this.guide = guide;
    this.optimizer = optimizer;
    this.elbo = elbo;
  }

  /**
   * One gradient step.
   *
   * @param args the argument passed to model and guide
   * @return the loss ({@code -ELBO} estimate) before the update
   * @throws ArithmeticException when the loss or a gradient is not finite; no param changes then
   */
  public double step(A args) {
    steps++;
    ParamStore store = ParamStore.current();
    List<String> names = new ArrayList<>();
    List<NDArray> grads = new ArrayList<>();
    double loss;
    try (Scope scope = Scope.open()) {
      ParamCollector params = new ParamCollector();
      NDArray lossArray = differentiate(params, args);
      NDArray check = lossArray.stopGradient();
      for (String name : params.names()) {
        NDArray g = store.unconstrained(name).getGradient();
        names.add(name);
        grads.add(scope.keep(g));
        // 0 * g is 0 where g is finite and NaN where it is not: the sum stays the loss exactly
        check = check.add(g.mul(0).sum());
      }
      // the one read-back of the step: the loss, NaN when the loss or any gradient is not finite
      double folded = readDouble(check);
      if (!Double.isFinite(folded)) {
        ArithmeticException error = nonFinite(readDouble(lossArray), names, grads);
        closeAll(grads);
        throw error;
      }
      loss = folded;
    }
    try {
      apply(store, names, grads);
    } finally {
      closeAll(grads);
    }
    optimizer.stepEnd(loss);
    return loss;
  }

  /**
   * The loss with gradients recorded; the first step validates the model and guide (Pyro's {@code
   * enable_validation}), later steps only when validation was forced on.
   */
  private NDArray differentiate(ParamCollector params, A args) {
    try (ValidationSwitch.Handle later =
            steps > 1 ? ValidationSwitch.skipRevalidation() : () -> {};
        GradientCollector gc = Backend.newGradientCollector()) {
      NDArray lossArray;
      try (ParamCollector p = params.install()) {
        lossArray = elbo.differentiableLoss(model, guide, args);
      }
      gc.backward(lossArray);
      return lossArray;
    }
  }

  private static double readDouble(NDArray scalar) {
    return scalar.getDataType() == DataType.FLOAT64 ? scalar.getDouble() : scalar.getFloat();
  }

  /**
   * The loss without a gradient step.
   *
   * @param args the argument
   * @return the {@code -ELBO} estimate
   */
  public double evaluateLoss(A args) {
    try (Scope scope = Scope.open()) {
      return readDouble(elbo.differentiableLoss(model, guide, args));
    }
  }

  /**
   * How many steps were taken.
   *
   * @return the step count
   */
  public long steps() {
    return steps;
  }

  /**
   * The optimiser.
   *
   * @return the optimiser this SVI updates params with
   */
  public PyroOptimizer optimizer() {
    return optimizer;
  }

  /** Sets the step count, for {@link Checkpoint#load}. */
  void restoreSteps(long count) {
    steps = count;
    initialized.clear();
  }

  private void apply(ParamStore store, List<String> names, List<NDArray> grads) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      NDArray weight = store.unconstrained(name);
      if (initialized.add(name)) {
        // the first update creates the optimiser's state arrays, which must outlive any scope
        optimizer.update(name, weight, grads.get(i));
      } else {
        try (Scope s = Scope.open()) {
          optimizer.update(name, weight, grads.get(i));
        }
      }
      grads.get(i).muli(0);
    }
  }

  private ArithmeticException nonFinite(double loss, List<String> names, List<NDArray> grads) {
    String where = Double.isFinite(loss) ? firstNonFinite(names, grads) : "the loss";
    return new ArithmeticException(
        "SVI step "
            + steps
            + ": non-finite "
            + (Double.isFinite(loss) ? "gradient of param \"" + where + "\"" : "loss " + loss)
            + "; no param was updated. Check the model's parameters and the learning rate");
  }

  private static String firstNonFinite(List<String> names, List<NDArray> grads) {
    for (int i = 0; i < names.size(); i++) {
      // 0 * g is NaN exactly where g is not finite (MXNet has no isInfinite)
      if (Double.isNaN(readDouble(grads.get(i).mul(0).sum()))) {
        return names.get(i);
      }
    }
    return "?";
  }

  private static void closeAll(List<NDArray> arrays) {
    for (NDArray a : arrays) {
      if (!a.isReleased()) {
        a.close();
      }
    }
  }
}
