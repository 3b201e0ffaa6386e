package dev.pyrite.reparam.internal;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DCT-II and Haar matrices are orthonormal and have their textbook entries. */
class OrthonormalBasesTest {
  private static void assertOrthonormal(double[] m, int n) {
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
          dot += m[a * n + j] * m[b * n + j];
        }
        assertClose(dot, a == b ? 1.0 : 0.0, 0.0, 1e-12);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 16})
  void bothBasesAreOrthonormalForEveryLength(int n) {
    assertOrthonormal(OrthonormalBases.dct(n), n);
    assertOrthonormal(OrthonormalBases.haar(n), n);
  }

  @Test
  void dctHasTheConstantVectorFirstAndCosinesAfter() {
    double[] m = OrthonormalBases.dct(4);
    for (int j = 0; j < 4; j++) {
      assertClose(m[j], 0.5, 0.0, 1e-15);
      assertClose(m[4 + j], Math.sqrt(0.5) * Math.cos(Math.PI * (j + 0.5) / 4), 0.0, 1e-15);
    }
  }

  @Test
  void haarPairsNeighboursIntoSumsAndDifferences() {
    double r = 1 / Math.sqrt(2);
    assertClose(OrthonormalBases.haar(2)[0], r, 0.0, 1e-15);
    assertClose(OrthonormalBases.haar(2)[3], -r, 0.0, 1e-15);
    // [1, 2, 3, 4] -> level 1 sums [3, 7] r, differences [-1, -1] r; level 2: [10, -4] / 2
    double[] y = OrthonormalBases.haarOf(new double[] {1, 2, 3, 4});
    double[] expected = {5.0, -2.0, -r, -r};
    for (int k = 0; k < 4; k++) {
      assertClose(y[k], expected[k], 0.0, 1e-14);
    }
    // an odd element passes through at the end
    double[] odd = OrthonormalBases.haarOf(new double[] {1, 1, 9});
    assertClose(odd[0], 2 * r, 0.0, 1e-14);
    assertClose(odd[1], 0.0, 0.0, 1e-14);
    assertClose(odd[2], 9.0, 0.0, 0.0);
  }

  @Test
  void emptyLengthIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> OrthonormalBases.dct(0));
    assertThrows(IllegalArgumentException.class, () -> OrthonormalBases.haar(0));
  }
}
