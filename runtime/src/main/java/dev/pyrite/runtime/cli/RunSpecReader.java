package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads and checks a {@link RunSpec}: unknown fields, wrong types and out-of-range values are
 * rejected before any work, with the JSON path, the bad value and what is allowed.
 *
 * <pre>{@code
 * RunSpec spec = RunSpecReader.read(Path.of("spec.json"));
 * // IllegalArgumentException: run spec spec.json: $.mcmc.chains must be at least 1, got 0
 * }</pre>
 */
final class RunSpecReader {
  private static final ObjectMapper JSON = mapper();

  private RunSpecReader() {}

  /**
   * Whether a {@code pyrite run} argument names a run spec rather than an example.
   *
   * @param argument the argument
   * @return true when it ends with {@code .json}
   */
  static boolean isSpec(String argument) {
    return argument.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Reads a run spec file.
   *
   * @param file the file
   * @return the checked spec
   * @throws IllegalArgumentException naming the file, the JSON path, the value and the fix
   */
  static RunSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("run spec " + file + " does not exist", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read run spec " + file + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  /**
   * Parses and checks a run spec.
   *
   * @param source the file name, for messages
   * @param text the JSON
   * @return the checked spec
   * @throws IllegalArgumentException naming the source, the JSON path, the value and the fix
   */
  static RunSpec parse(String source, String text) {
    RunSpec spec;
    try {
      spec = JSON.readValue(text, RunSpec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("run spec " + source + ": " + describe(e), e);
    }
    if (spec == null) {
      throw new IllegalArgumentException(
          "run spec " + source + " is empty; give an object such as {\"model\": \"linreg\"}");
    }
    try {
      check(spec);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("run spec " + source + ": " + e.getMessage(), e);
    }
    return spec;
  }

  private static void check(RunSpec spec) {
    if (spec.model() == null || spec.model().isBlank()) {
      throw new IllegalArgumentException(
          "$.model is required; e.g. \"model\": \"" + BetaBernoulliExecutor.NAME + "\"");
    }
    if (spec.svi() != null) {
      atLeast(1, "$.svi.steps", spec.svi().steps());
      atLeast(1, "$.svi.particles", spec.svi().particles());
      atLeast(1, "$.svi.subsample", spec.svi().subsample());
      Double lr = spec.svi().lr();
      if (lr != null && !(lr > 0 && Double.isFinite(lr))) {
        throw new IllegalArgumentException("$.svi.lr must be a positive number, got " + lr);
      }
    }
    if (spec.mcmc() != null) {
      atLeast(1, "$.mcmc.samples", spec.mcmc().samples());
      atLeast(0, "$.mcmc.warmup", spec.mcmc().warmup());
      atLeast(1, "$.mcmc.chains", spec.mcmc().chains());
    }
    if (spec.outputs() != null
        && spec.outputs().json() != null
        && spec.outputs().json().isBlank()) {
      throw new IllegalArgumentException(
          "$.outputs.json is blank; give a file name or leave it out");
    }
  }

  private static void notBlank(String path, String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(path + " is blank; give a file name or leave it out");
    }
  }

  private static void atLeast(int min, String path, Integer value) {
    if (value != null && value < min) {
      throw new IllegalArgumentException(
          path + " must be at least " + min + ", got " + value + "; leave it out for the default");
    }
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      String allowed =
          u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(joining());
      return path(u) + ": unknown field; allowed here: " + allowed;
    }
    if (e instanceof InvalidFormatException f && f.getTargetType().isEnum()) {
      String allowed =
          Arrays.stream(f.getTargetType().getEnumConstants())
              .map(c -> c.toString().toLowerCase(Locale.ROOT))
              .collect(joining());
      return path(f) + ": " + quoted(f.getValue()) + " is not allowed; allowed: " + allowed;
    }
    if (e instanceof MismatchedInputException m
        && m.getOriginalMessage().startsWith("Missing required creator property")) {
      return path(m) + " is required; e.g. \"model\": \"" + BetaBernoulliExecutor.NAME + "\"";
    }
    if (e instanceof MismatchedInputException m && m.getPath().isEmpty()) {
      return "expected a JSON object such as {\"model\": \"linreg\"}";
    }
    if (e instanceof MismatchedInputException m) {
      return path(m) + ": expected " + expected(m.getTargetType()) + ", got " + found(m);
    }
    return "not valid JSON at line "
        + e.getLocation().getLineNr()
        + ", column "
        + e.getLocation().getColumnNr()
        + ": "
        + e.getOriginalMessage();
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == Integer.class || type == Long.class) {
      return "an integer";
    }
    if (type == Double.class) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    return "an object";
  }

  private static String found(MismatchedInputException m) {
    String msg = m.getOriginalMessage();
    int from = msg.indexOf("from ");
    if (msg.contains("String value (\"")) {
      int start = msg.indexOf("String value (\"") + "String value (".length();
      int end = msg.indexOf("\")", start);
      return end > start ? "the string " + msg.substring(start, end + 1) : "a string";
    }
    if (from >= 0) {
      String rest = msg.substring(from + "from ".length());
      int stop = rest.indexOf(" (");
      return (stop > 0 ? rest.substring(0, stop) : rest).replace("'", "").strip();
    }
    return msg;
  }

  private static String quoted(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  private static ObjectMapper mapper() {
    JsonMapper m =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return m;
  }
}
