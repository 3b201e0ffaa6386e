/**
 * The {@code pyrite} launcher: plain Java on the class path, next to the Felix framework jar.
 *
 * <p>It boots an embedded OSGi framework (found with {@code ServiceLoader}), installs every bundle
 * of the distribution's {@code bundles/} folder, and hands the command-line arguments to the {@code
 * java.util.function.Function} service registered with {@code pyrite.command=main}. Only JDK types
 * cross the framework boundary, so no class is shared between the class path and the bundles. This
 * package is never imported inside OSGi.
 */
package dev.pyrite.runtime.launcher;
