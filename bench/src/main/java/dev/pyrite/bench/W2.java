package dev.pyrite.bench;

import ai.djl.ndarray.NDArray;
import dev.pyrite.autoguide.AutoDiagonalNormal;
import dev.pyrite.examples.BetaBernoulli;
import java.util.Map;

/** W2: Beta-Bernoulli with AutoDiagonalNormal (init to median, scale 0.1), Adam lr 0.01. */
final class W2 implements Workload {
  @Override
  public String id() {
    return "W2";
  }

  @Override
  public int defaultSteps() {
    return 2000;
  }

  @Override
  public Map<String, Object> run(int steps) {
    SviWorkload.reset(0);
    NDArray x = BetaBernoulli.data();
    AutoDiagonalNormal<NDArray> guide = new AutoDiagonalNormal<>(BetaBernoulli.MODEL);
    Map<String, Object> f = SviWorkload.fit(BetaBernoulli.MODEL, guide, 0.01, x, steps);
    NDArray p = guide.samplePosterior(x, 5000).get("p");
    double mean = SviWorkload.value(p.mean());
    f.put("posterior_mean_p", mean);
    f.put("posterior_sd_p", SviWorkload.value(p.sub(mean).square().mean().sqrt()));
    f.put("exact_mean_p", BetaBernoulli.EXACT_MEAN);
    f.put("exact_sd_p", BetaBernoulli.EXACT_SD);
    return f;
  }
}
