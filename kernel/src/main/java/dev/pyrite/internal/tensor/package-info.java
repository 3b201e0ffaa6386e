/**
 * The implementations behind {@link dev.pyrite.TensorOps} (private to the kernel bundle).
 *
 * <p>Special functions ({@link dev.pyrite.internal.tensor.SpecialFunctions}, {@link
 * dev.pyrite.internal.tensor.Bessel}) are built from DJL's elementwise ops only, so they run and
 * differentiate on every engine. Linear algebra goes through {@link
 * dev.pyrite.internal.tensor.LinearAlgebra}: {@link
 * dev.pyrite.internal.tensor.NeutralLinearAlgebra} builds Cholesky factors and triangular solves
 * from batched slices and matrix products (a loop over the matrix dimension, never over batch
 * entries, and no read-back to Java); {@link dev.pyrite.internal.tensor.MxnetLinearAlgebra} calls
 * MXNet's LAPACK operators through {@code NDManager.invoke}. {@link
 * dev.pyrite.internal.tensor.LinearAlgebras} picks one by the engine of the array at hand.
 */
package dev.pyrite.internal.tensor;
