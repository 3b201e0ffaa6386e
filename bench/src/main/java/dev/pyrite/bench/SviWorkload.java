package dev.pyrite.bench;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shared driver of the SVI workloads: seeds, runs the steps with a timer, then lets the workload
 * add its posterior figures.
 *
 * <pre>{@code
 * Map<String, Object> f = SviWorkload.fit(model, guide, 0.05, x, 2000);
 * }</pre>
 */
final class SviWorkload {
  private SviWorkload() {}

  static <A> Map<String, Object> fit(Model<A> model, Model<A> guide, double lr, A args, int steps) {
    SVI<A> svi = new SVI<>(model, guide, new Adam(lr), new TraceElbo());
    StepTimer timer = new StepTimer(steps, 50);
    for (int i = 0; i < steps; i++) {
      long start = System.nanoTime();
      svi.step(args);
      timer.record(System.nanoTime() - start);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("steps", steps);
    out.put("ms_per_step_median", timer.medianMillis());
    out.put("steps_per_s", steps / timer.totalSeconds());
    return out;
  }

  static void reset(long seed) {
    ParamStore.global().clear();
    Backend.seed(seed);
  }

  static double value(NDArray a) {
    return a.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).getDouble();
  }
}
