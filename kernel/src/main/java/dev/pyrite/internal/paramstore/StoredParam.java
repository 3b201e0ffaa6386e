package dev.pyrite.internal.paramstore;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * One param as it is saved: the unconstrained array and what is needed to constrain it again.
 *
 * @param name the param name
 * @param unconstrained the unconstrained value
 * @param shape the shape of the constrained value
 * @param constraint the constraint name (with its arguments), {@code null} for unconstrained reals
 * @param eventDim the param's event dimensions
 */
public record StoredParam(
    String name, NDArray unconstrained, Shape shape, String constraint, int eventDim) {}
