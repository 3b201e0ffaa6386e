package dev.pyrite.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the bundles that carry a DJL engine provider and resolves them, whether or not they are
 * started, so their class space and attached native fragments can be read.
 */
final class EngineBundles {
  /** The service file every DJL engine jar ships. */
  static final String PROVIDER_FILE = "META-INF/services/ai.djl.engine.EngineProvider";

  private static final Logger LOG = LoggerFactory.getLogger(EngineBundles.class);

  private EngineBundles() {}

  /**
   * The resolved bundles that declare a DJL engine provider.
   *
   * @param context any bundle context of the framework
   * @return the engine bundles, in bundle-id order; unresolvable ones are logged and left out
   */
  static List<Bundle> resolve(BundleContext context) {
    List<Bundle> candidates = new ArrayList<>();
    for (Bundle bundle : context.getBundles()) {
      if (bundle.getState() != Bundle.UNINSTALLED
          && !isFragment(bundle)
          && bundle.getEntry(PROVIDER_FILE) != null) {
        candidates.add(bundle);
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    context
        .getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
        .adapt(FrameworkWiring.class)
        .resolveBundles(candidates);
    List<Bundle> resolved = new ArrayList<>();
    for (Bundle bundle : candidates) {
      if (bundle.getState() == Bundle.INSTALLED) {
        LOG.error(
            "DJL engine bundle {} {} does not resolve; its engine is unavailable",
            bundle.getSymbolicName(),
            bundle.getVersion());
      } else {
        resolved.add(bundle);
      }
    }
    return resolved;
  }

  private static boolean isFragment(Bundle bundle) {
    BundleRevision revision = bundle.adapt(BundleRevision.class);
    return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
  }
}
