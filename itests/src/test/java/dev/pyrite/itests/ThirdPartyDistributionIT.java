package dev.pyrite.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Pyrite;
import dev.pyrite.distributions.Normal;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A third party adds a distribution with a support of its own (a constraint, its bijection and the
 * distribution) in a bundle installed while the framework runs; a model uses it by name and SVI
 * with AutoNormal fits it. theta ~ BandUniform(0, 5), 20 observations ~ Normal(theta, 0.5) with
 * mean 2: the posterior is N(2, 0.5 / sqrt(20)) truncated to (0, 5), mean 2.000, sd 0.112.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThirdPartyDistributionIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final String PKG = "dev.pyrite.itests.support.";
  private static final String REGISTRAR =
      "osgi.extender;filter:=\"(&(osgi.extender=osgi.serviceloader.registrar)(version>=1.0.0)"
          + "(!(version>=2.0.0)))\"";

  @Inject private BundleContext context;

  /**
   * The runtime distribution.
   *
   * @return the options
   */
  @Configuration
  public Option[] config() {
    return PyriteOptions.runtime();
  }

  /**
   * Installs the third-party bundle, fits the model with AutoNormal, checks the posterior against
   * the analytic one and that every draw lies in the new support.
   *
   * @throws Exception on framework errors
   */
  @Test
  public void aDistributionWithANewSupportIsFittedByAutoNormal() throws Exception {
    PluginRegistry registry = registry();
    Bundle bundle = context.installBundle("itest:band-uniform", bundleJar());
    try {
      bundle.start();
      DistributionProvider bandUniform =
          Await.until(
              "BandUniform in the registry",
              TIMEOUT,
              () -> registry.lookup(DistributionProvider.class, "BandUniform").orElse(null),
              registry::list);
      Backend.seed(0);
      ParamStore store = new ParamStore();
      try (ParamStore.Use use = ParamStore.use(store)) {
        NDManager m = Backend.manager();
        Distribution prior = bandUniform.create(Map.of("low", m.create(0f), "high", m.create(5f)));
        Model<NDArray> model =
            y -> {
              NDArray theta = Pyrite.sample("theta", prior);
              try (Plate data = Pyrite.plate("data", y.size(0))) {
                Pyrite.sample("y", new Normal(theta, 0.5), y);
              }
            };
        NDArray y = observations(m);
        AutoGuide<NDArray> guide =
            registry
                .find(AutoGuideProvider.class, "AutoNormal")
                .create(model, AutoGuideOptions.defaults());
        SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.02), new TraceElbo(10));
        for (int i = 0; i < 1500; i++) {
          svi.step(y);
        }
        NDArray draws = guide.samplePosterior(y, 4000).get("theta");
        double mean = draws.mean().getFloat();
        double sd = draws.sub(mean).square().mean().sqrt().getFloat();
        // the final SVI iterate wanders by a fraction of the posterior sd
        assertEquals(2.0, mean, 0.05);
        assertEquals(0.5 / Math.sqrt(20), sd, 0.03);
        assertTrue(draws.gt(0).logicalAnd(draws.lt(5)).all().getBoolean());
      }
    } finally {
      bundle.uninstall();
    }
    Await.until(
        "BandUniform gone",
        TIMEOUT,
        () -> registry.lookup(DistributionProvider.class, "BandUniform").isEmpty());
  }

  /** Twenty observations with mean exactly 2. */
  private static NDArray observations(NDManager m) {
    float[] y = new float[20];
    for (int i = 0; i < y.length; i++) {
      y[i] = 2f + (float) (0.5 * Math.sin(1.7 * i + 0.3));
    }
    float mean = 0;
    for (float v : y) {
      mean += v / y.length;
    }
    for (int i = 0; i < y.length; i++) {
      y[i] += 2f - mean;
    }
    return m.create(y);
  }

  private PluginRegistry registry() {
    ServiceReference<PluginRegistry> ref =
        Await.reference(context, PluginRegistry.class, null, TIMEOUT);
    return context.getService(ref);
  }

  private static String capability(String spi, String impl, String name) {
    return "osgi.serviceloader;osgi.serviceloader=\""
        + spi
        + "\";pyrite.name="
        + name
        + ";register:=\""
        + PKG
        + impl
        + "\"";
  }

  /** The third party's bundle, built from the class files in dev.pyrite.itests.support. */
  private static InputStream bundleJar() {
    Manifest mf = new Manifest();
    Attributes main = mf.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", "com.example.band");
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue(
        "Import-Package",
        "dev.pyrite;version=\"[1.0,2)\",dev.pyrite.spi;version=\"[1.0,2)\","
            + "dev.pyrite.distributions;version=\"[1.0,2)\",ai.djl.ndarray,ai.djl.ndarray.types");
    main.putValue(
        "Provide-Capability",
        capability("dev.pyrite.spi.BijectionProvider", "BandBijections", "band")
            + ","
            + capability(
                "dev.pyrite.spi.DistributionProvider", "BandUniformProvider", "BandUniform"));
    main.putValue("Require-Capability", REGISTRAR);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
      for (String n :
          new String[] {
            "Band", "BandTransform", "BandBijections", "BandUniform", "BandUniformProvider"
          }) {
        String path = "dev/pyrite/itests/support/" + n + ".class";
        try (InputStream in =
            ThirdPartyDistributionIT.class.getClassLoader().getResourceAsStream(path)) {
          jar.putNextEntry(new JarEntry(path));
          in.transferTo(jar);
          jar.closeEntry();
        }
      }
      service(jar, "dev.pyrite.spi.BijectionProvider", "BandBijections");
      service(jar, "dev.pyrite.spi.DistributionProvider", "BandUniformProvider");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  private static void service(JarOutputStream jar, String spi, String impl) throws IOException {
    jar.putNextEntry(new JarEntry("META-INF/services/" + spi));
    jar.write((PKG + impl + "\n").getBytes(StandardCharsets.UTF_8));
    jar.closeEntry();
  }
}
