package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.mcmc.ModelPotential;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.PotentialFunction;
import java.util.List;

/**
 * Builds the mass matrix and its estimator that the options ask for: diagonal (default), dense
 * ({@code fullMass}) or dense blocks over groups of sites ({@code denseBlocks}, the rest diagonal),
 * one matrix per chain.
 *
 * <pre>{@code
 * MassStructure m = MassStructure.of(options, potential, 4, DataType.FLOAT64);
 * MassMatrix mass = m.mass();
 * ChainWelford w = m.welford();
 * }</pre>
 *
 * @param mass the identity mass matrix of the right kind
 * @param welford the matching estimator
 */
public record MassStructure(MassMatrix mass, ChainWelford welford) {
  /**
   * Builds them.
   *
   * @param options the kernel options
   * @param potential the potential (a {@link ModelPotential} when blocks name sites)
   * @param chains the number of chains
   * @param dtype the dtype of positions
   * @return the mass matrix and estimator
   * @throws IllegalArgumentException when a block names an unknown site
   */
  public static MassStructure of(
      KernelOptions options, PotentialFunction potential, long chains, DataType dtype) {
    NDManager manager = dev.pyrite.Backend.manager();
    int dim = potential.dimension();
    if (options.fullMass()) {
      return new MassStructure(
          new DenseMassMatrix(manager, chains, dim, dtype), new ChainWelford(true, null));
    }
    if (options.denseBlocks().isEmpty()) {
      return new MassStructure(
          new DiagonalMassMatrix(manager, chains, dim, dtype), new ChainWelford(false, null));
    }
    NDArray mask = dev.pyrite.Scope.escape(blockMask(manager, options, potential, dim, dtype));
    return new MassStructure(
        new DenseMassMatrix(manager, chains, dim, dtype), new ChainWelford(true, mask));
  }

  private static NDArray blockMask(
      NDManager manager, KernelOptions options, PotentialFunction potential, int dim, DataType t) {
    if (!(potential instanceof ModelPotential model)) {
      throw new IllegalArgumentException(
          "denseBlocks name sites, but the potential is not a model's; use fullMass instead");
    }
    float[] m = new float[dim * dim];
    for (int i = 0; i < dim; i++) {
      m[i * dim + i] = 1f;
    }
    for (List<String> block : options.denseBlocks()) {
      int[] cols = columns(model, block);
      for (int a : cols) {
        for (int b : cols) {
          m[a * dim + b] = 1f;
        }
      }
    }
    return manager.create(m, new Shape(dim, dim)).toType(t, false);
  }

  private static int[] columns(ModelPotential model, List<String> block) {
    int n = 0;
    for (String site : block) {
      n += (int) model.siteColumns(site)[1];
    }
    int[] cols = new int[n];
    int k = 0;
    for (String site : block) {
      long[] range = model.siteColumns(site);
      for (long j = 0; j < range[1]; j++) {
        cols[k++] = (int) (range[0] + j);
      }
    }
    return cols;
  }
}
