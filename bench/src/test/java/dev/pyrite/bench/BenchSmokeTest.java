package dev.pyrite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench runs end to end on a tiny size and prints the figures each workload names. */
class BenchSmokeTest {
  @Test
  void printsOneJsonObjectPerWorkload() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        new CommandLine(new Bench(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
            .execute("--workloads", "W1,W2,W9", "--steps", "60");
    assertEquals(0, code);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertEquals(3, lines.length);
    ObjectMapper json = new ObjectMapper();
    JsonNode w1 = json.readTree(lines[0]);
    assertEquals("W1", w1.get("workload").asText());
    assertTrue(w1.get("ms_per_step_median").asDouble() > 0);
    assertTrue(w1.has("posterior_mean_p") && w1.has("posterior_sd_p"));
    assertTrue(json.readTree(lines[1]).has("posterior_sd_p"));
    JsonNode w9 = json.readTree(lines[2]);
    assertTrue(w9.has("steps_per_s") && w9.has("guide_loc") && w9.has("guide_scale"));
  }
}
