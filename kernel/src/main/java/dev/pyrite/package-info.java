/**
 * Pyrite's kernel: the primitives models call ({@link dev.pyrite.Pyrite#sample sample}, {@link
 * dev.pyrite.Pyrite#param param}, {@link dev.pyrite.Pyrite#plate plate}, {@link
 * dev.pyrite.Pyrite#factor factor}, {@link dev.pyrite.Pyrite#deterministic deterministic}), the
 * thread-local handler stack behind them, the {@link dev.pyrite.ParamStore param store}, the {@link
 * dev.pyrite.PluginRegistry plugin registry}, per-step memory {@link dev.pyrite.Scope scopes} and
 * the tensor {@link dev.pyrite.Backend backend}.
 *
 * <pre>{@code
 * import static dev.pyrite.Pyrite.*;
 *
 * Model<NDArray> model = x -> {
 *   NDArray p = sample("p", new Beta(1, 1));
 *   try (Plate data = plate("data", x.size(0))) {
 *     sample("x", new Bernoulli(p), x);
 *   }
 * };
 * }</pre>
 */
@Export
@Version("1.2.0")
package dev.pyrite;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
