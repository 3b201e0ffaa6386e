package dev.pyrite.spi;

/**
 * Options of autoguides.
 *
 * <pre>{@code
 * AutoGuideOptions o = AutoGuideOptions.defaults().withInitScale(0.05);
 * }</pre>
 *
 * @param init how to initialise the guide's location from the model, {@code null} for the guide's
 *     default (init to median)
 * @param initScale the initial scale of Normal-family guides
 */
public record AutoGuideOptions(InitStrategy init, double initScale) {
  /** Validates the options. */
  public AutoGuideOptions {
    if (!(initScale > 0)) {
      throw new IllegalArgumentException("initScale must be positive, got " + initScale);
    }
  }

  /**
   * Pyro's defaults: init to median, init scale 0.1.
   *
   * @return the defaults
   */
  public static AutoGuideOptions defaults() {
    return new AutoGuideOptions(null, 0.1);
  }

  /**
   * A copy with another init strategy.
   *
   * @param strategy the init strategy
   * @return the copy
   */
  public AutoGuideOptions withInit(InitStrategy strategy) {
    return new AutoGuideOptions(strategy, initScale);
  }

  /**
   * A copy with another init scale.
   *
   * @param scale the init scale
   * @return the copy
   */
  public AutoGuideOptions withInitScale(double scale) {
    return new AutoGuideOptions(init, scale);
  }
}
