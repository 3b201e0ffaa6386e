package dev.pyrite.bench;

import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.autoguide.AutoNormal;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import java.util.Map;

/**
 * W9, pure framework overhead: z ~ Normal(0, 1), x = 1 observed ~ Normal(z, 1); AutoNormal, Adam lr
 * 0.01. The exact posterior is Normal(0.5, sqrt(0.5)).
 */
final class W9 implements Workload {
  private static final Model<NDArray> MODEL =
      x -> {
        NDArray z = sample("z", new Normal(0, 1));
        sample("x", new Normal(z, 1.0), x);
      };

  @Override
  public String id() {
    return "W9";
  }

  @Override
  public int defaultSteps() {
    return 5000;
  }

  @Override
  public Map<String, Object> run(int steps) {
    SviWorkload.reset(0);
    NDArray x = Backend.scalar(1.0);
    AutoNormal<NDArray> guide = new AutoNormal<>(MODEL);
    Map<String, Object> f = SviWorkload.fit(MODEL, guide, 0.01, x, steps);
    f.put("guide_loc", SviWorkload.value(ParamStore.global().constrained("AutoNormal.locs.z")));
    f.put("guide_scale", SviWorkload.value(ParamStore.global().constrained("AutoNormal.scales.z")));
    f.put("exact_loc", 0.5);
    f.put("exact_scale", Math.sqrt(0.5));
    return f;
  }
}
