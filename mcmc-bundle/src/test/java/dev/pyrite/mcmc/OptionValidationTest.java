package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.spi.KernelOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad MCMC options fail before any work, naming the option, the value and the allowed range. */
class OptionValidationTest {
  static void rejects(Executable e, String... fragments) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    for (String f : fragments) {
      assertTrue(x.getMessage().contains(f), "\"" + x.getMessage() + "\" lacks \"" + f + "\"");
    }
  }

  @Test
  void samplesWarmupAndChains() {
    rejects(() -> new MCMC(new NUTS(), 0, 10), "numSamples", "at least 1", "0");
    rejects(() -> new MCMC(new NUTS(), 10, -1), "numWarmup", "at least 0", "-1");
    rejects(() -> new MCMC(new NUTS(), 10, 10).numChains(0), "numChains", "at least 1", "0");
  }

  @Test
  void treeDepthAndTargetAcceptProb() {
    KernelOptions d = KernelOptions.defaults();
    rejects(() -> d.withMaxTreeDepth(0), "maxTreeDepth", "[1, 30]", "0");
    rejects(() -> d.withTargetAcceptProb(1.0), "targetAcceptProb", "(0, 1)", "1.0");
    rejects(() -> d.withTargetAcceptProb(0.0), "targetAcceptProb", "(0, 1)", "0.0");
    rejects(() -> d.withTargetAcceptProb(Double.NaN), "targetAcceptProb", "NaN");
  }
}
