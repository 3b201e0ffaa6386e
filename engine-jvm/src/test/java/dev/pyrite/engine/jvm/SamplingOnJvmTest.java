package dev.pyrite.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Backend;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Categorical;
import dev.pyrite.distributions.MixtureSameFamily;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every distribution of {@code shared/reference/distributions.json} samples on the Jvm engine
 * (float64, fixed seed): draws have the shape {@code sampleShape + batch + event} and are finite,
 * their means and variances match the torch/Pyro reference within {@value SampleMoments#Z} standard
 * errors (wherever both are finite; the variance's error estimated from the sample's fourth moment,
 * so not for the heavy-tailed families), and {@code rsample} passes finite gradients back to every
 * parameter of the families that have it.
 */
class SamplingOnJvmTest {
  private static final int N = 4000;
  private static final Pattern INDEPENDENT = Pattern.compile("Independent\\((\\w+),\\s*(\\d+)\\)");
  private static final Pattern MIXTURE =
      Pattern.compile("MixtureSameFamily\\((\\w+),\\s*(\\w+)\\)");

  /**
   * Families whose variance is not checked: VonMises' reference variance is the circular one, and
   * the others have (for some reference parameters) an infinite or huge fourth moment, so the
   * sample cannot estimate the variance's standard error.
   */
  private static final Set<String> NO_VARIANCE_CHECK =
      Set.of(
          "VonMises", "LogNormal", "StudentT", "Pareto", "FisherSnedecor", "MultivariateStudentT");

  private static String family(String id) {
    return id.substring(0, id.indexOf('/'));
  }

  @AfterAll
  static void backToDefault() {
    Backend.setDtype(DataType.FLOAT32);
    Engines.use("MXNet", 0);
  }

  @Test
  void everyReferenceFamilySamplesWithTheReferenceMean() throws Exception {
    Engines.use("Jvm", 2026);
    Backend.setDtype(DataType.FLOAT64);
    JsonNode root =
        new ObjectMapper().readTree(SharedData.path("reference/distributions.json").toFile());
    List<String> failures = new ArrayList<>();
    int checkedMeans = 0;
    int checkedGradients = 0;
    for (JsonNode c : root.path("distributions")) {
      String id = c.get("id").asText();
      try (Scope s = Scope.open()) {
        Distribution d = build(Backend.manager(), c.get("name").asText(), c.get("params"), false);
        NDArray x = d.sample(new Shape(N));
        assertEquals(d.shape(new Shape(N)), x.getShape(), id + ": sample shape");
        assertTrue(
            x.toType(DataType.FLOAT64, false).isInfinite().logicalOr(x.isNaN()).sum().getLong()
                == 0,
            id + ": non-finite draws");
        checkedMeans += checkMean(id, x, c, failures);
        if (d.hasRsample()) {
          checkedGradients += checkRsampleGradient(id, c, failures);
        }
      } catch (RuntimeException e) {
        failures.add(id + ": " + e);
      }
    }
    System.out.println(
        "Jvm sampling: " + checkedMeans + " means, " + checkedGradients + " rsample gradients");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(checkedMeans > 120, "too few means were checked: " + checkedMeans);
    assertTrue(checkedGradients > 30, "too few rsample cases: " + checkedGradients);
  }

  private static int checkMean(String id, NDArray x, JsonNode c, List<String> failures) {
    if (!c.hasNonNull("mean") || !c.hasNonNull("variance")) {
      return 0;
    }
    double[] mean = values(c.get("mean"));
    double[] variance = values(c.get("variance"));
    NDArray xd = x.toType(DataType.FLOAT64, false);
    NDArray centred = xd.sub(xd.mean(new int[] {0}));
    double[] sampleMean = xd.mean(new int[] {0}).toDoubleArray();
    double[] m2 = centred.square().mean(new int[] {0}).toDoubleArray();
    double[] m4 = centred.pow(4).mean(new int[] {0}).toDoubleArray();
    int checked = 0;
    for (int i = 0; i < sampleMean.length; i++) {
      double mu = mean[mean.length == 1 ? 0 : i];
      double var = variance[variance.length == 1 ? 0 : i];
      if (!Double.isFinite(mu) || !Double.isFinite(var)) {
        continue;
      }
      double se = Math.sqrt(var / N);
      if (Math.abs(sampleMean[i] - mu) > SampleMoments.Z * se + 1e-12) {
        failures.add(
            String.format(
                "%s: mean[%d] %.6g, reference %.6g (se %.2g)", id, i, sampleMean[i], mu, se));
      }
      double seVar = Math.sqrt(Math.max(0, m4[i] - m2[i] * m2[i]) / N);
      if (!NO_VARIANCE_CHECK.contains(family(id))
          && Math.abs(m2[i] - var) > SampleMoments.Z * seVar + 1e-12) {
        failures.add(
            String.format(
                "%s: variance[%d] %.6g, reference %.6g (se %.2g)", id, i, m2[i], var, seVar));
      }
      checked++;
    }
    return checked;
  }

  private static int checkRsampleGradient(String id, JsonNode c, List<String> failures) {
    NDManager m = Backend.manager();
    Map<String, NDArray> leaves = new LinkedHashMap<>();
    Distribution d = build(m, c.get("name").asText(), c.get("params"), true, leaves);
    try (GradientCollector gc = Backend.newGradientCollector()) {
      gc.backward(d.rsample(new Shape(64)).sum());
    }
    for (Map.Entry<String, NDArray> e : leaves.entrySet()) {
      NDArray g = e.getValue().getGradient();
      if (g.isNaN().logicalOr(g.isInfinite()).sum().getLong() > 0) {
        failures.add(id + ": rsample gradient of " + e.getKey() + " is not finite: " + g);
      }
    }
    return 1;
  }

  private static Distribution build(NDManager m, String name, JsonNode params, boolean grad) {
    return build(m, name, params, grad, new LinkedHashMap<>());
  }

  /** Builds a case's distribution by name through the registry; float params become leaves. */
  private static Distribution build(
      NDManager m, String name, JsonNode params, boolean grad, Map<String, NDArray> leaves) {
    Map<String, NDArray> all = new LinkedHashMap<>();
    params
        .properties()
        .forEach(
            e -> {
              NDArray a = m.create(values(e.getValue()), shape(e.getValue()));
              boolean count = e.getKey().equals("total_count") || e.getKey().equals("dim");
              if (grad && !count) {
                a.setRequiresGradient(true);
                leaves.put(e.getKey(), a);
              }
              all.put(e.getKey(), a);
            });
    Matcher independent = INDEPENDENT.matcher(name);
    if (independent.matches()) {
      return create(independent.group(1), all).toEvent(Integer.parseInt(independent.group(2)));
    }
    Matcher mixture = MIXTURE.matcher(name);
    if (mixture.matches()) {
      Map<String, NDArray> mix = new LinkedHashMap<>();
      Map<String, NDArray> comp = new LinkedHashMap<>();
      all.forEach(
          (k, v) -> (k.startsWith("mixture_") ? mix : comp).put(k.replace("mixture_", ""), v));
      return new MixtureSameFamily(
          (Categorical) create(mixture.group(1), mix), create(mixture.group(2), comp));
    }
    return create(name, all);
  }

  private static Distribution create(String family, Map<String, NDArray> params) {
    return PluginRegistry.get().find(DistributionProvider.class, family).create(params);
  }

  private static Shape shape(JsonNode node) {
    List<Long> dims = new ArrayList<>();
    for (JsonNode n = node; n != null && n.isArray(); n = n.size() > 0 ? n.get(0) : null) {
      dims.add((long) n.size());
    }
    return new Shape(dims.stream().mapToLong(Long::longValue).toArray());
  }

  private static double[] values(JsonNode node) {
    List<Double> flat = new ArrayList<>();
    flatten(node, flat);
    return flat.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void flatten(JsonNode node, List<Double> out) {
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else {
      out.add(node.isTextual() ? Double.parseDouble(node.asText()) : node.asDouble());
    }
  }
}
