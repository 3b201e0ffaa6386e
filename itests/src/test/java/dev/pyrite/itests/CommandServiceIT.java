package dev.pyrite.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The CLI as the launcher sees it: the {@code pyrite.command=main} Function service, and the
 * progress bars of the {@code dev.pyrite.runtime} bundle inside Felix (jline and progressbar).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommandServiceIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Inject private BundleContext context;

  /**
   * The runtime distribution.
   *
   * @return the options
   */
  @Configuration
  public Option[] config() {
    return PyriteOptions.runtime();
  }

  /**
   * {@code pyrite list} prints a header and one row per plug-in, each naming an installed bundle.
   */
  @Test
  public void listPrintsPluginsOfInstalledBundles() {
    String out = command("list");
    List<String> lines = out.lines().toList();
    assertEquals(List.of("KIND", "NAME", "BUNDLE", "VERSION"), columns(lines.get(0)));
    Set<String> installed =
        Arrays.stream(context.getBundles())
            .map(Bundle::getSymbolicName)
            .collect(Collectors.toSet());
    for (String row : lines.subList(1, lines.size())) {
      List<String> cells = columns(row);
      assertEquals(row, 4, cells.size());
      assertTrue(row, installed.contains(cells.get(2)));
    }
  }

  /** Bad options end with exit status 2, as picocli's usage errors do. */
  @Test
  public void invalidOptionsExitWithTwo() {
    Function<Object, Object> cli = cli();
    assertEquals(2, cli.apply(new String[] {"run", "any", "--steps", "0"}));
    assertEquals(2, cli.apply(new String[] {"no-such-command"}));
  }

  /** A progress bar counts its steps inside OSGi (jline's terminal providers are found). */
  @Test
  public void progressBarCountsStepsInsideOsgi() throws Exception {
    Bundle runtime =
        Arrays.stream(context.getBundles())
            .filter(b -> b.getSymbolicName().equals("dev.pyrite.runtime"))
            .findFirst()
            .orElseThrow();
    Class<?> bars = runtime.loadClass("dev.pyrite.runtime.cli.ProgressBars");
    try (AutoCloseable bar =
        (AutoCloseable)
            bars.getMethod("start", String.class, long.class).invoke(null, "itest", 3L)) {
      Method step = bar.getClass().getMethod("step");
      for (int i = 0; i < 3; i++) {
        step.invoke(bar);
      }
      assertEquals(3L, bar.getClass().getMethod("getCurrent").invoke(bar));
    }
  }

  private String command(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, cli().apply(args));
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Function<Object, Object> cli() {
    ServiceReference<Function> ref =
        Await.reference(context, Function.class, "(pyrite.command=main)", TIMEOUT);
    return context.getService(ref);
  }

  private static List<String> columns(String line) {
    return Arrays.asList(line.trim().split("\\s{2,}"));
  }
}
