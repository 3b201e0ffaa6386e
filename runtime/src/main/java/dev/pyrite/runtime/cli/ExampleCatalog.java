package dev.pyrite.runtime.cli;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The examples {@code pyrite run} knows, by name. */
public interface ExampleCatalog {
  /** A catalog without examples. */
  ExampleCatalog NONE =
      new ExampleCatalog() {
        @Override
        public Optional<RunExecutor> find(String name) {
          return Optional.empty();
        }

        @Override
        public SortedSet<String> names() {
          return new TreeSet<>();
        }
      };

  /**
   * The executor of an example.
   *
   * @param name the example name (or a run-spec path)
   * @return its executor, or empty when unknown
   */
  Optional<RunExecutor> find(String name);

  /**
   * The example names, for error messages and help.
   *
   * @return the names, sorted
   */
  SortedSet<String> names();
}
