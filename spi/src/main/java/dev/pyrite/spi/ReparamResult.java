package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;

/**
 * What a reparameterizer puts in place of a sample site, Pyro's {@code ReparamResult}.
 *
 * <pre>{@code
 * return new ReparamResult(deltaOf(x), x, true);
 * }</pre>
 *
 * @param fn the new distribution of the site (often a {@code Delta} at {@code value})
 * @param value the new value, or {@code null} to let the site draw from {@code fn}
 * @param isObserved whether the site is now treated as observed
 */
public record ReparamResult(Distribution fn, NDArray value, boolean isObserved) {}
