/**
 * Random variates of the Jvm engine on primitive arrays: the engine's seeded stream and the
 * uniform, normal, gamma, Poisson and multinomial generators. Not exported.
 */
package dev.pyrite.engine.jvm.internal.random;
