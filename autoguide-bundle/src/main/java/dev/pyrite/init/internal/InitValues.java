package dev.pyrite.init.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import java.util.HashMap;
import java.util.Map;

/** Builds {@code initToValue} from JSON-style options (flat values reshaped to the site). */
final class InitValues {
  private InitValues() {}

  static InitStrategy fromOptions(InitOptions options) {
    Map<String, double[]> flat = options.values();
    InitStrategy fallback = InitStrategies.initToUniform();
    return site -> {
      double[] v = flat.get(site.name());
      if (v == null) {
        return fallback.init(site);
      }
      Shape shape = site.fn().shape(new Shape());
      if (v.length != shape.size()) {
        throw new IllegalArgumentException(
            "initToValue: site \""
                + site.name()
                + "\" needs "
                + shape.size()
                + " values, got "
                + v.length);
      }
      NDArray a = Backend.manager().create(v, shape);
      return InitStrategies.initToValue(
              new HashMap<>(Map.of(site.name(), a.toType(Backend.dtype(), false))))
          .init(site);
    };
  }
}
