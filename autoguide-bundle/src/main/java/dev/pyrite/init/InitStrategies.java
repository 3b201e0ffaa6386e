package dev.pyrite.init;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Bijections;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Site;
import dev.pyrite.spi.Transform;
import java.util.Map;

/**
 * The built-in init strategies.
 *
 * <pre>{@code
 * InitStrategy s = InitStrategies.initToMedian(15);
 * NDArray p0 = s.init(new Site("p", new Beta(2, 5), null));
 * }</pre>
 */
public final class InitStrategies {
  private InitStrategies() {}

  /**
   * The elementwise median of {@code numSamples} prior draws (the lower median for even counts, as
   * torch); Pyro's default for autoguides.
   *
   * @param numSamples how many draws
   * @return the strategy
   */
  public static InitStrategy initToMedian(int numSamples) {
    if (numSamples < 1) {
      throw new IllegalArgumentException("numSamples must be at least 1, got " + numSamples);
    }
    return site -> {
      NDArray draws = site.fn().sample(new Shape(numSamples));
      return draws.sort(0).get(new NDIndex((numSamples - 1) / 2));
    };
  }

  /**
   * {@link #initToMedian(int)} with 15 draws.
   *
   * @return the strategy
   */
  public static InitStrategy initToMedian() {
    return initToMedian(15);
  }

  /**
   * One prior draw.
   *
   * @return the strategy
   */
  public static InitStrategy initToSample() {
    return site -> site.fn().sample(new Shape());
  }

  /**
   * The prior mean.
   *
   * @return the strategy
   */
  public static InitStrategy initToMean() {
    return site -> site.fn().mean();
  }

  /**
   * A uniform draw in (-radius, radius) in unconstrained space, mapped into the support; Pyro's
   * default for MCMC.
   *
   * @param radius the half-width of the unconstrained interval
   * @return the strategy
   */
  public static InitStrategy initToUniform(double radius) {
    return site -> {
      NDArray prototype = site.fn().sample(new Shape());
      Transform t = Bijections.bijectTo(site.fn().support());
      Shape unconstrained = t.inverse(prototype).getShape();
      NDArray u =
          prototype
              .getManager()
              .randomUniform(
                  (float) -radius, (float) radius, unconstrained, prototype.getDataType());
      return t.forward(u);
    };
  }

  /**
   * {@link #initToUniform(double)} with radius 2.
   *
   * @return the strategy
   */
  public static InitStrategy initToUniform() {
    return initToUniform(2.0);
  }

  /**
   * Zero in unconstrained space, mapped into the support ({@code init_to_feasible}); Pyro's default
   * for {@code AutoNormal}.
   *
   * @return the strategy
   */
  public static InitStrategy initToFeasible() {
    return site -> {
      NDArray prototype = site.fn().sample(new Shape());
      Transform t = Bijections.bijectTo(site.fn().support());
      return t.forward(t.inverse(prototype).zerosLike());
    };
  }

  /**
   * Fixed values for the named sites, and {@code fallback} for the others.
   *
   * @param values site name to constrained value
   * @param fallback the strategy for sites not in {@code values}
   * @return the strategy
   */
  public static InitStrategy initToValue(Map<String, NDArray> values, InitStrategy fallback) {
    Map<String, NDArray> copy = Map.copyOf(values);
    return site -> {
      NDArray v = copy.get(site.name());
      if (v == null) {
        return fallback.init(site);
      }
      Shape expected = site.fn().shape(new Shape());
      if (!v.getShape().equals(expected)) {
        throw new IllegalArgumentException(
            "initToValue: site \""
                + site.name()
                + "\" has shape "
                + expected
                + " but the given value has shape "
                + v.getShape());
      }
      return v;
    };
  }

  /**
   * Fixed values for the named sites, {@link #initToUniform()} for the others (Pyro's default
   * fallback).
   *
   * @param values site name to constrained value
   * @return the strategy
   */
  public static InitStrategy initToValue(Map<String, NDArray> values) {
    return initToValue(values, initToUniform());
  }

  /**
   * Applies a strategy to a site and checks that the value lies in the support.
   *
   * @param strategy the strategy
   * @param site the site
   * @return the checked value
   */
  public static NDArray apply(InitStrategy strategy, Site site) {
    NDArray v = strategy.init(site);
    if (!site.fn().support().check(v.stopGradient()).all().getBoolean()) {
      throw new IllegalArgumentException(
          "init strategy gave site \""
              + site.name()
              + "\" a value outside its support "
              + site.fn().support().name());
    }
    return v.stopGradient();
  }
}
