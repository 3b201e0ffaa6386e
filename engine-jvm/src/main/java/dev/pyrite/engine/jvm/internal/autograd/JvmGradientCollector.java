package dev.pyrite.engine.jvm.internal.autograd;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import dev.pyrite.engine.jvm.internal.JvmArray;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Jvm engine's gradient collector: records while open; {@link #backward} accumulates into the
 * gradients of the arrays marked with {@code setRequiresGradient(true)}, as DJL's PyTorch engine
 * does ({@link #zeroGradients} zeroes the leaves this collector reached; re-marking a leaf zeroes
 * it).
 */
public final class JvmGradientCollector implements GradientCollector {
  private static final AtomicBoolean COLLECTING = new AtomicBoolean();
  private final Set<JvmArray> leaves = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Starts recording; only one collector may be open at a time, as in DJL. */
  public JvmGradientCollector() {
    if (COLLECTING.getAndSet(true)) {
      throw new IllegalStateException(
          "A Jvm GradientCollector is already collecting; close it before opening another");
    }
    Tape.setRecording(true);
  }

  @Override
  public void backward(NDArray target) {
    if (!(target instanceof JvmArray)) {
      throw new IllegalArgumentException(
          "the Jvm engine's collector cannot differentiate an array of engine "
              + target.getManager().getEngine().getEngineName());
    }
    Tape.backward((JvmArray) target, leaves);
  }

  @Override
  public void zeroGradients() {
    for (JvmArray leaf : leaves) {
      leaf.zeroGradient();
    }
  }

  @Override
  public void close() {
    Tape.setRecording(false);
    COLLECTING.set(false);
  }
}
