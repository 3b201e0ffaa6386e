package dev.pyrite.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV reader of the examples: good tables parse, bad ones name the file, line and cell. */
class CsvTableTest {

  private static CsvTable parse(String text) {
    return CsvTable.read(
        "test.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsHeaderAndRows() {
    CsvTable t = parse("x, y\n1,2.5\n-3,4e-1\n").requireColumns("x", "y").requireRows(2);
    assertArrayEquals(new double[] {1, -3}, t.column("x"));
    assertArrayEquals(new double[] {2.5, 0.4}, t.column("y"));
  }

  static Stream<Arguments> badTables() {
    return Stream.of(
        Arguments.of("", "is empty"),
        Arguments.of("x,y\n1,2\n3\n", "line 3: expected 2 columns (x, y), found 1"),
        Arguments.of("x,y\n1,abc\n", "line 2, column y: 'abc' is not a number"),
        Arguments.of("x,y\n1,NaN\n", "line 2, column y: NaN is not a finite number"),
        Arguments.of("x,y\nInfinity,1\n", "column x: Infinity is not a finite number"));
  }

  @ParameterizedTest
  @MethodSource("badTables")
  void badTableNamesTheFileLineAndCell(String text, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
    assertTrue(e.getMessage().contains("test.csv"), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void wrongHeaderRowCountOrColumnAreNamed() {
    CsvTable t = parse("a,b\n1,2\n");
    assertEquals(
        "data file test.csv: expected the columns x, y, found a, b",
        assertThrows(IllegalArgumentException.class, () -> t.requireColumns("x", "y"))
            .getMessage());
    assertEquals(
        "data file test.csv: expected 3 data rows, found 1",
        assertThrows(IllegalArgumentException.class, () -> t.requireRows(3)).getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> t.column("z"))
            .getMessage()
            .contains("has no column z"));
  }

  @Test
  void missingFileSaysSo(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CsvTable.read(missing));
    assertEquals("data file " + missing + " does not exist", e.getMessage());
  }
}
