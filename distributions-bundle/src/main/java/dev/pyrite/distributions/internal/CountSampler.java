package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.distributions.Distributions;
import java.util.function.UnaryOperator;

/**
 * Draws from a distribution over integers by inverting its cdf inside a window {@code [lo, lo +
 * width)} per entry, engine-neutrally: the pmf is evaluated at all window points at once, summed
 * cumulatively, and a uniform draw counts the points whose cdf lies below it. Windows are placed
 * from the mean and standard deviation so that the mass left out is far below double precision.
 *
 * <pre>{@code
 * NDArray k = CountSampler.sample(lo, width, ks -> poissonLogPmf(rate.expandDims(-1), ks), u);
 * }</pre>
 */
public final class CountSampler {
  /** Standard deviations on each side of the mean a window covers. */
  public static final double REACH = 12;

  private CountSampler() {}

  /**
   * Inverts the cdf.
   *
   * @param lo the first value of each entry's window (whole numbers), of the output shape
   * @param width the window width
   * @param logPmf the log-pmf at values of shape {@code lo.shape + (width)}
   * @param u uniform draws of the output shape
   * @return the draws, of the shape of {@code lo}
   */
  public static NDArray sample(NDArray lo, long width, UnaryOperator<NDArray> logPmf, NDArray u) {
    int last = lo.getShape().dimension();
    NDArray j = lo.getManager().arange(0, (int) width, 1, lo.getDataType());
    NDArray ks = lo.expandDims(last).add(j);
    NDArray lp = logPmf.apply(ks);
    NDArray cdf = Ops.where(lp.isNaN(), lp.zerosLike(), lp.exp()).cumSum(last);
    NDArray below = Ops.asFloat(u.expandDims(last).gt(cdf), lo).sum(new int[] {last});
    return lo.add(below.minimum(Distributions.scalar(width - 1, lo)));
  }

  /**
   * The window start {@code max(floor(mean - REACH sd - 10), 0)}.
   *
   * @param mean the means
   * @param sd the standard deviations
   * @return the window starts
   */
  public static NDArray start(NDArray mean, NDArray sd) {
    NDArray lo = mean.sub(sd.mul(REACH)).sub(10).floor();
    return lo.maximum(Distributions.scalar(0, lo));
  }

  /**
   * The window width that covers {@code mean + REACH sd + 10} (capped at {@code upper} when given)
   * for every entry.
   *
   * @param lo the window starts
   * @param mean the means
   * @param sd the standard deviations
   * @param upper the largest values of the support, or {@code null} when unbounded
   * @return the width
   */
  public static long width(NDArray lo, NDArray mean, NDArray sd, NDArray upper) {
    NDArray hi = mean.add(sd.mul(REACH)).add(10).ceil();
    if (upper != null) {
      hi = hi.minimum(upper.broadcast(hi.getShape()));
    }
    double w = hi.sub(lo).max().toType(DataType.FLOAT64, false).getDouble();
    return Math.max(1, (long) w + 1);
  }
}
