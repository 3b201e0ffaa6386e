package dev.pyrite.engine.jvm;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sorting, arg-reductions, index-array reads and writes, norms, repeats and splits against
 * hand-computed numpy/torch results on {@code a = [[3, 1, 2], [0, 5, 4]]}.
 */
class IndexingOpsTest {
  private NDManager m;
  private NDArray a;

  @BeforeEach
  void open() {
    m = Engine.getEngine("Jvm").newBaseManager();
    a = m.create(new double[] {3, 1, 2, 0, 5, 4}).reshape(2, 3);
  }

  @AfterEach
  void close() {
    m.close();
  }

  private NDArray longs(long... v) {
    return m.create(v);
  }

  private static void assertLongs(NDArray x, Shape shape, long... expected) {
    assertEquals(shape, x.getShape());
    assertEquals(DataType.INT64, x.getDataType());
    assertArrayEquals(expected, x.toLongArray());
  }

  @Test
  void argMaxAndArgMin() {
    assertLongs(a.argMax(), new Shape(), 4);
    assertLongs(a.argMax(1), new Shape(2), 0, 1);
    assertLongs(a.argMin(0), new Shape(3), 1, 0, 0);
    assertLongs(a.argMin(), new Shape(), 3);
    NDArray nan = m.create(new double[] {1, Double.NaN, 3});
    assertLongs(nan.argMax(), new Shape(), 1);
    assertLongs(nan.argMin(), new Shape(), 1);
    assertLongs(m.create(new double[] {2, 5, 5}).argMax(), new Shape(), 1);
  }

  @Test
  void sortArgSortAndTopK() {
    assertClose(a.sort(1), new double[] {1, 2, 3, 0, 4, 5}, new Shape(2, 3), 0, 0);
    assertClose(a.sort(0), new double[] {0, 1, 2, 3, 5, 4}, new Shape(2, 3), 0, 0);
    assertLongs(a.argSort(1), new Shape(2, 3), 1, 2, 0, 0, 2, 1);
    assertLongs(a.argSort(1, false), new Shape(2, 3), 0, 2, 1, 1, 2, 0);
    assertLongs(m.create(new double[] {2, 1, 2, 1}).argSort(), new Shape(4), 1, 3, 0, 2);
    assertClose(
        m.create(new double[] {Double.NaN, 1, 0}).sort(),
        new double[] {0, 1, Double.NaN},
        new Shape(3),
        0,
        0);
    double[] big = new double[100];
    for (int i = 0; i < big.length; i++) {
      big[i] = (i * 37) % 100;
    }
    double[] sorted = m.create(big).sort().toDoubleArray();
    for (int i = 0; i < big.length; i++) {
      assertEquals(i, sorted[i]);
    }
    NDList top = a.topK(2, 1, true, true);
    assertClose(top.get(0), new double[] {3, 2, 5, 4}, new Shape(2, 2), 0, 0);
    assertLongs(top.get(1), new Shape(2, 2), 0, 2, 1, 2);
    NDList bottom = a.topK(1, 0, false, true);
    assertClose(bottom.get(0), new double[] {0, 1, 2}, new Shape(1, 3), 0, 0);
    assertLongs(bottom.get(1), new Shape(1, 3), 1, 0, 0);
  }

  @Test
  void readsByIndexArrays() {
    assertClose(
        a.take(longs(5, 0, -1, 2).reshape(2, 2)), new double[] {4, 3, 4, 2}, new Shape(2, 2), 0, 0);
    assertClose(
        a.get(new NDIndex("{}", longs(1, 0, 1))),
        new double[] {0, 5, 4, 3, 1, 2, 0, 5, 4},
        new Shape(3, 3),
        0,
        0);
    assertClose(
        a.get(new NDIndex(":, {}", longs(2, 0))), new double[] {2, 3, 4, 0}, new Shape(2, 2), 0, 0);
    assertClose(
        a.gather(longs(0, 0, 1, 0).reshape(2, 2), 1),
        new double[] {3, 3, 5, 0},
        new Shape(2, 2),
        0,
        0);
    assertClose(
        a.gather(longs(1, 0, 1).reshape(1, 3), 0), new double[] {0, 1, 4}, new Shape(1, 3), 0, 0);
    NDIndex pick = new NDIndex().addAllDim().addPickDim(longs(2, 1));
    assertClose(a.get(pick), new double[] {2, 5}, new Shape(2), 0, 0);
    NDIndex pickKeep = new NDIndex().addAllDim().addPickDim(longs(2, 1).reshape(2, 1));
    assertClose(a.get(pickKeep), new double[] {2, 5}, new Shape(2, 1), 0, 0);
    assertClose(
        a.gatherNd(longs(1, 0, 2, 1).reshape(2, 2)), new double[] {4, 1}, new Shape(2), 0, 0);
    assertClose(
        a.gatherNd(longs(1, 0).reshape(1, 2)),
        new double[] {0, 5, 4, 3, 1, 2},
        new Shape(2, 3),
        0,
        0);
  }

