package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code pyrite run spec.json}: a valid spec runs as the same options would; an invalid one is
 * rejected before any work with the JSON path, the bad value and what is allowed.
 */
class RunSpecTest {
  @TempDir Path dir;

  @Test
  void aSpecRunsLikeTheOptionsItHolds() throws IOException {
    Path out = dir.resolve("out.json");
    Path spec =
        write(
            "{\"model\": \"beta-bernoulli\", \"seed\": 4, \"engine\": \"Jvm\","
                + " \"svi\": {\"steps\": 40, \"particles\": 2},"
                + " \"outputs\": {\"json\": \""
                + out.toString().replace("\\", "\\\\")
                + "\"}}");
    CliRunner.Result r = CliRunner.run("run", spec.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertEquals(40, json.get("steps").asInt());
    assertEquals(4, json.get("seed").asInt());
    assertEquals("Jvm", json.get("engine").asText());
  }

  @Test
  void commandLineOptionsOverrideTheSpec() throws IOException {
    Path out = dir.resolve("over.json");
    Path spec = write("{\"model\": \"beta-bernoulli\", \"seed\": 4, \"svi\": {\"steps\": 40}}");
    CliRunner.Result r =
        CliRunner.run(
            "run", spec.toString(), "--steps", "30", "--seed", "0", "--json", out.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertEquals(30, json.get("steps").asInt());
    assertEquals(0, json.get("seed").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"model": "linreg", "stepz": 3} | $.stepz: unknown field; allowed here: centered, engine, mcmc, method, model, outputs, seed, svi
          {"model": "linreg", "svi": {"stepz": 3}} | $.svi.stepz: unknown field; allowed here: guide, lr, particles, steps, subsample
          {"model": "linreg", "svi": {"steps": "many"}} | $.svi.steps: expected an integer, got the string "many"
          {"model": "linreg", "svi": {"steps": 2.5}} | $.svi.steps: expected an integer
          {"model": "linreg", "svi": {"lr": "fast"}} | $.svi.lr: expected a number, got the string "fast"
          {"model": "linreg", "svi": {"lr": -1}} | $.svi.lr must be a positive number, got -1.0
          {"model": "linreg", "svi": {"steps": 0}} | $.svi.steps must be at least 1, got 0; leave it out for the default
          {"model": "linreg", "svi": {"particles": 0}} | $.svi.particles must be at least 1, got 0
          {"model": "linreg", "svi": {"subsample": -4}} | $.svi.subsample must be at least 1, got -4
          {"model": "logreg", "mcmc": {"chains": 0}} | $.mcmc.chains must be at least 1, got 0
          {"model": "logreg", "mcmc": {"warmup": -1}} | $.mcmc.warmup must be at least 0, got -1
          {"model": "logreg", "mcmc": {"samples": 0}} | $.mcmc.samples must be at least 1, got 0
          {"model": "logreg", "mcmc": {"dense_mass": "yes"}} | $.mcmc.dense_mass: expected true or false, got the string "yes"
          {"model": "logreg", "method": "vi"} | $.method: "vi" is not allowed; allowed: svi, hmc, nuts
          {"model": "logreg", "seed": "one"} | $.seed: expected an integer, got the string "one"
          {"model": 3} | $.model: expected a string
          {"method": "nuts"} | $.model is required; e.g. "model": "beta-bernoulli"
          {"model": "logreg", "outputs": {"json": " "}} | $.outputs.json is blank; give a file name or leave it out
          {"model": "logreg", "svi": []} | $.svi: expected an object
          {"model": "logreg",} | not valid JSON at line 1, column 20
          [1, 2] | expected a JSON object such as {"model": "linreg"}
          {"model": "logreg", "model": "linreg"} | not valid JSON at line 1, column 28: Duplicate field 'model'
          {"model": "nope"} | unknown example 'nope'; available: beta-bernoulli, eight-schools, linreg, logreg
          """)
  void invalidSpecsAreRejectedBeforeAnyWork(String text, String message) throws IOException {
    Path spec = write(text);
    Path out = dir.resolve("never.json");
    CliRunner.Result r = CliRunner.run("run", spec.toString(), "--json", out.toString());
    assertEquals(2, r.status(), r.out() + r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out), "wrote " + out);
  }

  @Test
  void aMissingSpecFileIsNamed() {
    Path missing = dir.resolve("missing.json");
    CliRunner.Result r = CliRunner.run("run", missing.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("run spec " + missing + " does not exist"), r.err());
  }

  private Path write(String text) throws IOException {
    Path spec = Files.createTempFile(dir, "spec-", ".json");
    Files.writeString(spec, text);
    return spec;
  }
}
