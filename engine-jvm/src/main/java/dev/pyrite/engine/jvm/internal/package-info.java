/** The Jvm engine's implementation: arrays, kernels, manager, autograd. Not exported. */
package dev.pyrite.engine.jvm.internal;
