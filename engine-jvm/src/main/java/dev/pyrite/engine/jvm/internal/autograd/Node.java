package dev.pyrite.engine.jvm.internal.autograd;

import dev.pyrite.engine.jvm.internal.JvmArray;

/**
 * One recorded operation: its inputs and its vector-Jacobian product.
 *
 * @param inputs the arrays the output was computed from
 * @param backward the vector-Jacobian product
 */
public record Node(JvmArray[] inputs, Backward backward) {}
