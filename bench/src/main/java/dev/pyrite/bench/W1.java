package dev.pyrite.bench;

import ai.djl.ndarray.NDArray;
import dev.pyrite.ParamStore;
import dev.pyrite.examples.BetaBernoulli;
import java.util.Map;

/** W1: Beta-Bernoulli with the Beta(a, b) guide, Adam lr 0.05, 2000 steps, 1 particle. */
final class W1 implements Workload {
  @Override
  public String id() {
    return "W1";
  }

  @Override
  public int defaultSteps() {
    return 2000;
  }

  @Override
  public Map<String, Object> run(int steps) {
    SviWorkload.reset(0);
    NDArray x = BetaBernoulli.data();
    Map<String, Object> f =
        SviWorkload.fit(BetaBernoulli.MODEL, BetaBernoulli.BETA_GUIDE, 0.05, x, steps);
    double a = SviWorkload.value(ParamStore.global().constrained("a"));
    double b = SviWorkload.value(ParamStore.global().constrained("b"));
    f.put("posterior_mean_p", a / (a + b));
    f.put("posterior_sd_p", Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1))));
    f.put("exact_mean_p", BetaBernoulli.EXACT_MEAN);
    f.put("exact_sd_p", BetaBernoulli.EXACT_SD);
    return f;
  }
}
