package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.examples.LinearRegression;
import dev.pyrite.examples.LinearRegression.Result;
import dev.pyrite.examples.LinearRegression.Settings;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/**
 * {@code pyrite run linreg [--subsample N]}: fits the seed notebook's Bayesian linear regression
 * with SVI and AutoNormal, prints the RMSE of beta against the true coefficients and the posterior
 * median of sigmaSq, and optionally writes {@code {"rmse_beta", "sigma_sq_median", "steps",
 * "subsample", "seconds"}} as JSON.
 */
final class LinregExecutor implements RunExecutor {
  @Override
  public void check(RunRequest request) {
    settings(request);
  }

  @Override
  public int run(RunRequest request, PrintWriter out, PrintWriter err) {
    Settings settings = settings(request);
    Result result;
    try (ProgressBar bar = ProgressBars.start("SVI linreg", settings.steps())) {
      result = LinearRegression.run(settings, bar::stepTo);
    }
    String text =
        String.format(
            "rmse_beta %.4f  sigma_sq median %.4f   (SVI with AutoNormal, %s, %d steps, %s, %.1f"
                + " s)%n",
            result.rmseBeta(),
            result.sigmaSqMedian(),
            settings.subsample() == null ? "full batch" : "subsample " + settings.subsample(),
            settings.steps(),
            result.engine(),
            result.seconds());
    out.print(text);
    out.flush();
    if (request.json() != null) {
      JsonFile.write(request.json(), json(result));
    }
    if (request.plots() != null) {
      RunPlots.svi(request.plots(), "SVI linreg", result.losses(), text, out);
    }
    return 0;
  }

  static Settings settings(RunRequest r) {
    if (r.methodOr(Method.SVI) != Method.SVI) {
      throw new IllegalArgumentException(
          "linreg runs with --method svi only, got --method "
              + r.method().name().toLowerCase(Locale.ROOT)
              + "; drop --method");
    }
    r.rejectCentered();
    r.mcmc().requireUnset("linreg runs SVI only");
    if (r.guide() != null && !r.guide().equals("AutoNormal")) {
      throw new IllegalArgumentException(
          "linreg fits with --guide AutoNormal only, got --guide " + r.guide());
    }
    if (r.particles() != null && r.particles() != 1) {
      throw new IllegalArgumentException(
          "linreg uses 1 ELBO particle, got --particles " + r.particles());
    }
    if (r.subsample() != null && r.subsample() > LinearRegression.ROWS) {
      throw new IllegalArgumentException(
          "--subsample must be at most "
              + LinearRegression.ROWS
              + " (the rows of linreg), got "
              + r.subsample());
    }
    Settings d = Settings.defaults(r.subsample());
    return new Settings(
        r.steps() != null ? r.steps() : d.steps(),
        r.lr() != null ? r.lr() : d.lr(),
        r.subsample(),
        r.seed());
  }

  static ObjectNode json(Result r) {
    ObjectNode root = JsonFile.object();
    root.put("rmse_beta", r.rmseBeta());
    root.put("sigma_sq_median", r.sigmaSqMedian());
    root.put("steps", r.settings().steps());
    if (r.settings().subsample() == null) {
      root.putNull("subsample");
    } else {
      root.put("subsample", r.settings().subsample());
    }
    root.put("seconds", r.seconds());
    root.put("engine", r.engine());
    root.put("lr", r.settings().lr());
    root.put("seed", r.settings().seed());
    return root;
  }
}
