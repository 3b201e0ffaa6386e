package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyrite.mcmc.ChainDiagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress bar's postfix: mean step size and acceptance, all divergences. */
class McmcProgressTest {
  @Test
  void postfixAveragesOverChainsAndCountsWarmupDivergences() {
    List<ChainDiagnostics> chains =
        List.of(
            new ChainDiagnostics(0, 1, 2, 3.0, 7.0, 0.80, 0.40),
            new ChainDiagnostics(1, 0, 1, 3.0, 7.0, 0.90, 0.50));
    assertEquals(" step size=4.50e-01, acc. prob=0.85, div=4", McmcProgress.postfix(chains));
  }
}
