package dev.pyrite.runtime.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * A jar of the bundle folder, read before it is installed.
 *
 * @param path the jar
 * @param symbolicName its {@code Bundle-SymbolicName} without directives
 * @param fragment whether it is a fragment (has a {@code Fragment-Host})
 */
record BundleJar(Path path, String symbolicName, boolean fragment) {
  /** Bundles started before all others, in this order: logging needs SPI Fly, SPI Fly needs ASM. */
  private static final List<String> BOOT =
      List.of("org.objectweb.asm", "org.apache.aries.spifly", "slf4j.api", "slf4j.simple");

  /**
   * Reads a jar's manifest.
   *
   * @param path the jar
   * @return the bundle, or empty when the jar has no {@code Bundle-SymbolicName}
   * @throws IOException when the jar cannot be read
   */
  static Optional<BundleJar> read(Path path) throws IOException {
    try (JarFile jar = new JarFile(path.toFile())) {
      Attributes main = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes();
      String bsn = main == null ? null : main.getValue("Bundle-SymbolicName");
      if (bsn == null) {
        return Optional.empty();
      }
      boolean fragment = main.getValue("Fragment-Host") != null;
      return Optional.of(new BundleJar(path, bsn.split(";")[0].trim(), fragment));
    }
  }

  /**
   * The start rank: boot bundles first (in {@link #BOOT} order), then everything else.
   *
   * @return a rank, lower starts earlier
   */
  int startRank() {
    for (int i = 0; i < BOOT.size(); i++) {
      if (symbolicName.startsWith(BOOT.get(i))) {
        return i;
      }
    }
    return BOOT.size();
  }

  /**
   * The install location: a {@code reference:} URL, so the framework does not copy the jar (the
   * native fragments are hundreds of megabytes).
   *
   * @return the location
   */
  String location() {
    return "reference:" + path.toAbsolutePath().toUri();
  }
}
