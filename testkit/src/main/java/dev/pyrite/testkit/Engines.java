package dev.pyrite.testkit;

import dev.pyrite.Backend;
import java.util.stream.Stream;

/**
 * The DJL engines tests run on: use as {@code @MethodSource("dev.pyrite.testkit.Engines#all")}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("dev.pyrite.testkit.Engines#all")
 * void works(String engine) {
 *   Engines.use(engine, 0);
 *   ...
 * }
 * }</pre>
 */
public final class Engines {
  private Engines() {}

  /**
   * Both engines.
   *
   * @return MXNet and PyTorch
   */
  public static Stream<String> all() {
    return Stream.of("MXNet", "PyTorch");
  }

  /**
   * Selects an engine, clears the global param store and seeds it.
   *
   * @param engine the engine name
   * @param seed the seed
   */
  public static void use(String engine, long seed) {
    Backend.use(engine);
    dev.pyrite.ParamStore.global().clear();
    Backend.seed(seed);
  }
}
