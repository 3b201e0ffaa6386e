package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Common supertype of every plug-in provider: something users find by name.
 *
 * <p>The name is what users type ({@code --guide AutoDiagonalNormal}); it is also published as the
 * OSGi service property {@value #NAME_PROPERTY}.
 *
 * <pre>{@code
 * AutoGuideProvider p = registry.find(AutoGuideProvider.class, "AutoNormal");
 * System.out.println(p.name()); // AutoNormal
 * }</pre>
 */
@ConsumerType
public interface Plugin {
  /** The OSGi service property that carries the plug-in name. */
  String NAME_PROPERTY = "pyrite.name";

  /**
   * The name users type to select this plug-in.
   *
   * @return a non-empty name, unique within the plug-in kind
   */
  String name();

  /**
   * One line that says what the plug-in does, for listings.
   *
   * @return a short description
   */
  default String description() {
    return name();
  }
}
