package dev.pyrite.mcmc.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.McmcKernelProvider;

/** Publishes {@link NUTS} in the plugin registry as {@code "NUTS"}. */
@ServiceProvider(value = McmcKernelProvider.class, attribute = "pyrite.name=NUTS")
public final class NutsProvider implements McmcKernelProvider {
  @Override
  public String name() {
    return "NUTS";
  }

  @Override
  public String description() {
    return "No-U-Turn Sampler with per-chain step size and mass matrix adaptation";
  }

  @Override
  public McmcKernel create(KernelOptions options) {
    return new NUTS(options);
  }
}
