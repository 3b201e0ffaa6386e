package dev.pyrite.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of numbers read from a CSV file with one header line (Jackson CSV). Every data row must
 * have as many cells as the header, and every cell must be a finite number; a file that breaks
 * either rule is rejected with the file, the line, the column and the value, before a model sees
 * any of it. Blank lines are skipped.
 *
 * <pre>{@code
 * CsvTable t = CsvTable.read(Path.of("eight_schools.csv")).requireColumns("school", "y", "sigma");
 * double[] y = t.column("y");
 * }</pre>
 *
 * @param source the file name, for messages
 * @param header the column names
 * @param rows the data rows, each as long as the header
 */
public record CsvTable(String source, List<String> header, List<double[]> rows) {
  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  /**
   * Reads a CSV file.
   *
   * @param file the file
   * @return the table
   * @throws IllegalArgumentException when the file is missing, empty, ragged or holds a cell that
   *     is not a finite number
   */
  public static CsvTable read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("data file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text from a stream.
   *
   * @param source the name of the stream, for messages
   * @param in the stream (not closed)
   * @return the table
   * @throws IllegalArgumentException when the text is empty, ragged or holds a cell that is not a
   *     finite number
   */
  public static CsvTable read(String source, InputStream in) {
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(in)) {
      if (!it.hasNextValue()) {
        throw new IllegalArgumentException(
            "data file " + source + " is empty; it needs a header line and data rows");
      }
      List<String> header = Arrays.stream(it.nextValue()).map(String::strip).toList();
      List<double[]> rows = new ArrayList<>();
      long line = 1; // the header's; numeric CSV has one record per line
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        line++;
        rows.add(parse(source, header, cells, line));
      }
      return new CsvTable(source, header, List.copyOf(rows));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "data file " + source + " is not valid CSV: " + e.getMessage(), e);
    }
  }

  private static double[] parse(String source, List<String> header, String[] cells, long line) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          String.format(
              "data file %s line %d: expected %d columns (%s), found %d; fix or remove the row",
              source, line, header.size(), String.join(", ", header), cells.length));
    }
    double[] row = new double[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = number(source, header.get(i), cells[i].strip(), line);
    }
    return row;
  }

  private static double number(String source, String column, String cell, long line) {
    double v;
    try {
      v = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(
              "data file %s line %d, column %s: '%s' is not a number", source, line, column, cell),
          e);
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(
          String.format(
              "data file %s line %d, column %s: %s is not a finite number; remove the row or"
                  + " impute the value",
              source, line, column, cell));
    }
    return v;
  }

  /**
   * Checks the header.
   *
   * @param columns the expected column names, in order
   * @return this table
   * @throws IllegalArgumentException naming the expected and the found columns
   */
  public CsvTable requireColumns(String... columns) {
    if (!header.equals(List.of(columns))) {
      throw new IllegalArgumentException(
          "data file "
              + source
              + ": expected the columns "
              + String.join(", ", columns)
              + ", found "
              + String.join(", ", header));
    }
    return this;
  }

  /**
   * Checks the number of data rows.
   *
   * @param expected the number of rows the model needs
   * @return this table
   * @throws IllegalArgumentException naming the expected and the found count
   */
  public CsvTable requireRows(int expected) {
    if (rows.size() != expected) {
      throw new IllegalArgumentException(
          "data file " + source + ": expected " + expected + " data rows, found " + rows.size());
    }
    return this;
  }

  /**
   * A column by name.
   *
   * @param name the column name
   * @return its values, one per row
   * @throws IllegalArgumentException when there is no such column
   */
  public double[] column(String name) {
    int j = header.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException(
          "data file " + source + " has no column " + name + "; columns: " + header);
    }
    return rows.stream().mapToDouble(r -> r[j]).toArray();
  }
}
