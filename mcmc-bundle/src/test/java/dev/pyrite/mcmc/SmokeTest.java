package dev.pyrite.mcmc;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SmokeTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void smoke(String engine) {
    Engines.use(engine, 0);
    NDArray x = Models.bernoulliData();
    for (int chains : new int[] {1, 4}) {
      for (boolean mm : new boolean[] {false, true}) {
        KernelOptions o = new KernelOptions(1.0, 1.0, true, 0.8, mm, 10);
        HMC hmc = new HMC(o);
        long t0 = System.nanoTime();
        MCMC mcmc = new MCMC(hmc, 700, 300).numChains(chains);
        mcmc.run(Models.betaBernoulli(), x);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.println(engine + " chains=" + chains + " mm=" + mm + " " + secs + " s " + mcmc.diagnostics()
            + " ms/grad=" + 1000 * secs / mcmc.diagnostics().get("grad_evals") + " live=" + Backend.liveArrays());
        mcmc.printSummary(System.out);
      }
    }
  }
}
