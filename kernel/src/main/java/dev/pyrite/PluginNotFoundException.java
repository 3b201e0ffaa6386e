package dev.pyrite;

import java.util.List;

/**
 * No plug-in of the requested kind has the requested name.
 *
 * <pre>{@code
 * no autoguide named AutoFoo; available: AutoDiagonalNormal, AutoNormal
 * }</pre>
 */
public final class PluginNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind
   * @param name the requested name
   * @param available the names that exist
   */
  public PluginNotFoundException(PluginKind kind, String name, List<String> available) {
    this(kind.label(), name, available);
  }

  /**
   * Creates the exception for any kind, built-in or defined by a bundle.
   *
   * @param kind the kind's label
   * @param name the requested name
   * @param available the names that exist
   */
  public PluginNotFoundException(String kind, String name, List<String> available) {
    super(
        "no "
            + kind
            + " named "
            + name
            + "; available: "
            + (available.isEmpty() ? "(none)" : String.join(", ", available)));
  }
}
