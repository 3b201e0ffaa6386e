package dev.pyrite.engine.jvm.internal.random;

import java.util.SplittableRandom;

/**
 * The Jvm engine's one random stream, reseeded by {@code Engine.setRandomSeed}. Each array-filling
 * operation takes its own generator from it with {@link #next()} (a {@link
 * SplittableRandom#split()} under a lock), so a run that issues the same operations in the same
 * order draws the same values, and the per-element loops run without locking.
 *
 * <pre>{@code
 * RandomStream.engine().reseed(42);
 * SplittableRandom r = RandomStream.engine().next();
 * double u = r.nextDouble();
 * }</pre>
 */
public final class RandomStream {
  private static final RandomStream ENGINE = new RandomStream();

  private SplittableRandom root = new SplittableRandom();

  private RandomStream() {}

  /**
   * The engine-wide stream.
   *
   * @return the stream
   */
  public static RandomStream engine() {
    return ENGINE;
  }

  /**
   * Restarts the stream from a seed.
   *
   * @param seed the seed
   */
  public synchronized void reseed(long seed) {
    root = new SplittableRandom(seed);
  }

  /**
   * A generator for one operation, split off the stream.
   *
   * @return a generator owned by the caller (not thread-safe)
   */
  public synchronized SplittableRandom next() {
    return root.split();
  }
}
