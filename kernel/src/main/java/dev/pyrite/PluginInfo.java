package dev.pyrite;

/**
 * One line of {@code pyrite list}: a plug-in and the bundle that provides it.
 *
 * <pre>{@code
 * for (PluginInfo p : PluginRegistry.get().list()) {
 *   System.out.println(p.kind() + " " + p.name() + " " + p.bundle() + " " + p.version());
 * }
 * }</pre>
 *
 * @param kind the kind label, e.g. {@code "autoguide"}
 * @param name the plug-in name
 * @param bundle the providing bundle's symbolic name (or jar name on a plain class path)
 * @param version the providing bundle's version
 */
public record PluginInfo(String kind, String name, String bundle, String version) {}
