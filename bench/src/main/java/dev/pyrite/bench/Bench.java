package dev.pyrite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Backend;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs benchmark workloads in embedded mode and prints one JSON object per workload (id, engine,
 * dtype, figures).
 *
 * <pre>{@code
 * java -jar bench/target/pyrite-bench.jar --workloads W1,W2,W9 --engine MXNet
 * }</pre>
 */
@Command(name = "pyrite-bench", mixinStandardHelpOptions = true, description = "Runs W1, W2, W9.")
public final class Bench implements Callable<Integer> {
  private static final List<Workload> ALL = List.of(new W1(), new W2(), new W9());

  @Option(names = "--workloads", split = ",", description = "workload ids (default: all)")
  private List<String> workloads = List.of("W1", "W2", "W9");

  @Option(names = "--engine", description = "DJL engine: MXNet or PyTorch")
  private String engine = "MXNet";

  @Option(names = "--steps", description = "override every workload's step count (smoke runs)")
  private Integer steps;

  private final PrintStream out;

  Bench(PrintStream out) {
    this.out = out;
  }

  /**
   * Entry point.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.exit(new CommandLine(new Bench(System.out)).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Backend.use(engine);
    ObjectMapper json = new ObjectMapper();
    for (Workload w : ALL) {
      if (!workloads.contains(w.id())) {
        continue;
      }
      int n = steps != null ? steps : w.defaultSteps();
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("workload", w.id());
      record.put("engine", Backend.engine().getEngineName());
      record.put("dtype", Backend.dtype().toString().toLowerCase(java.util.Locale.ROOT));
      record.putAll(w.run(n));
      out.println(json.writeValueAsString(record));
    }
    return 0;
  }
}
