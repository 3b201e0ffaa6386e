package dev.pyrite.engine.jvm.internal.autograd;

import dev.pyrite.engine.jvm.internal.JvmArray;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The autograd tape. While a {@link JvmGradientCollector} is open, every operation whose inputs
 * need a gradient links its output to a {@link Node}; {@link #backward} walks those links from the
 * target in reverse topological order and accumulates into the leaves' gradients.
 */
public final class Tape {
  private static volatile boolean recording;

  private Tape() {}

  /**
   * Whether operations are being recorded.
   *
   * @return {@code true} while a collector is open
   */
  public static boolean isRecording() {
    return recording;
  }

  static void setRecording(boolean on) {
    recording = on;
  }

  /**
   * Records {@code out} as computed from {@code inputs}, when recording and one of them needs a
   * gradient.
   *
   * @param out the result
   * @param backward its vector-Jacobian product
   * @param inputs the operands
   * @return {@code out}
   */
  public static JvmArray record(JvmArray out, Backward backward, JvmArray... inputs) {
    if (!recording) {
      return out;
    }
    for (JvmArray in : inputs) {
      if (in != null && in.tracksGradient()) {
        out.setNode(new Node(inputs, backward));
        return out;
      }
    }
    return out;
  }

  /**
   * Back-propagates from a target, seeding its gradient with ones.
   *
   * @param target the array to differentiate
   * @param leaves collects the leaves whose gradients were accumulated
   */
  public static void backward(JvmArray target, java.util.Set<JvmArray> leaves) {
    List<JvmArray> order = topologicalOrder(target);
    Map<JvmArray, double[]> grads = new IdentityHashMap<>();
    double[] seed = new double[target.data().length];
    java.util.Arrays.fill(seed, 1);
    grads.put(target, seed);
    for (int k = order.size() - 1; k >= 0; k--) {
      JvmArray a = order.get(k);
      double[] g = grads.remove(a);
      if (g == null) {
        continue;
      }
      if (a.requiresGradient()) {
        a.accumulateGradient(g);
        leaves.add(a);
      }
      Node node = a.node();
      if (node == null) {
        continue;
      }
      JvmArray[] inputs = node.inputs();
      double[][] gi = new double[inputs.length][];
      for (int i = 0; i < inputs.length; i++) {
        if (inputs[i] != null && inputs[i].tracksGradient()) {
          gi[i] = new double[inputs[i].data().length];
        }
      }
      node.backward().apply(g, gi);
      for (int i = 0; i < inputs.length; i++) {
        if (gi[i] != null) {
          double[] prev = grads.get(inputs[i]);
          if (prev == null) {
            grads.put(inputs[i], gi[i]);
          } else {
            for (int j = 0; j < prev.length; j++) {
              prev[j] += gi[i][j];
            }
          }
        }
      }
    }
  }

  private static List<JvmArray> topologicalOrder(JvmArray target) {
    List<JvmArray> order = new ArrayList<>();
    Map<JvmArray, Boolean> seen = new IdentityHashMap<>();
    ArrayDeque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {target, 0});
    seen.put(target, Boolean.TRUE);
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      JvmArray a = (JvmArray) top[0];
      int next = (Integer) top[1];
      Node node = a.node();
      JvmArray[] inputs = node == null ? new JvmArray[0] : node.inputs();
      if (next < inputs.length) {
        top[1] = next + 1;
        JvmArray in = inputs[next];
        if (in != null && in.tracksGradient() && seen.put(in, Boolean.TRUE) == null) {
          stack.push(new Object[] {in, 0});
        }
      } else {
        stack.pop();
        order.add(a);
      }
    }
    return order;
  }
}
