package dev.pyrite.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.mcmc.SiteSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Stan's posterior of an example (test resources {@code stan/NAME.json}, written by {@code
 * stan/posteriors.R}) and the comparison the posterior-vs-Stan tests make: every element's mean
 * within 4 combined Monte Carlo standard errors (Stan's {@code se_mean} and ours, {@code sd /
 * sqrt(n_eff)}), every sd within 10%.
 */
final class StanReference {
  private final JsonNode posterior;

  private StanReference(JsonNode posterior) {
    this.posterior = posterior;
  }

  static StanReference load(String name) {
    String path = "stan/" + name + ".json";
    try (InputStream in = StanReference.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new StanReference(new ObjectMapper().readTree(in).get("posterior"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that our summary of a site matches Stan's.
   *
   * @param site our site name
   * @param ours our summary
   * @param stanSite Stan's parameter name
   */
  void assertMatches(String site, SiteSummary ours, String stanSite) {
    JsonNode stan = posterior.get(stanSite);
    for (int j = 0; j < ours.size(); j++) {
      double mean = value(stan.get("mean"), j);
      double sd = value(stan.get("sd"), j);
      double mcseStan = value(stan.get("mcse_mean"), j);
      double mcseOurs = ours.sd()[j] / Math.sqrt(ours.nEff()[j]);
      double tol = 4 * Math.hypot(mcseStan, mcseOurs);
      String what = site + "[" + j + "]";
      System.out.printf(
          "%s: mean %.4f (Stan %.4f +- %.4f), sd %.4f (Stan %.4f), n_eff %.0f, r_hat %.4f%n",
          what, ours.mean()[j], mean, tol, ours.sd()[j], sd, ours.nEff()[j], ours.rHat()[j]);
      assertTrue(
          Math.abs(ours.mean()[j] - mean) < tol,
          what + " mean " + ours.mean()[j] + " vs Stan " + mean + " +- " + tol);
      assertTrue(
          Math.abs(ours.sd()[j] - sd) < 0.1 * sd, what + " sd " + ours.sd()[j] + " vs Stan " + sd);
      assertTrue(ours.rHat()[j] < 1.01, what + " r_hat " + ours.rHat()[j]);
    }
  }

  private static double value(JsonNode node, int j) {
    return node.isArray() ? node.get(j).asDouble() : node.asDouble();
  }
}