  @Test
  void writesByIndexArraysAndTheirGradients() {
    NDArray zeros = m.zeros(new Shape(2, 3), DataType.FLOAT64);
    NDArray v = m.create(new double[] {7, 8}).reshape(2, 1);
    v.setRequiresGradient(true);
    NDArray w = m.create(new double[] {1, 2, 3, 4, 5, 6}).reshape(2, 3);
    try (GradientCollector gc = Engine.getEngine("Jvm").newGradientCollector()) {
      NDArray s = zeros.scatter(longs(2, 0).reshape(2, 1), v, 1);
      assertClose(s, new double[] {0, 0, 7, 8, 0, 0}, new Shape(2, 3), 0, 0);
      gc.backward(s.mul(w).sum());
    }
    // each value lands on one place; its gradient is that place's weight
    assertClose(v.getGradient(), new double[] {3, 4}, new Shape(2, 1), 0, 0);
    assertClose(
        a.put(longs(0, 5), m.create(new double[] {9, 8})),
        new double[] {9, 1, 2, 0, 5, 8},
        new Shape(2, 3),
        0,
        0);
    assertClose(a, new double[] {3, 1, 2, 0, 5, 4}, new Shape(2, 3), 0, 0);
    NDArray b = a.duplicate();
    b.set(new NDIndex("{}", b.gt(2)), 0);
    assertClose(b, new double[] {0, 1, 2, 0, 0, 0}, new Shape(2, 3), 0, 0);
    NDArray hot = longs(2, 0, -1).oneHot(3);
    assertEquals(DataType.FLOAT32, hot.getDataType());
    assertClose(hot, new double[] {0, 0, 1, 1, 0, 0, 0, 0, 1}, new Shape(3, 3), 0, 0);
  }

  @Test
  void norms() {
    NDArray x = m.create(new double[] {3, 4, 0, 0}).reshape(2, 2);
    assertEquals(5.0, x.norm().getDouble());
    assertClose(x.norm(new int[] {1}), new double[] {5, 0}, new Shape(2), 0, 0);
    assertClose(x.norm(1, new int[] {1}, false), new double[] {7, 0}, new Shape(2), 0, 0);
    assertClose(
        m.create(new double[] {1, 2}).norm(3, new int[] {0}, false), Math.cbrt(9), 1e-15, 0);
    x.setRequiresGradient(true);
    try (GradientCollector gc = Engine.getEngine("Jvm").newGradientCollector()) {
      gc.backward(x.norm(new int[] {1}).sum());
    }
    // x / |x| on the first row, 0 (not NaN) on the zero row
    assertClose(x.getGradient(), new double[] {0.6, 0.8, 0, 0}, new Shape(2, 2), 1e-15, 0);
  }

  @Test
  void repeatsTilesAndSplits() {
    NDArray v = m.create(new double[] {1, 2});
    assertClose(v.repeat(0, 2), new double[] {1, 1, 2, 2}, new Shape(4), 0, 0);
    assertClose(
        a.repeat(1, 2), new double[] {3, 3, 1, 1, 2, 2, 0, 0, 5, 5, 4, 4}, new Shape(2, 6), 0, 0);
    assertEquals(new Shape(4, 6), a.repeat(2).getShape());
    assertClose(v.tile(2), new double[] {1, 2, 1, 2}, new Shape(4), 0, 0);
    assertClose(
        v.tile(new long[] {2, 2}), new double[] {1, 2, 1, 2, 1, 2, 1, 2}, new Shape(2, 4), 0, 0);
    assertClose(a.tile(0, 2).get("2:"), new double[] {3, 1, 2, 0, 5, 4}, new Shape(2, 3), 0, 0);
    assertEquals(new Shape(4, 6), a.tile(new Shape(4, 6)).getShape());
    NDList parts = a.split(new long[] {1}, 1);
    assertClose(parts.get(0), new double[] {3, 0}, new Shape(2, 1), 0, 0);
    assertClose(parts.get(1), new double[] {1, 2, 5, 4}, new Shape(2, 2), 0, 0);
    NDList halves = a.split(2);
    assertEquals(2, halves.size());
    assertClose(halves.get(1), new double[] {0, 5, 4}, new Shape(1, 3), 0, 0);
  }

  @Test
  void diagonalsAndTraces() {
    assertClose(a.diagonal(), new double[] {3, 5}, new Shape(2), 0, 0);
    assertClose(a.diagonal(1), new double[] {1, 4}, new Shape(2), 0, 0);
    assertClose(a.diagonal(-1), new double[] {0}, new Shape(1), 0, 0);
    assertEquals(new Shape(0), a.diagonal(3).getShape());
    assertEquals(8.0, a.trace(0, 0, 1).getDouble());
    NDArray batch = m.arange(0f, 8f, 1f, DataType.FLOAT64).reshape(2, 2, 2);
    assertClose(batch.diagonal(0, -2, -1), new double[] {0, 3, 4, 7}, new Shape(2, 2), 0, 0);
    assertClose(batch.diagonal(0, 0, 2), new double[] {0, 5, 2, 7}, new Shape(2, 2), 0, 0);
    assertClose(m.create(180.0).toRadians(), Math.PI, 1e-15, 0);
  }

  @Test
  void reverseInPlaceOpsAndLinear() {
    NDArray x = m.create(new double[] {1, 2, 4});
    x.getNDArrayInternal().rdivi(m.create(8.0));
    assertClose(x, new double[] {8, 4, 2}, new Shape(3), 0, 0);
    NDArray input = m.create(new double[] {1, 2, 3}).reshape(1, 3);
    NDArray weight = m.create(new double[] {1, 0, 0, 0, 1, 1}).reshape(2, 3);
    NDArray out =
        input.getNDArrayInternal().linear(input, weight, m.create(new double[] {10, 20})).head();
    assertClose(out, new double[] {11, 25}, new Shape(1, 2), 0, 0);
  }

  @Test
  void badIndicesNameTheOperationValueAndRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.take(longs(6)));
    assertEquals(
        "NDArray.take: index 6.0 (entry 0 of the index array) is not an integer in [-6, 6)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> a.topK(4, 1, true, true));
    assertEquals("topK: k = 4 must be in [0, 3], the length of axis 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> a.gather(longs(0, 1), 1));
    assertEquals(
        "NDArray.gather: the index of shape (2) must have the rank of (2, 3)", e.getMessage());
  }
}
