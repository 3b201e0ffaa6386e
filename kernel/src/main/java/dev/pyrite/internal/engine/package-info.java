/**
 * Makes DJL's engines work inside OSGi (private to the kernel bundle).
 *
 * <p>DJL finds engines once, in {@code ai.djl.engine.Engine}'s static initialiser, through a {@code
 * ServiceLoader} on the thread context class loader, and it loads native libraries and their
 * property files through that loader too. The engine bundles ({@code ai.djl.mxnet}, {@code
 * ai.djl.pytorch}, each with a native fragment) are therefore passive, and {@link
 * dev.pyrite.internal.engine.EngineBootstrap} touches {@code Engine} exactly once, from the kernel
 * activator, with a context class loader that sees every engine bundle. Each engine is then
 * published as an OSGi service with the property {@code engine.name}.
 */
package dev.pyrite.internal.engine;
