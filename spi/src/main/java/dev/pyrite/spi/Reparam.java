package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A reparameterizer: replaces one sample site by auxiliary sites and a deterministic function of
 * them, Pyro's {@code Reparam}.
 *
 * <pre>{@code
 * Reparam r = new LocScaleReparam(0.0); // fully non-centred
 * ReparamResult res = r.apply(new ReparamMessage("theta", new Normal(mu, tau), null, false));
 * }</pre>
 */
@ConsumerType
public interface Reparam {
  /**
   * Rewrites a site. Called inside the model, so it may call {@code sample} and {@code param} to
   * create the auxiliary sites.
   *
   * @param msg the site
   * @return what the site becomes
   */
  ReparamResult apply(ReparamMessage msg);

  /**
   * Maps an init value of the original site to init values of the auxiliary sites this
   * reparameterizer creates, so that init strategies keep working after reparameterisation.
   *
   * @param name the original site name
   * @param fn the original distribution
   * @param value the init value of the original site
   * @return auxiliary site name to init value
   */
  default Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    return Map.of();
  }
}
