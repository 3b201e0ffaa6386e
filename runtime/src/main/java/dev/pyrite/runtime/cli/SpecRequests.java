package dev.pyrite.runtime.cli;

import java.nio.file.Path;

/**
 * Turns a {@link RunSpec} into a {@link RunRequest}, with the options given on the command line
 * beside it taking precedence over the spec's values.
 *
 * <pre>{@code
 * RunRequest r = SpecRequests.merge(spec, fromCommandLine, seedGiven);
 * }</pre>
 */
final class SpecRequests {
  private SpecRequests() {}

  /**
   * Merges a spec with the command line.
   *
   * @param spec the checked spec
   * @param cli the request the command-line options alone make (its {@code example} is the spec's
   *     model)
   * @param seedGiven whether {@code --seed} was given
   * @return the request to run
   */
  static RunRequest merge(RunSpec spec, RunRequest cli, boolean seedGiven) {
    RunSpec.Svi svi =
        spec.svi() == null ? new RunSpec.Svi(null, null, null, null, null) : spec.svi();
    RunSpec.Mcmc mcmc =
        spec.mcmc() == null ? new RunSpec.Mcmc(null, null, null, null) : spec.mcmc();
    McmcRequest m = cli.mcmc();
    return new RunRequest(
        spec.model(),
        or(cli.method(), spec.method()),
        or(cli.guide(), svi.guide()),
        or(cli.steps(), svi.steps()),
        or(cli.lr(), svi.lr()),
        or(cli.particles(), svi.particles()),
        seedGiven || spec.seed() == null ? cli.seed() : spec.seed(),
        or(cli.engine(), spec.engine()),
        or(cli.json(), jsonOf(spec)),
        or(cli.subsample(), svi.subsample()),
        new McmcRequest(
            or(m.samples(), mcmc.samples()),
            or(m.warmup(), mcmc.warmup()),
            or(m.chains(), mcmc.chains()),
            m.denseMass() || Boolean.TRUE.equals(mcmc.denseMass())),
        cli.centered() || Boolean.TRUE.equals(spec.centered()),
        or(cli.plots(), plotsOf(spec)));
  }

  private static Path jsonOf(RunSpec spec) {
    return spec.outputs() == null || spec.outputs().json() == null
        ? null
        : Path.of(spec.outputs().json());
  }

  private static Path plotsOf(RunSpec spec) {
    return spec.outputs() == null || spec.outputs().plots() == null
        ? null
        : Path.of(spec.outputs().plots());
  }

  private static <T> T or(T first, T second) {
    return first != null ? first : second;
  }
}
