package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;

/**
 * What a reparameterizer sees of a sample site, Pyro's {@code ReparamMessage}.
 *
 * <pre>{@code
 * ReparamResult r = reparam.apply(new ReparamMessage("x", new Normal(0, 10), null, false));
 * }</pre>
 *
 * @param name the site name
 * @param fn the site's distribution
 * @param value the site's value if already known (observed or substituted), else {@code null}
 * @param isObserved whether the site is observed
 */
public record ReparamMessage(String name, Distribution fn, NDArray value, boolean isObserved) {}
