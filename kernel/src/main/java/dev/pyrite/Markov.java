package dev.pyrite;

import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.internal.stack.LoopScoped;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Declares sequential (Markov) dependence, Pyro's {@code markov}: the statistical analogue of a
 * memory arena. Each context is a level; a site only depends on the sites of its own level and of
 * the {@code history} levels before it, so inference that gives each discrete site a tensor
 * dimension (enumeration) may reuse the dimensions of sites that fell out of the window.
 *
 * <p>Each sample site inside records, in its {@link Message#infer() infer} map:
 *
 * <ul>
 *   <li>{@value #SCOPE}: a {@code Map<String, Integer>} from the name of every site visible from
 *       this site (its level and the {@code history} previous ones) to how many markov contexts see
 *       it;
 *   <li>{@value #DEPTH}: how many markov contexts enclose the site.
 * </ul>
 *
 * <pre>{@code
 * NDArray z = sample("z_0", new Normal(0, 1));
 * for (long t : markov(100)) {               // one level per step, history 1
 *   z = sample("z_" + (t + 1), new Normal(z, 1));
 * }
 * try (Markov m = markov()) { ... }          // one level as a context
 * }</pre>
 */
public final class Markov extends Handler implements LoopScoped {
  /** The infer key of the visible sites. */
  public static final String SCOPE = "_markov_scope";

  /** The infer key of the nesting depth. */
  public static final String DEPTH = "_markov_depth";

  private final int history;
  private final boolean keep;
  private final List<Set<String>> levels = new ArrayList<>();
  private int pos = -1;
  private boolean looping;

  /** A context with history 1 that forgets a level when it exits. */
  public Markov() {
    this(1, false);
  }

  /**
   * Creates a context.
   *
   * @param history how many previous levels are visible (0 makes sites of different levels
   *     independent, like a plate)
   * @param keep whether a level's sites stay visible to the next level entered at the same depth
   *     (branches that may depend on each other)
   */
  public Markov(int history, boolean keep) {
    if (history < 0) {
      throw new IllegalArgumentException(
          "markov history must be >= 0, got " + history + "; use 1 for a first-order chain");
    }
    this.history = history;
    this.keep = keep;
  }

  /**
   * The number of previous levels visible from a level.
   *
   * @return the history
   */
  public int history() {
    return history;
  }

  /**
   * Iterates {@code 0 .. n-1}, entering one level deeper per iteration; all levels are left when
   * the loop ends.
   *
   * @param n the number of steps
   * @return the steps
   */
  public Iterable<Long> over(long n) {
    return () ->
        new Iterator<>() {
          private long k;

          @Override
          public boolean hasNext() {
            if (k < n) {
              return true;
            }
            finishLoop();
            return false;
          }

          @Override
          public Long next() {
            if (k >= n) {
              throw new NoSuchElementException("markov loop of " + n + " steps is finished");
            }
            if (k == 0) {
              install();
              looping = true;
            } else {
              enterLevel();
            }
            return k++;
          }
        };
  }

  private void finishLoop() {
    if (looping && HandlerStack.contains(this)) {
      while (pos > 0) {
        exitLevel();
      }
      looping = false;
      close();
    }
  }

  @Override
  protected void enter() {
    enterLevel();
  }

  @Override
  protected void exit() {
    exitLevel();
  }

  private void enterLevel() {
    pos++;
    if (levels.size() <= pos) {
      levels.add(new LinkedHashSet<>());
    }
  }

  private void exitLevel() {
    if (!keep) {
      levels.remove(levels.size() - 1);
    }
    pos--;
  }

  @Override
  public boolean inLoop() {
    return looping;
  }

  @Override
  public void abandon() {
    while (pos >= 0) {
      exitLevel();
    }
    looping = false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE
        || msg.isDone()
        || msg.infer().containsKey(Plate.SUBSAMPLE)) {
      return;
    }
    Map<String, Integer> scope =
        (Map<String, Integer>) msg.infer().computeIfAbsent(SCOPE, k -> new LinkedHashMap<>());
    for (int p = Math.max(0, pos - history); p <= pos; p++) {
      for (String site : levels.get(p)) {
        scope.merge(site, 1, Integer::sum);
      }
    }
    Object depth = msg.infer().get(DEPTH);
    msg.infer().put(DEPTH, 1 + (depth instanceof Integer d ? d : 0));
    levels.get(pos).add(msg.name());
  }
}
