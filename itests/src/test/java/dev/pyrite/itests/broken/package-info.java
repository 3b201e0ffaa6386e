/**
 * Deliberately broken plug-in code. {@code HotSwapIT} copies these class files into small bundles
 * it builds at test time (with {@code java.util.jar}, no bundle tooling) and installs while the
 * framework runs; the test probe only reads their bytes.
 */
package dev.pyrite.itests.broken;
