package dev.pyrite.svi.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.spi.Elbo;
import dev.pyrite.spi.ElboOptions;
import dev.pyrite.spi.ElboProvider;
import dev.pyrite.svi.TraceElbo;

/** Publishes {@link TraceElbo} in the plugin registry. */
@ServiceProvider(value = ElboProvider.class, attribute = "pyrite.name=TraceElbo")
public final class TraceElboProvider implements ElboProvider {
  @Override
  public String name() {
    return "TraceElbo";
  }

  @Override
  public String description() {
    return "Trace_ELBO: pathwise and score-function gradients, vectorised particles";
  }

  @Override
  public Elbo create(ElboOptions options) {
    return new TraceElbo(options);
  }
}
