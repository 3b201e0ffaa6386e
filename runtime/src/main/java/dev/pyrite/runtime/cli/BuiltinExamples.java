package dev.pyrite.runtime.cli;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The examples shipped in the dev.pyrite.examples bundle. */
final class BuiltinExamples implements ExampleCatalog {
  private final Map<String, RunExecutor> executors =
      Map.of(
          BetaBernoulliExecutor.NAME,
          new BetaBernoulliExecutor(),
          "linreg",
          new LinregExecutor(),
          EightSchoolsExecutor.NAME,
          new EightSchoolsExecutor(),
          LogregExecutor.NAME,
          new LogregExecutor());

  @Override
  public Optional<RunExecutor> find(String name) {
    return Optional.ofNullable(executors.get(name));
  }

  @Override
  public SortedSet<String> names() {
    return new TreeSet<>(executors.keySet());
  }
}
