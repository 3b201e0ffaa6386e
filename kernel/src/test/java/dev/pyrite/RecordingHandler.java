package dev.pyrite;

import dev.pyrite.spi.Message;
import java.util.ArrayList;
import java.util.List;

/** Records a copy of every message it postprocesses, like a minimal trace. */
final class RecordingHandler extends Handler {
  final List<Message> sites = new ArrayList<>();

  @Override
  public void postprocess(Message msg) {
    sites.add(msg.copy());
  }

  Message site(String name) {
    return sites.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }
}
