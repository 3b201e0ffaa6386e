package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.PluginRegistry;
import dev.pyrite.distributions.Categorical;
import dev.pyrite.distributions.MixtureSameFamily;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the distribution a reference case names, through the registered {@link
 * DistributionProvider}s, so a third party's family is checked like a built-in one. Two wrapper
 * names are understood: {@code Independent(Base,n)} (the base's provider, then {@code toEvent(n)})
 * and {@code MixtureSameFamily(Mix,Comp)} (params starting with {@code mixture_} go, without the
 * prefix, to the mixing distribution, the rest to the components).
 */
public final class Families {
  private static final Pattern INDEPENDENT = Pattern.compile("Independent\\((\\w+),\\s*(\\d+)\\)");
  private static final Pattern MIXTURE =
      Pattern.compile("MixtureSameFamily\\((\\w+),\\s*(\\w+)\\)");
  private static final String MIXTURE_PREFIX = "mixture_";

  private Families() {}

  /**
   * The distribution of a case.
   *
   * @param manager where to create the parameters
   * @param name the case's {@code name}
   * @param params the case's {@code params}
   * @return the distribution
   * @throws IllegalArgumentException when no provider knows the family or a parameter is invalid
   */
  public static Distribution build(NDManager manager, String name, JsonNode params) {
    Map<String, NDArray> all = new LinkedHashMap<>();
    params.properties().forEach(e -> all.put(e.getKey(), JsonArrays.array(manager, e.getValue())));
    Matcher independent = INDEPENDENT.matcher(name);
    if (independent.matches()) {
      return create(independent.group(1), all).toEvent(Integer.parseInt(independent.group(2)));
    }
    Matcher mixture = MIXTURE.matcher(name);
    if (mixture.matches()) {
      Map<String, NDArray> mix = new LinkedHashMap<>();
      Map<String, NDArray> comp = new LinkedHashMap<>();
      all.forEach(
          (k, v) -> {
            if (k.startsWith(MIXTURE_PREFIX)) {
              mix.put(k.substring(MIXTURE_PREFIX.length()), v);
            } else {
              comp.put(k, v);
            }
          });
      Distribution mixing = create(mixture.group(1), mix);
      if (!(mixing instanceof Categorical c)) {
        throw new IllegalArgumentException(
            name + ": the mixing distribution must be Categorical, got " + mixing.name());
      }
      return new MixtureSameFamily(c, create(mixture.group(2), comp));
    }
    return create(name, all);
  }

  private static Distribution create(String family, Map<String, NDArray> params) {
    return PluginRegistry.get().find(DistributionProvider.class, family).create(params);
  }
}
