package dev.pyrite.mcmc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MCMC summary as JSON (Jackson): under {@code posterior}, per site {@code mean}, {@code sd},
 * {@code q05}, {@code q50}, {@code q95}, {@code n_eff} and {@code r_hat}, numbers for scalar sites
 * and arrays (flattened, row-major) for the others; then {@code divergences} and, for kernels that
 * adapt per chain, {@code chains}: one object per chain with its divergences, warmup divergences,
 * mean tree depth, mean leapfrog steps, mean acceptance and step size. NaN (too few draws for a
 * diagnostic) is written as the string {@code "NaN"}, Jackson's default.
 *
 * <pre>{@code
 * ObjectNode json = mcmc.summaryJson();
 * new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file, json);
 * }</pre>
 */
public final class SummaryJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SummaryJson() {}

  /**
   * Builds the JSON.
   *
   * @param sites site name to summary, in the order to write
   * @param scalarSites the sites written as numbers (the others as arrays)
   * @param divergences divergent transitions after warmup, all chains
   * @param chains per-chain figures (empty when the kernel has none)
   * @return the JSON object
   */
  public static ObjectNode of(
      Map<String, SiteSummary> sites,
      Set<String> scalarSites,
      long divergences,
      List<ChainDiagnostics> chains) {
    ObjectNode root = NODES.objectNode();
    ObjectNode posterior = root.putObject("posterior");
    sites.forEach((name, s) -> posterior.set(name, site(s, scalarSites.contains(name))));
    root.put("divergences", divergences);
    if (!chains.isEmpty()) {
      ArrayNode list = root.putArray("chains");
      chains.forEach(c -> list.add(chain(c)));
    }
    return root;
  }

  /**
   * One site's figures.
   *
   * @param s the summary
   * @param scalar whether to write numbers rather than arrays
   * @return the JSON object of the site
   */
  public static ObjectNode site(SiteSummary s, boolean scalar) {
    ObjectNode o = NODES.objectNode();
    column(o, "mean", s.mean(), scalar);
    column(o, "sd", s.sd(), scalar);
    column(o, "q05", s.q05(), scalar);
    column(o, "q50", s.q50(), scalar);
    column(o, "q95", s.q95(), scalar);
    column(o, "n_eff", s.nEff(), scalar);
    column(o, "r_hat", s.rHat(), scalar);
    return o;
  }

  private static void column(ObjectNode o, String key, double[] v, boolean scalar) {
    if (scalar) {
      o.put(key, v[0]);
    } else {
      ArrayNode a = o.putArray(key);
      for (double x : v) {
        a.add(x);
      }
    }
  }

  private static ObjectNode chain(ChainDiagnostics c) {
    ObjectNode o = NODES.objectNode();
    o.put("chain", c.chain());
    o.put("divergences", c.divergences());
    o.put("warmup_divergences", c.warmupDivergences());
    o.put("mean_tree_depth", c.meanTreeDepth());
    o.put("mean_num_steps", c.meanNumSteps());
    o.put("accept_prob", c.meanAcceptProb());
    o.put("step_size", c.stepSize());
    return o;
  }
}
