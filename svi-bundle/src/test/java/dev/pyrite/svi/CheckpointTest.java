package dev.pyrite.svi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.optim.Adam;
import dev.pyrite.optim.ParamOptimizer;
import dev.pyrite.optim.ReduceLrOnPlateau;
import dev.pyrite.testkit.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Save after 100 steps, restore into fresh objects and a cleared param store, and the next 100
 * steps are bitwise those of the uninterrupted run (both runs reseed at step 100: engine RNG state
 * is native and not part of a checkpoint).
 */
class CheckpointTest {
  private static final int HALF = 100;

  private static ParamOptimizer optimizer() {
    // a plateau schedule with a short window, so its state matters within 100 steps
    return new Adam(0.05).withSchedule(new ReduceLrOnPlateau(0.5, 0, 1e-3, 1e-3).window(5));
  }

  private static SVI<NDArray> fresh() {
    return new SVI<>(
        BetaBernoulliSviTest.MODEL, BetaBernoulliSviTest.GUIDE, optimizer(), new TraceElbo(10));
  }

  private static double[] run(SVI<NDArray> svi, NDArray x, int n) {
    double[] losses = new double[n];
    for (int i = 0; i < n; i++) {
      losses[i] = svi.step(x);
    }
    return losses;
  }

  private static float[] params() {
    return new float[] {
      ParamStore.global().unconstrained("a").getFloat(),
      ParamStore.global().unconstrained("b").getFloat()
    };
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void next100StepsAfterLoadAreBitwiseTheUninterruptedOnes(String engine, @TempDir Path dir) {
    Engines.use(engine, 1);
    NDArray x = BetaBernoulliSviTest.data();
    SVI<NDArray> straight = fresh();
    run(straight, x, HALF);
    Backend.seed(7);
    double[] expected = run(straight, x, HALF);
    float[] expectedParams = params();

    Engines.use(engine, 1);
    x = BetaBernoulliSviTest.data();
    SVI<NDArray> first = fresh();
    run(first, x, HALF);
    Path file = dir.resolve("fit.ckpt");
    Checkpoint.save(first, file);
    ParamStore.global().clear();

    SVI<NDArray> second = fresh();
    Checkpoint.load(second, file);
    assertEquals(HALF, second.steps());
    Backend.seed(7);
    double[] actual = run(second, x, HALF);
    assertArrayEquals(expected, actual, "losses after restore: " + Arrays.toString(actual));
    assertArrayEquals(expectedParams, params());
    assertEquals(
        ((ParamOptimizer) straight.optimizer()).learningRate("a"),
        ((ParamOptimizer) second.optimizer()).learningRate("a"));
    assertTrue(((ParamOptimizer) second.optimizer()).learningRate("a") < 0.05);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void truncatedOrCorruptFileIsRejectedAndTheStoreIsUntouched(String engine, @TempDir Path dir)
      throws Exception {
    Engines.use(engine, 1);
    NDArray x = BetaBernoulliSviTest.data();
    SVI<NDArray> svi = fresh();
    run(svi, x, 10);
    Path file = dir.resolve("fit.ckpt");
    Checkpoint.save(svi, file);
    byte[] good = Files.readAllBytes(file);
    run(svi, x, 5);
    float[] before = params();

    Files.write(file, Arrays.copyOf(good, good.length / 2));
    IllegalArgumentException truncated =
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(fresh(), file));
    assertTrue(truncated.getMessage().contains("is corrupt or truncated"), truncated.getMessage());
    byte[] flipped = good.clone();
    flipped[good.length / 3] ^= 0x10;
    Files.write(file, flipped);
    assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(fresh(), file));
    assertArrayEquals(before, params());
    assertEquals(15, svi.steps());
  }
}
