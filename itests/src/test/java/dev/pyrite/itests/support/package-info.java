/**
 * A third party's distribution with a support of its own: the constraint {@link
 * dev.pyrite.itests.support.Band}, its bijection and the distribution {@link
 * dev.pyrite.itests.support.BandUniform}. {@code ThirdPartyDistributionIT} packs these class files
 * into a bundle at test time and installs it while the framework runs; the test probe only reads
 * their bytes.
 */
package dev.pyrite.itests.support;
