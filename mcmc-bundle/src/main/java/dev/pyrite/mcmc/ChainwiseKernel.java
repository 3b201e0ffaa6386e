package dev.pyrite.mcmc;

import dev.pyrite.spi.McmcKernel;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kernel that reports per chain: what each transition did ({@link #lastDraw}) and figures over
 * the run ({@link #chainDiagnostics}). {@link HMC} and {@link NUTS} are such kernels; the {@link
 * MCMC} runner collects the draws' statistics when the kernel is one.
 *
 * <pre>{@code
 * ChainwiseKernel k = new NUTS();
 * McmcState s = k.setup(potential, z0, 500);
 * s = k.sample(s);
 * boolean diverged = k.lastDraw().diverging()[0];
 * }</pre>
 */
@ConsumerType
public interface ChainwiseKernel extends McmcKernel {
  /**
   * The statistics of the last transition.
   *
   * @return per-chain figures, or null before the first transition
   */
  DrawStatistics lastDraw();

  /**
   * Figures per chain.
   *
   * @return one entry per chain
   */
  List<ChainDiagnostics> chainDiagnostics();
}
