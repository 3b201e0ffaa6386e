package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernelProvider;
import org.junit.jupiter.api.Test;

/** HMC is found by name in the plugin registry. */
class HmcProviderTest {
  @Test
  void hmcIsRegistered() {
    McmcKernelProvider p = PluginRegistry.get().find(McmcKernelProvider.class, "HMC");
    assertInstanceOf(HMC.class, p.create(KernelOptions.defaults()));
  }

  @Test
  void runnerRejectsBadCounts() {
    assertThrows(IllegalArgumentException.class, () -> new MCMC(new HMC(), 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new MCMC(new HMC(), 10, 10).numChains(0));
  }
}
