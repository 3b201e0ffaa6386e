/** Reverse-mode autograd of the Jvm engine: the tape and the gradient collector. Not exported. */
package dev.pyrite.engine.jvm.internal.autograd;
