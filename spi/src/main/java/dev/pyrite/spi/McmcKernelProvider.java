package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An MCMC kernel found by name (e.g. {@code "HMC"}).
 *
 * <pre>{@code
 * McmcKernel k = registry.find(McmcKernelProvider.class, "HMC").create(KernelOptions.defaults());
 * }</pre>
 */
@ConsumerType
public interface McmcKernelProvider extends Plugin {
  /**
   * Creates a kernel.
   *
   * @param options the kernel options
   * @return a new kernel
   */
  McmcKernel create(KernelOptions options);
}
