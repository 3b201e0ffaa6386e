package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the tests of this bundle. */
final class ReparamTesting {
  private ReparamTesting() {}

  static NDArray array(double... values) {
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    return Backend.manager().create(f);
  }

  static List<String> sampleSites(Trace t) {
    List<String> out = new ArrayList<>();
    for (Message m : t.nodes()) {
      if (m.type() == MessageType.SAMPLE) {
        out.add(m.name());
      }
    }
    return out;
  }

  static List<String> latentSites(Trace t) {
    return t.stochasticNodes().stream().map(Message::name).toList();
  }
}
