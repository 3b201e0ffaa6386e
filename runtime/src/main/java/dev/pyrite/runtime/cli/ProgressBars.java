package dev.pyrite.runtime.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.TerminalBuilder;

/**
 * Progress bars for long commands, drawn on standard error so standard out stays for results.
 *
 * <pre>{@code
 * try (ProgressBar bar = ProgressBars.start("SVI", steps)) {
 *   for (int i = 0; i < steps; i++) {
 *     svi.step(data);
 *     bar.step();
 *   }
 * }
 * }</pre>
 */
public final class ProgressBars {
  private ProgressBars() {}

  /**
   * Starts a progress bar.
   *
   * @param task the label in front of the bar
   * @param total the number of steps
   * @return the bar; close it when done
   */
  public static ProgressBar start(String task, long total) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // jline finds its terminal providers (META-INF/services/org/jline/...) through the context
    // class loader; the bar's update thread, created here, inherits it
    thread.setContextClassLoader(TerminalBuilder.class.getClassLoader());
    try {
      return new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .showSpeed()
          .build();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
