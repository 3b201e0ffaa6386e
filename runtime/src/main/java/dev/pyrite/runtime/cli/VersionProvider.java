package dev.pyrite.runtime.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import picocli.CommandLine.IVersionProvider;

/** {@code pyrite --version}: the version of the {@code dev.pyrite.runtime} bundle. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
    return new String[] {"pyrite " + (bundle == null ? "(no bundle)" : bundle.getVersion())};
  }
}
