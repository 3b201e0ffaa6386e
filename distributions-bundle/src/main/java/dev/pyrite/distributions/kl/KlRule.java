package dev.pyrite.distributions.kl;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Distribution;
import java.util.function.BiFunction;

/**
 * One analytic KL divergence {@code KL(p || q)} for a pair of distribution types (Pyro's {@code
 * @register_kl(P, Q)}). A rule matches when {@code p} and {@code q} are instances of its types;
 * {@link KL} picks the most specific matching rule.
 *
 * <pre>{@code
 * KlRule<Exponential, Exponential> r =
 *     KlRule.of(Exponential.class, Exponential.class, (p, q) -> ...);
 * }</pre>
 *
 * @param <P> the type of the first distribution
 * @param <Q> the type of the second distribution
 * @param p the first distribution's type
 * @param q the second distribution's type
 * @param divergence {@code KL(p || q)}, of the broadcast batch shape of both
 */
public record KlRule<P extends Distribution, Q extends Distribution>(
    Class<P> p, Class<Q> q, BiFunction<P, Q, NDArray> divergence) {

  /**
   * A rule.
   *
   * @param p the first distribution's type
   * @param q the second distribution's type
   * @param divergence {@code KL(p || q)}
   * @param <P> the type of the first distribution
   * @param <Q> the type of the second distribution
   * @return the rule
   */
  public static <P extends Distribution, Q extends Distribution> KlRule<P, Q> of(
      Class<P> p, Class<Q> q, BiFunction<P, Q, NDArray> divergence) {
    return new KlRule<>(p, q, divergence);
  }

  /**
   * Whether the rule applies to a pair.
   *
   * @param first the first distribution
   * @param second the second distribution
   * @return true when both are instances of the rule's types
   */
  public boolean matches(Distribution first, Distribution second) {
    return p.isInstance(first) && q.isInstance(second);
  }

  /**
   * How far the rule's types are from the pair's classes (0 for an exact match); smaller is more
   * specific.
   *
   * @param first the first distribution
   * @param second the second distribution
   * @return the summed superclass/interface distance
   */
  public int distance(Distribution first, Distribution second) {
    return depth(first.getClass(), p) + depth(second.getClass(), q);
  }

  private static int depth(Class<?> from, Class<?> to) {
    if (from == to) {
      return 0;
    }
    int best = Integer.MAX_VALUE / 4;
    if (from.getSuperclass() != null && to.isAssignableFrom(from.getSuperclass())) {
      best = Math.min(best, 1 + depth(from.getSuperclass(), to));
    }
    for (Class<?> i : from.getInterfaces()) {
      if (to.isAssignableFrom(i)) {
        best = Math.min(best, 1 + depth(i, to));
      }
    }
    return best;
  }

  /**
   * Evaluates the rule.
   *
   * @param first the first distribution, an instance of {@link #p()}
   * @param second the second distribution, an instance of {@link #q()}
   * @return {@code KL(first || second)}
   */
  public NDArray apply(Distribution first, Distribution second) {
    return divergence.apply(p.cast(first), q.cast(second));
  }
}
