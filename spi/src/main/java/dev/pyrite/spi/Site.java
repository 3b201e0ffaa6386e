package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;

/**
 * A latent sample site as init strategies see it.
 *
 * <pre>{@code
 * NDArray z0 = strategy.init(new Site("p", new Beta(1, 1), null));
 * }</pre>
 *
 * @param name the site name
 * @param fn the site's distribution
 * @param value the value the site has in the prototype trace, or {@code null}
 */
public record Site(String name, Distribution fn, NDArray value) {}
