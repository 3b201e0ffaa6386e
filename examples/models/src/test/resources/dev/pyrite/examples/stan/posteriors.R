#!/usr/bin/env Rscript
# Stan reference posteriors for the eight-schools (non-centred) and logistic-regression examples
# (workloads W6 and W7 of ../shared/bench-data/README.md): test data for the posterior-vs-Stan
# tests of issue 8.
#
# Reads the data from the shared bench-data folder (never copied into the project) and writes, per
# site and element, the posterior mean, sd, 5/50/95% quantiles, n_eff, r_hat and the Monte-Carlo
# standard error of the mean (rstan's se_mean = sd / sqrt(n_eff)) to eight_schools.json and
# logreg.json beside this script.
#
# Command (from the repository root; 1 min 49 s wall here, 85 s of it compiling the two models):
#   nice Rscript examples/models/src/test/resources/dev/pyrite/examples/stan/posteriors.R \
#     ../shared/bench-data examples/models/src/test/resources/dev/pyrite/examples/stan
# Requires Debian's r-cran-rstan (2.21.7, Stan 2.21.0) and r-cran-jsonlite.
# Settings: 4 chains x (2000 warmup + 10000 draws), seed 20261205, adapt_delta 0.8, max treedepth
# 10, diagonal mass matrix (Stan's defaults), one core.
# The versions and timings of the run that produced the committed files are in the "stan" member
# of each file.

suppressPackageStartupMessages({
  library(rstan)
  library(jsonlite)
})

# Debian's r-cran-bh ships no headers of its own (they are libboost-dev's, in /usr/include/boost)
if (!file.exists(rstan_options("boost_lib")) && dir.exists("/usr/include/boost")) {
  rstan_options(boost_lib = "/usr/include")
}

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) {
  stop("usage: posteriors.R BENCH_DATA_DIR OUTPUT_DIR")
}
data_dir <- args[1]
out_dir <- args[2]

CHAINS <- 4
WARMUP <- 2000
DRAWS <- 10000
SEED <- 20261205

eight_schools_code <- "
data {
  int<lower=0> J;
  vector[J] y;
  vector<lower=0>[J] sigma;
}
parameters {
  real mu;
  real<lower=0> tau;
  vector[J] theta_tilde;
}
transformed parameters {
  vector[J] theta = mu + tau * theta_tilde;
}
model {
  mu ~ normal(0, 5);
  tau ~ cauchy(0, 5);
  theta_tilde ~ normal(0, 1);
  y ~ normal(theta, sigma);
}
"

logreg_code <- "
data {
  int<lower=0> N;
  int<lower=0> D;
  matrix[N, D] X;
  int<lower=0, upper=1> y[N];
}
parameters {
  vector[D] w;
  real b;
}
model {
  w ~ normal(0, 1);
  b ~ normal(0, 1);
  y ~ bernoulli_logit(X * w + b);
}
"

# Per parameter (all elements of a vector parameter together): mean, sd, q05, q50, q95, n_eff,
# r_hat and mcse_mean; scalars as numbers, vectors as arrays (the layout of `pyrite run --json`).
site_summaries <- function(fit, sites) {
  s <- summary(fit, pars = sites, probs = c(0.05, 0.5, 0.95))$summary
  out <- list()
  for (site in sites) {
    rows <- grep(paste0("^", site, "(\\[|$)"), rownames(s))
    col <- function(name) {
      v <- unname(s[rows, name])
      if (length(v) == 1) v else I(v)
    }
    out[[site]] <- list(
      mean = col("mean"), sd = col("sd"), q05 = col("5%"), q50 = col("50%"), q95 = col("95%"),
      n_eff = col("n_eff"), r_hat = col("Rhat"), mcse_mean = col("se_mean"))
  }
  out
}

fit_and_write <- function(name, code, data, sites, file) {
  t0 <- proc.time()[["elapsed"]]
  model <- stan_model(model_code = code, model_name = name)
  t1 <- proc.time()[["elapsed"]]
  fit <- sampling(model, data = data, chains = CHAINS, warmup = WARMUP, iter = WARMUP + DRAWS,
                  seed = SEED, cores = 1, refresh = 0,
                  control = list(adapt_delta = 0.8, max_treedepth = 10))
  t2 <- proc.time()[["elapsed"]]
  sampler <- get_sampler_params(fit, inc_warmup = FALSE)
  divergent <- sum(sapply(sampler, function(p) sum(p[, "divergent__"])))
  leapfrogs <- sum(sapply(get_sampler_params(fit, inc_warmup = TRUE),
                          function(p) sum(p[, "n_leapfrog__"])))
  times <- get_elapsed_time(fit)
  result <- list(
    model = name,
    stan = list(
      rstan_version = as.character(packageVersion("rstan")),
      stan_version = stan_version(),
      r_version = R.version.string,
      chains = CHAINS, warmup = WARMUP, draws_per_chain = DRAWS, seed = SEED,
      adapt_delta = 0.8, max_treedepth = 10, metric = "diag_e",
      compile_seconds = t1 - t0, sampling_wall_seconds = t2 - t1,
      chain_warmup_seconds = I(unname(times[, "warmup"])),
      chain_sample_seconds = I(unname(times[, "sample"])),
      gradient_evaluations = leapfrogs,
      us_per_gradient = 1e6 * sum(times) / leapfrogs,
      divergences = divergent,
      generated = format(Sys.time(), "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")),
    posterior = site_summaries(fit, sites))
  write(toJSON(result, auto_unbox = TRUE, digits = NA, pretty = TRUE), file)
  cat(name, ": ", t2 - t1, " s sampling, ", divergent, " divergences -> ", file, "\n", sep = "")
}

schools <- read.csv(file.path(data_dir, "eight_schools.csv"))
fit_and_write(
  "eight_schools_noncentered", eight_schools_code,
  list(J = nrow(schools), y = schools$y, sigma = schools$sigma),
  c("mu", "tau", "theta_tilde", "theta"), file.path(out_dir, "eight_schools.json"))

logreg <- read.csv(file.path(data_dir, "logreg_n1000_d10.csv"))
X <- as.matrix(logreg[, paste0("x", 0:9)])
fit_and_write(
  "logreg", logreg_code,
  list(N = nrow(X), D = ncol(X), X = X, y = as.integer(logreg$y)),
  c("w", "b"), file.path(out_dir, "logreg.json"))
