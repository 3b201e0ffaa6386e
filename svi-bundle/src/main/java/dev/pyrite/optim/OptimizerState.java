package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Map;

/**
 * Everything an optimiser must remember to continue bit for bit: how many steps it finished, per
 * param its update count and state arrays (moments, accumulators), and its schedule's state. A
 * {@code dev.pyrite.svi.Checkpoint} stores it beside the params.
 *
 * <pre>{@code
 * OptimizerState s = adam.state();
 * fresh.restore(s);
 * }</pre>
 *
 * @param optimizer the optimiser's name ({@code "Adam"}, ...), checked on restore
 * @param steps finished steps (what schedules read)
 * @param params per param name its state, in first-update order
 * @param schedule the schedule's {@link LrSchedule#state()}
 */
public record OptimizerState(
    String optimizer, long steps, Map<String, ParamState> params, Map<String, Double> schedule) {
  /**
   * One param's optimiser state.
   *
   * @param count how many updates the param received (torch's {@code state["step"]})
   * @param arrays its state arrays, in the optimiser's fixed order
   */
  public record ParamState(long count, List<NDArray> arrays) {}
}
