package dev.pyrite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Backend;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs benchmark workloads in embedded mode and prints one JSON object per workload (id, engine,
 * dtype, figures); with {@code --out} the same lines are also appended to a file.
 *
 * <pre>{@code
 * java -jar bench/target/pyrite-bench.jar --workloads W1,W2,W9 --engine MXNet
 * java -jar bench/target/pyrite-bench.jar --workloads W3,W6,W7 --engine PyTorch --out runs.jsonl
 * java -jar bench/target/pyrite-bench.jar --workloads W6 --steps 50 --warmup 50   # smoke size
 * }</pre>
 */
@Command(
    name = "pyrite-bench",
    mixinStandardHelpOptions = true,
    description = "Runs W1, W2, W3, W6, W7, W9 of shared/bench-data/README.md.")
public final class Bench implements Callable<Integer> {
  private static final List<Workload> ALL =
      List.of(new W1(), new W2(), new W3(), new W6(), new W7(), new W9());

  @Option(names = "--workloads", split = ",", description = "workload ids (default: all)")
  private List<String> workloads = ALL.stream().map(Workload::id).collect(Collectors.toList());

  @Option(names = "--engine", description = "DJL engine: MXNet, PyTorch or Jvm")
  private String engine = "MXNet";

  @Option(
      names = "--steps",
      description =
          "override every workload's step count (SVI steps, MCMC samples per chain; smoke runs)")
  private Integer steps;

  @Option(
      names = "--warmup",
      description =
          "override the MCMC warmup per chain (default: the workload's, scaled like --steps when"
              + " only --steps is given)")
  private Integer warmup;

  @Option(names = "--out", description = "also append the JSON lines to this file")
  private Path outFile;

  @Spec private CommandSpec spec;

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
    validate();
    Backend.use(engine);
    ObjectMapper json = new ObjectMapper();
    JsonLinesFile file = outFile == null ? null : new JsonLinesFile(outFile);
    for (Workload w : ALL) {
      if (!workloads.contains(w.id())) {
        continue;
      }
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("workload", w.id());
      record.put("engine", Backend.engine().getEngineName());
      record.put("dtype", Backend.dtype().toString().toLowerCase(Locale.ROOT));
      record.putAll(w.run(stepsOf(w), warmupOf(w)));
      String line = json.writeValueAsString(record);
      out.println(line);
      if (file != null) {
        file.append(line);
      }
    }
    return 0;
  }

  private int stepsOf(Workload w) {
    return steps != null ? steps : w.defaultSteps();
  }

  /** The warmup: {@code --warmup}, else the default scaled by {@code --steps / defaultSteps}. */
  private int warmupOf(Workload w) {
    if (warmup != null) {
      return warmup;
    }
    if (steps == null) {
      return w.defaultWarmup();
    }
    return (int) Math.round((double) w.defaultWarmup() * steps / w.defaultSteps());
  }

  private void validate() {
    List<String> known = ALL.stream().map(Workload::id).collect(Collectors.toList());
    for (String id : workloads) {
      if (!known.contains(id)) {
        throw new ParameterException(
            spec.commandLine(),
            "--workloads: unknown workload '" + id + "'; choose from " + String.join(",", known));
      }
    }
    if (steps != null && steps < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--steps must be at least 1, got " + steps + "; e.g. --steps 20 for a smoke run");
    }
    if (warmup != null && warmup < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--warmup must be at least 0, got " + warmup + "; e.g. --warmup 20 for a smoke run");
    }
  }
}
