/**
 * The {@code pyrite} commands inside OSGi (private to the {@code dev.pyrite.runtime} bundle).
 *
 * <p>{@link dev.pyrite.runtime.cli.CommandService} is a DS component registered as {@code
 * java.util.function.Function} with {@code pyrite.command=main}; the launcher on the class path
 * calls it with the command line. It dispatches with picocli to {@code list} and {@code run}.
 */
package dev.pyrite.runtime.cli;
