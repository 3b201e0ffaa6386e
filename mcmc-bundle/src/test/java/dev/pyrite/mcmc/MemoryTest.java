package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No transition leaks arrays: the live-array count is flat while the chains run. Warmup (20
 * transitions, with its mass-matrix window ending at transition 18) is over before the first count,
 * so the kernel's own arrays (mass matrix, Welford sums) no longer change in number.
 */
class MemoryTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void liveArraysAreFlatOverTransitions(String engine) {
    Engines.use(engine, 5);
    NDArray x = Models.bernoulliData();
    int[] live = new int[2];
    MCMC mcmc =
        new MCMC(new HMC(HmcPosteriorTest.options()), 240, 20)
            .numChains(2)
            .onProgress(
                i -> {
                  if (i == 50) {
                    live[0] = Backend.liveArrays();
                  } else if (i == 250) {
                    live[1] = Backend.liveArrays();
                  }
                });
    mcmc.run(Models.betaBernoulli(), x);
    System.out.printf(
        "[%s] live arrays after 50 transitions: %d, after 250: %d%n", engine, live[0], live[1]);
    assertEquals(live[0], live[1], "live arrays after 50 and after 250 transitions");
    x.close();
  }

  /** Ten thousand NUTS transitions (tree building uses its own array pool) leak nothing. */
  @Test
  @Tag("slow")
  void nutsLiveArraysAreFlatOverTenThousandTransitions() {
    Engines.use("PyTorch", 7);
    NDArray x = Models.bernoulliData();
    int[] live = new int[2];
    int total = 10_000;
    MCMC mcmc =
        new MCMC(new NUTS(), total - 100, 100)
            .onProgress(
                i -> {
                  if (i == 200) {
                    live[0] = Backend.liveArrays();
                  } else if (i == total) {
                    live[1] = Backend.liveArrays();
                  }
                });
    mcmc.run(Models.betaBernoulli(), x);
    System.out.printf(
        "[NUTS] live arrays after 200 transitions: %d, after %d: %d%n", live[0], total, live[1]);
    assertEquals(live[0], live[1], "live arrays after 200 and after " + total + " transitions");
    x.close();
  }
}
