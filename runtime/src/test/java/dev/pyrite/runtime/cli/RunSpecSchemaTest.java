package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.jsonSchema.JsonSchema;
import com.fasterxml.jackson.module.jsonSchema.JsonSchemaGenerator;
import com.fasterxml.jackson.module.jsonSchema.types.ObjectSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema published in {@code docs/run-spec.schema.json} is the one Jackson derives from
 * {@link RunSpec}. Run with {@code -Dpyrite.writeSchema=true} to regenerate it after changing the
 * spec.
 */
class RunSpecSchemaTest {
  private static final Path PUBLISHED = Path.of("..", "docs", "run-spec.schema.json");

  @Test
  void publishedSchemaMatchesTheSpecRecord() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonSchema schema = new JsonSchemaGenerator(json).generateSchema(RunSpec.class);
    closeObjects(schema);
    String generated = json.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    if (Boolean.getBoolean("pyrite.writeSchema")) {
      Files.writeString(PUBLISHED, generated);
    }
    assertEquals(
        generated,
        Files.readString(PUBLISHED),
        "docs/run-spec.schema.json is stale: run this test with -Dpyrite.writeSchema=true");
  }

  /** Unknown fields are rejected, so the schema says so at every level. */
  private static void closeObjects(JsonSchema schema) {
    schema.setId(null);
    if (schema instanceof ObjectSchema object) {
      object.rejectAdditionalProperties();
      object.getProperties().values().forEach(RunSpecSchemaTest::closeObjects);
    }
  }
}
