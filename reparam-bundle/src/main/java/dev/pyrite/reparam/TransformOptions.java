package dev.pyrite.reparam;

/**
 * Options of the {@code "TransformReparam"} plug-in: it has none ({@code {}} in JSON run specs).
 *
 * <pre>{@code
 * // p found with PluginRegistry.get().find(ReparamProvider.class, "TransformReparam")
 * ReparamProvider<TransformOptions> p = ...;
 * Reparam r = p.create(new TransformOptions());
 * }</pre>
 */
public record TransformOptions() {}
