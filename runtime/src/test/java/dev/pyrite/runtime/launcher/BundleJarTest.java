package dev.pyrite.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleJarTest {
  @TempDir Path dir;

  @Test
  void readsSymbolicNameWithoutDirectivesAndFragmentHost() throws IOException {
    Path host = jar("a.jar", Map.of("Bundle-SymbolicName", "ai.djl.mxnet;singleton:=true"));
    Path fragment = jar("b.jar", Map.of("Bundle-SymbolicName", "x.native", "Fragment-Host", "x"));
    BundleJar a = BundleJar.read(host).orElseThrow();
    assertEquals("ai.djl.mxnet", a.symbolicName());
    assertFalse(a.fragment());
    assertTrue(BundleJar.read(fragment).orElseThrow().fragment());
    assertTrue(a.location().startsWith("reference:file:"));
  }

  @Test
  void plainJarIsNoBundle() throws IOException {
    assertTrue(BundleJar.read(jar("plain.jar", Map.of("Main-Class", "X"))).isEmpty());
  }

  @Test
  void asmSpiFlyAndSlf4jStartFirstInThatOrder() {
    List<String> names =
        List.of(
            "dev.pyrite.kernel",
            "slf4j.simple",
            "org.apache.aries.spifly.dynamic.bundle",
            "slf4j.api",
            "org.objectweb.asm.tree",
            "org.objectweb.asm");
    List<String> sorted =
        names.stream()
            .map(n -> new BundleJar(dir.resolve(n), n, false))
            .sorted(Comparator.comparingInt(BundleJar::startRank))
            .map(BundleJar::symbolicName)
            .toList();
    assertEquals(
        List.of(
            "org.objectweb.asm.tree",
            "org.objectweb.asm",
            "org.apache.aries.spifly.dynamic.bundle",
            "slf4j.api",
            "slf4j.simple",
            "dev.pyrite.kernel"),
        sorted);
  }

  private Path jar(String name, Map<String, String> headers) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
    Path path = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(path);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
    return path;
  }
}
