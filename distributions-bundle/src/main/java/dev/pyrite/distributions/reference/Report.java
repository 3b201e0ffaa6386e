package dev.pyrite.distributions.reference;

import java.util.List;

/**
 * Every outcome of a reference check, in file order.
 *
 * <pre>{@code
 * Report r = checker.check(file);
 * r.failures().forEach(System.out::println);
 * System.out.println(r.summary()); // "N passed, M failed"
 * }</pre>
 *
 * @param outcomes one per case and quantity
 */
public record Report(List<Outcome> outcomes) {
  /**
   * The outcomes that passed.
   *
   * @return how many passed
   */
  public long passed() {
    return outcomes.stream().filter(Outcome::passed).count();
  }

  /**
   * The outcomes that failed.
   *
   * @return how many failed
   */
  public long failed() {
    return outcomes.size() - passed();
  }

  /**
   * The failed outcomes.
   *
   * @return the failures, in file order
   */
  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  /**
   * The summary line.
   *
   * @return {@code "N passed, M failed"}
   */
  public String summary() {
    return passed() + " passed, " + failed() + " failed";
  }
}
