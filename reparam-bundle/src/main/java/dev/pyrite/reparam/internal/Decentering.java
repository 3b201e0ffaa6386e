package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;

/**
 * The partial decentering transform of {@code LocScaleReparam} for one centering {@code c} in
 * {@code [0, 1]} (Gorinova, Moore and Hoffman, 2019): the auxiliary variable is {@code d ~ Family(c
 * * loc, scale^c)} and the original one is {@code x = loc + scale^(1-c) * (d - c * loc)}. {@code c
 * = 1} is the centred model ({@code x = d}), {@code c = 0} the fully non-centred one ({@code x =
 * loc + scale * d}, {@code d} standard).
 *
 * <p>{@code c} is either a fixed number (with cheaper arithmetic for 0 and 1) or a learnable array
 * broadcastable against the site's values.
 *
 * <pre>{@code
 * Decentering dec = Decentering.fixed(0.0);
 * Distribution aux = new Normal(dec.decenteredLoc(loc), dec.decenteredScale(scale)); // Normal(0, 1)
 * NDArray x = dec.forward(loc, scale, d);          // loc + scale * d
 * NDArray back = dec.inverse(loc, scale, x);       // d again
 * }</pre>
 */
public final class Decentering {
  private final double fixed;
  private final NDArray learned;

  private Decentering(double fixed, NDArray learned) {
    this.fixed = fixed;
    this.learned = learned;
  }

  /**
   * A fixed centering.
   *
   * @param centered {@code c} in {@code [0, 1]}
   * @return the transform
   */
  public static Decentering fixed(double centered) {
    return new Decentering(centered, null);
  }

  /**
   * A learnable centering, e.g. the constrained value of a param.
   *
   * @param centered {@code c}, values in {@code [0, 1]}, broadcastable to the site's values
   * @return the transform
   */
  public static Decentering learned(NDArray centered) {
    return new Decentering(Double.NaN, centered);
  }

  /**
   * The location of the auxiliary distribution, {@code c * loc}.
   *
   * @param loc the original location
   * @return the auxiliary location
   */
  public NDArray decenteredLoc(NDArray loc) {
    if (learned != null) {
      return loc.mul(learned);
    }
    return fixed == 1.0 ? loc : loc.mul(fixed);
  }

  /**
   * The scale of the auxiliary distribution, {@code scale^c}.
   *
   * @param scale the original scale
   * @return the auxiliary scale
   */
  public NDArray decenteredScale(NDArray scale) {
    if (learned != null) {
      return scale.pow(learned);
    }
    if (fixed == 0.0) {
      return scale.onesLike();
    }
    return fixed == 1.0 ? scale : scale.pow(fixed);
  }

  /**
   * The original value from the auxiliary one: {@code loc + scale^(1-c) * (d - c * loc)}.
   *
   * @param loc the original location
   * @param scale the original scale
   * @param decentered the auxiliary value {@code d}
   * @return {@code x}
   */
  public NDArray forward(NDArray loc, NDArray scale, NDArray decentered) {
    if (learned != null) {
      NDArray oneMinus = learned.neg().add(1);
      return loc.add(scale.pow(oneMinus).mul(decentered.sub(loc.mul(learned))));
    }
    if (fixed == 1.0) {
      return decentered;
    }
    if (fixed == 0.0) {
      return loc.add(scale.mul(decentered));
    }
    return loc.add(scale.pow(1.0 - fixed).mul(decentered.sub(loc.mul(fixed))));
  }

  /**
   * The auxiliary value from the original one, the inverse of {@link #forward}: {@code (x - loc) /
   * scale^(1-c) + c * loc}.
   *
   * @param loc the original location
   * @param scale the original scale
   * @param value the original value {@code x}
   * @return {@code d}
   */
  public NDArray inverse(NDArray loc, NDArray scale, NDArray value) {
    if (learned != null) {
      NDArray oneMinus = learned.neg().add(1);
      return value.sub(loc).div(scale.pow(oneMinus)).add(loc.mul(learned));
    }
    if (fixed == 1.0) {
      return value;
    }
    if (fixed == 0.0) {
      return value.sub(loc).div(scale);
    }
    return value.sub(loc).div(scale.pow(1.0 - fixed)).add(loc.mul(fixed));
  }
}
