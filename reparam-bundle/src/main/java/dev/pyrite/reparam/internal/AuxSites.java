package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Handler;
import dev.pyrite.Pyrite;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Emits the auxiliary sample sites of reparameterizers. A site whose value is already known (the
 * original site arrived with a value that is not an observation) is sent latent with that value
 * preset, as Pyro's {@code infer={"is_observed": False}}: handlers above may still replace it, the
 * default draw is skipped, and inference sees a latent site.
 *
 * <pre>{@code
 * NDArray d = AuxSites.sample("x_decentered", new Normal(0, 1), null);   // an ordinary latent site
 * NDArray e = AuxSites.sample("x_decentered", new Normal(0, 1), value);  // latent, preset to value
 * }</pre>
 */
public final class AuxSites {
  private AuxSites() {}

  /**
   * Emits a latent auxiliary site.
   *
   * @param name the site name
   * @param fn its distribution
   * @param value its preset value, or {@code null} to let the stack choose one
   * @return the site's value
   */
  public static NDArray sample(String name, Distribution fn, NDArray value) {
    if (value == null) {
      return Pyrite.sample(name, fn);
    }
    Message msg = new Message(MessageType.SAMPLE, name);
    msg.setFn(fn);
    msg.setValue(value);
    Handler.applyStack(msg);
    return msg.value();
  }
}
