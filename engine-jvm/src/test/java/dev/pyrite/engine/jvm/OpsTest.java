package dev.pyrite.engine.jvm;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forward values against hand-computed (NumPy-semantics) results. */
class OpsTest {
  private NDManager m;

  @BeforeEach
  void open() {
    m = Engine.getEngine("Jvm").newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  private NDArray mat(double... v) {
    return m.create(v).reshape(2, 3);
  }

  @Test
  void creation() {
    assertClose(m.arange(0f, 5f, 2f, DataType.FLOAT64), new double[] {0, 2, 4}, new Shape(3), 0, 0);
    assertClose(m.linspace(0f, 1f, 5, true), new double[] {0, .25, .5, .75, 1}, new Shape(5), 0, 0);
    assertClose(m.eye(2), new double[] {1, 0, 0, 1}, new Shape(2, 2), 0, 0);
    assertClose(m.full(new Shape(2), 3f), 3.0, 0, 0);
    assertClose(m.ones(new Shape(2, 1)), new double[] {1, 1}, new Shape(2, 1), 0, 0);
    assertEquals(DataType.FLOAT32, m.create(new float[] {1.5f}).getDataType());
    assertArrayEquals(new float[] {1.5f}, m.create(new float[] {1.5f}).toFloatArray());
    assertEquals(2.5, m.create(new double[] {1, 2.5}).getDouble(1));
  }

  @Test
  void float32RoundsAndConverts() {
    NDArray x = m.create(new float[] {0.1f}).mul(3);
    assertEquals((float) (0.1f * 3.0), x.toFloatArray()[0]);
    assertEquals(DataType.FLOAT64, x.toType(DataType.FLOAT64, false).getDataType());
    assertEquals((double) (float) 0.1, m.create(0.1).toType(DataType.FLOAT32, false).getFloat());
  }

  @Test
  void broadcastingArithmeticAndComparisons() {
    NDArray a = mat(1, 2, 3, 4, 5, 6);
    NDArray col = m.create(new double[] {10, 20}).reshape(2, 1);
    assertClose(a.add(col), new double[] {11, 12, 13, 24, 25, 26}, new Shape(2, 3), 0, 0);
    assertClose(
        a.sub(m.create(new double[] {1, 2, 3})),
        new double[] {0, 0, 0, 3, 3, 3},
        new Shape(2, 3),
        0,
        0);
    assertClose(a.pow(2).div(2), new double[] {.5, 2, 4.5, 8, 12.5, 18}, new Shape(2, 3), 0, 0);
    NDArray gt = a.gt(3);
    assertEquals(DataType.BOOLEAN, gt.getDataType());
    assertArrayEquals(new boolean[] {false, false, false, true, true, true}, gt.toBooleanArray());
    assertClose(
        NDArrays.where(gt, a, a.neg()), new double[] {-1, -2, -3, 4, 5, 6}, new Shape(2, 3), 0, 0);
    assertClose(
        a.maximum(2.5).minimum(4.5),
        new double[] {2.5, 2.5, 3, 4, 4.5, 4.5},
        new Shape(2, 3),
        0,
        0);
    assertThrows(IllegalArgumentException.class, () -> a.add(m.create(new double[] {1, 2})));
  }

  @Test
  void unaryFunctions() {
    NDArray x = m.create(new double[] {0.5, 2});
    assertClose(x.exp(), new double[] {Math.exp(0.5), Math.exp(2)}, new Shape(2), 1e-15, 0);
    assertClose(x.log(), new double[] {Math.log(0.5), Math.log(2)}, new Shape(2), 1e-15, 0);
    // lgamma(0.5) = log(sqrt(pi)), lgamma(2) = 0
    assertClose(x.gammaln(), new double[] {0.5 * Math.log(Math.PI), 0}, new Shape(2), 1e-14, 1e-15);
    // erf(0.5) from Abramowitz & Stegun table 7.1
    assertClose(m.create(0.5).erf(), 0.5204998778130465, 1e-14, 0);
    assertClose(m.create(0.5204998778130465).erfinv(), 0.5, 1e-13, 0);
  }

  @Test
  void reductions() {
    NDArray a = mat(1, 2, 3, 4, 5, 6);
    assertEquals(21.0, a.sum().getDouble());
    assertClose(a.sum(new int[] {0}), new double[] {5, 7, 9}, new Shape(3), 0, 0);
    assertClose(a.mean(new int[] {1}, true), new double[] {2, 5}, new Shape(2, 1), 0, 0);
    assertClose(a.max(new int[] {-1}), new double[] {3, 6}, new Shape(2), 0, 0);
    assertEquals(1.0, a.min().getDouble());
    assertClose(a.prod(new int[] {0}), new double[] {4, 10, 18}, new Shape(3), 0, 0);
  }

  @Test
  void shapesAndIndexing() {
    NDArray a = mat(1, 2, 3, 4, 5, 6);
    assertClose(a.transpose(), new double[] {1, 4, 2, 5, 3, 6}, new Shape(3, 2), 0, 0);
    assertEquals(new Shape(2, 1, 3), a.expandDims(1).getShape());
    assertEquals(new Shape(2, 3), a.expandDims(1).squeeze().getShape());
    assertClose(
        m.create(new double[] {1, 2}).broadcast(new Shape(2, 2)),
        new double[] {1, 2, 1, 2},
        new Shape(2, 2),
        0,
        0);
    assertClose(a.get("1, 1:"), new double[] {5, 6}, new Shape(2), 0, 0);
    assertClose(a.get(new NDIndex(":, ::2")), new double[] {1, 3, 4, 6}, new Shape(2, 2), 0, 0);
    assertEquals(6.0, a.getDouble(1, 2));
    NDArray b = a.duplicate();
    b.set(new NDIndex("0"), 0);
    assertClose(b, new double[] {0, 0, 0, 4, 5, 6}, new Shape(2, 3), 0, 0);
    NDArray c = NDArrays.concat(new NDList(a, a), 1);
    assertClose(c.get("0"), new double[] {1, 2, 3, 1, 2, 3}, new Shape(6), 0, 0);
    assertEquals(new Shape(2, 2, 3), NDArrays.stack(new NDList(a, a)).getShape());
    assertEquals(new Shape(6), a.flatten().getShape());
    assertClose(a.cumSum(1), new double[] {1, 3, 6, 4, 9, 15}, new Shape(2, 3), 0, 0);
    assertClose(a.swapAxes(0, -1), new double[] {1, 4, 2, 5, 3, 6}, new Shape(3, 2), 0, 0);
    assertClose(
        a.booleanMask(m.create(new boolean[] {false, true})),
        new double[] {4, 5, 6},
        new Shape(1, 3),
        0,
        0);
    assertEquals(3L, a.gt(3).sum().getLong());
  }

  @Test
  void matrixProducts() {
    NDArray a = mat(1, 2, 3, 4, 5, 6);
    NDArray b = m.create(new double[] {1, 0, 0, 1, 1, 1}).reshape(3, 2);
    assertClose(a.matMul(b), new double[] {4, 5, 10, 11}, new Shape(2, 2), 0, 0);
    assertClose(
        a.matMul(m.create(new double[] {1, 1, 1})), new double[] {6, 15}, new Shape(2), 0, 0);
    NDArray batch = NDArrays.stack(new NDList(a, a.mul(2)));
    NDArray r = batch.matMul(b);
    assertEquals(new Shape(2, 2, 2), r.getShape());
    assertClose(r.get("1"), new double[] {8, 10, 20, 22}, new Shape(2, 2), 0, 0);
  }
}
