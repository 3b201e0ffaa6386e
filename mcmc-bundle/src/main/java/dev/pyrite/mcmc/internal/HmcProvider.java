package dev.pyrite.mcmc.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.mcmc.HMC;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.McmcKernelProvider;

/** Publishes {@link HMC} in the plugin registry as {@code "HMC"}. */
@ServiceProvider(value = McmcKernelProvider.class, attribute = "pyrite.name=HMC")
public final class HmcProvider implements McmcKernelProvider {
  @Override
  public String name() {
    return "HMC";
  }

  @Override
  public String description() {
    return "Hamiltonian Monte Carlo with dual-averaging step size and diagonal mass matrix adaptation";
  }

  @Override
  public McmcKernel create(KernelOptions options) {
    return new HMC(options);
  }
}
