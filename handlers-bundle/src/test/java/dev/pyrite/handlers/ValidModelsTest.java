package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.deterministic;
import static dev.pyrite.Pyrite.factor;
import static dev.pyrite.Pyrite.markov;
import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalog of valid and invalid models, after Pyro's {@code tests/infer/test_valid_models.py}:
 * each case runs a guide, the model replayed at its draws, the model/guide match check and the
 * shape-checked log-densities (what {@code TraceElbo} does), and pins the warnings or the error.
 */
class ValidModelsTest {
  private static final String CLASH =
      "Multiple sample sites named \"x\" in one trace; site names must be unique within a run (add"
          + " an index to names created in a loop)";

  /**
   * One catalog entry.
   *
   * @param id the case name
   * @param model the model
   * @param guide the guide
   * @param error the start of the pinned error message (whole message unless it ends in a shape
   *     table), or null when the case is valid
   * @param warnings the pinned warnings of a valid case
   */
  private record Case(
      String id, Model<Void> model, Model<Void> guide, String error, List<String> warnings) {
    @Override
    public String toString() {
      return id;
    }
  }

  private static Case ok(String id, Model<Void> model, Model<Void> guide, String... warnings) {
    return new Case(id, model, guide, null, List.of(warnings));
  }

  private static Case error(String id, Model<Void> model, Model<Void> guide, String error) {
    return new Case(id, model, guide, error, List.of());
  }

  private static NDArray half(long... shape) {
    return Backend.manager().ones(new Shape(shape)).mul(0.5);
  }

  private static NDArray zeros(long... shape) {
    return Backend.manager().zeros(new Shape(shape));
  }

  private static final Model<Void> EMPTY = v -> {};

  private static final Model<Void> BERNOULLI_X = v -> sample("x", new Bernoulli(0.5));

  private static final Model<Void> BERNOULLI_X_GUIDE =
      v -> sample("x", new Bernoulli(param("p", 0.5, Constraints.unitInterval())));

  private static Model<Void> sequential(Long subsample) {
    return v -> {
      Plate p = subsample == null ? plate("plate", 4) : plate("plate", 4, subsample);
      for (long i : p) {
        sample("x_" + i, new Bernoulli(0.5));
      }
    };
  }

  private static Model<Void> vectorized(Long subsample) {
    return v -> {
      try (Plate p = subsample == null ? plate("plate", 10) : plate("plate", 10, subsample)) {
        sample("x", new Bernoulli(0.5));
      }
    };
  }

  static List<Case> catalog() {
    List<Case> c = new ArrayList<>();
    c.add(
        ok(
            "nonempty_model_empty_guide_ok",
            v -> {
              NDArray loc = sample("loc", new Normal(0, 1));
              sample("y", new Normal(loc, 1.0), Backend.scalar(0.5));
            },
            EMPTY,
            "Found latent sites in the model but not the guide, they are drawn from their priors:"
                + " [\"loc\"]"));
    c.add(ok("empty_model_empty_guide_ok", EMPTY, EMPTY));
    c.add(
        error(
            "variable_clash_in_model_error",
            v -> {
              sample("x", new Bernoulli(0.5));
              sample("x", new Bernoulli(0.5));
            },
            BERNOULLI_X_GUIDE,
            CLASH));
    c.add(
        error(
            "variable_clash_in_guide_error",
            BERNOULLI_X,
            v -> {
              sample("x", new Bernoulli(0.5));
              sample("x", new Bernoulli(0.5));
            },
            CLASH));
    c.add(
        error(
            "model_guide_dim_mismatch_error",
            v -> sample("x", new Normal(zeros(2), 1.0).toEvent(1)),
            v -> sample("x", new Normal(param("loc", zeros(2, 1)), 1.0).toEvent(2)),
            "Model and guide event dims disagree at site \"x\": 1 vs 2; give the guide's"
                + " distribution the model's event shape [2] (e.g. .toEvent(...))"));
    c.add(
        error(
            "model_guide_shape_mismatch_error",
            v -> sample("x", new Normal(zeros(1, 2), 1.0).toEvent(2)),
            v -> sample("x", new Normal(param("loc", zeros(2, 1)), 1.0).toEvent(2)),
            "Model and guide shapes disagree at site \"x\": [1, 2] vs [2, 1]; sample the guide's"
                + " site inside the same plates as the model's, with the same batch shape"));
    c.add(
        error(
            "renamed_site_error",
            v -> sample("sigma", new Normal(0, 1)),
            v -> sample("sigm", new Normal(param("loc", 0.0), 1.0)),
            "the guide and the model disagree on their latent sites: the guide samples"
                + " [\"sigm\"], which the model does not have, and the model samples [\"sigma\"],"
                + " which the guide does not; give the guide's sites the model's names, or mark"
                + " guide-only sites with infer \"is_auxiliary\" = true"));
    c.add(
        ok(
            "guide_only_site_warning",
            BERNOULLI_X,
            v -> {
              sample("aux", new Normal(0, 1));
              sample("x", new Bernoulli(0.5));
            },
            "Found non-auxiliary sites in the guide but not the model, consider marking them infer"
                + " \"is_auxiliary\" = true: [\"aux\"]"));
    c.add(
        ok(
            "auxiliary_guide_site_ok",
            BERNOULLI_X,
            Handlers.inferConfig(
                v -> {
                  sample("aux", new Normal(0, 1));
                  sample("x", new Bernoulli(0.5));
                },
                m -> m.name().equals("aux") ? Map.of("is_auxiliary", true) : Map.of())));
    for (Long sub : new Long[] {null, 2L}) {
      String tag = sub == null ? "full" : "subsample";
      c.add(ok("iplate_ok_" + tag, sequential(sub), sequential(sub)));
      c.add(ok("plate_ok_" + tag, vectorized(sub), vectorized(sub)));
      c.add(
          ok(
              "iplate_in_model_not_guide_ok_" + tag,
              v -> {
                for (long i : sub == null ? plate("plate", 10) : plate("plate", 10, sub)) {
                  sample("unused_" + i, new Normal(0, 1), Backend.scalar(0));
                }
                sample("x", new Bernoulli(0.5));
              },
              BERNOULLI_X_GUIDE));
    }
    c.add(
        ok(
            "iplate_in_guide_not_model_warning",
            BERNOULLI_X,
            v -> {
              for (long i : plate("plate", 10, 5)) {
                param("unused", 0.0);
              }
              sample("x", new Bernoulli(0.5));
            },
            "Found plates in the guide but not the model: [\"plate\"]"));
    c.add(
        error(
            "iplate_variable_clash_error",
            v -> {
              for (long i : plate("plate", 2)) {
                sample("x", new Bernoulli(0.5));
              }
            },
            BERNOULLI_X,
            CLASH));
    c.add(
        ok(
            "plate_subsample_param_ok",
            vectorized(5L),
            v -> {
              NDArray p = param("p", half(10), Constraints.unitInterval());
              try (Plate plate = plate("plate", 10, 5)) {
                sample("x", new Bernoulli(plate.subsample(p, 0)));
              }
            }));
    Model<Void> broadcast =
        v -> {
          try (Plate p = plate("plate", 10, 5)) {
            sample("x", new Bernoulli(0.5).expand(new Shape(2)));
          }
        };
    c.add(
        error(
            "plate_broadcast_error",
            broadcast,
            broadcast,
            "Shape mismatch inside plate(\"plate\") at site \"x\" dim -1, 5 vs 2\nThe distribution"
                + " Bernoulli has batch shape [2]; give it size 1 or 5 at dim -1, or move the plate"
                + " to another dim (plate(name, size, subsampleSize, dim))"));
    Model<Void> iplateIplate =
        v -> {
          Plate outer = new Plate("outer", 3, 2, null);
          Plate inner = new Plate("inner", 3, 2, null);
          for (long i : outer) {
            for (long j : inner) {
              sample("x_" + i + "_" + j, new Bernoulli(0.5));
            }
          }
        };
    c.add(ok("iplate_iplate_ok", iplateIplate, iplateIplate));
    Model<Void> plateIplate =
        v -> {
          try (Plate p = plate("plate", 3, 2)) {
            for (long i : plate("iplate", 3, 2)) {
              sample("x_" + i, new Bernoulli(half(1)).expand(new Shape(2)));
            }
          }
        };
    c.add(ok("plate_iplate_ok", plateIplate, plateIplate));
    Model<Void> iplatePlate =
        v -> {
          Plate inner = new Plate("plate", 3, 2, null);
          for (long i : plate("iplate", 3, 2)) {
            try (Plate p = inner.install()) {
              sample("x_" + i, new Bernoulli(0.5));
            }
          }
        };
    c.add(ok("iplate_plate_ok", iplatePlate, iplatePlate));
    Model<Void> reuse =
        v -> {
          Plate outer = new Plate("plate_outer", 10, 5, -1);
          Plate inner = new Plate("plate_inner", 11, 6, -2);
          try (Plate o = outer.install()) {
            sample("x", new Bernoulli(0.5));
          }
          try (Plate i = inner.install()) {
            sample("y", new Bernoulli(0.5));
          }
          try (Plate o = outer.install();
              Plate i = inner.install()) {
            sample("z", new Bernoulli(0.5));
          }
        };
    c.add(ok("plate_reuse_ok", reuse, reuse));
    Model<Void> dimError1 =
        v -> {
          try (Plate outer = plate("plate_outer", 10, 5)) {
            sample("x", new Bernoulli(half(1)).expand(new Shape(5, 1)));
          }
        };
    c.add(
        error(
            "nested_plate_plate_dim_error_1",
            dimError1,
            dimError1,
            "at site \"x\", invalid log_prob shape\n  Expected [5], actual [5, 5]\n"));
    Model<Void> dimError2 =
        v -> {
          try (Plate outer = plate("plate_outer", 10, 5);
              Plate inner = plate("plate_inner", 11, 6)) {
            sample("y", new Bernoulli(half(1)).expand(new Shape(5, 1)));
          }
        };
    c.add(
        error(
            "nested_plate_plate_dim_error_2",
            dimError2,
            dimError2,
            "Shape mismatch inside plate(\"plate_inner\") at site \"y\" dim -2, 6 vs 5\nThe"
                + " distribution Bernoulli has batch shape [5, 1]; give it size 1 or 6 at dim -2,"
                + " or move the plate to another dim (plate(name, size, subsampleSize, dim))"));
    c.add(
        error(
            "plate_created_twice_in_a_loop_error",
            v -> {
              for (long i : plate("iplate", 2)) {
                try (Plate p = plate("plate", 3, 2)) {
                  sample("x_" + i, new Bernoulli(0.5));
                }
              }
            },
            EMPTY,
            "plate \"plate\" drew its subsample twice in one run; create the Plate once (new"
                + " Plate(name, size, subsampleSize, dim)) and install or iterate it where needed,"
                + " so every use shares one subsample"));
    c.add(
        error(
            "batched_site_outside_plate_error",
            v -> sample("x", new Normal(zeros(3), 1.0)),
            v -> sample("x", new Normal(param("loc", zeros(3)), 1.0)),
            "at site \"x\", invalid log_prob shape\n  Expected [], actual [3]\n"));
    c.add(
        error(
            "plate_dim_collision_error",
            v -> {
              try (Plate a = plate("a", 3, 3, -1);
                  Plate b = plate("b", 4, 4, -1)) {
                sample("x", new Normal(0, 1));
              }
            },
            EMPTY,
            "plates \"b\" and \"a\" collide at dim=-1\nTry moving the dim of one plate to the"
                + " left, e.g. dim=-2"));
    c.add(
        error(
            "duplicate_plate_error",
            v -> {
              try (Plate a = plate("a", 3);
                  Plate b = plate("a", 4)) {
                sample("x", new Normal(0, 1));
              }
            },
            EMPTY,
            "duplicate plate \"a\": a plate of that name is already active; rename one"));
    c.add(
        error(
            "plate_vectorized_and_sequential_error",
            v -> {
              Plate p = plate("data", 3);
              try {
                sample("x", new Normal(0, 1));
                for (long i : p) {
                  sample("y_" + i, new Normal(0, 1));
                }
              } finally {
                p.close();
              }
            },
            EMPTY,
            "cannot use plate \"data\" as both vectorized and sequential: it already holds sites"
                + " as a vectorized plate; iterate a fresh plate, e.g. for (long i :"
                + " plate(\"data\", 3))"));
    c.add(
        error(
            "subsample_size_mismatch_error",
            vectorized(5L),
            vectorized(3L),
            "plate \"plate\" expects 5 subsample indices but its index site has shape (3); did you"
                + " use different subsample sizes for this plate in the model and the guide?"));
    c.add(
        error(
            "subsample_larger_than_size_error",
            vectorized(20L),
            EMPTY,
            "plate \"plate\" has subsampleSize 20; it must lie in [1, size=10]"));
    c.add(
        error(
            "param_reused_as_sample_error",
            v -> {
              param("x", 0.5);
              sample("x", new Normal(0, 1), Backend.scalar(0));
            },
            EMPTY,
            "site \"x\" is already in the trace as a param site and cannot be reused as a sample"
                + " site; give the sample another name"));
    c.add(
        error(
            "param_constraint_changed_error",
            v -> {
              param("p", 0.5, Constraints.unitInterval());
              param("p", 0.5, Constraints.positive());
            },
            EMPTY,
            "param \"p\" was declared with constraint unit_interval and is now requested with"
                + " positive; use one constraint per param name, or clear the param store"));
    c.add(
        ok(
            "param_read_twice_ok",
            v -> sample("y", new Normal(param("m", 0.0).add(param("m", 0.0)), 1.0), zeros()),
            EMPTY));
    c.add(
        error(
            "negative_scale_error",
            v -> Handlers.scale(BERNOULLI_X, -1.0).run(null),
            EMPTY,
            "scale must be positive, got -1.0; use mask to drop terms instead"));
    Model<Void> misc =
        v -> {
          NDArray z = sample("z", new Normal(0, 1));
          deterministic("z2", z.mul(2));
          try (Plate p = plate("data", 4)) {
            factor("f", z.add(zeros(4)));
            NDArray keep = Backend.manager().create(new boolean[] {true, false, true, true});
            Handlers.mask(w -> sample("y", new Normal(z, 1.0), zeros(4)), keep).run(null);
          }
          NDArray s = sample("s_0", new Normal(0, 1));
          for (long t : markov(3)) {
            s = sample("s_" + (t + 1), new Normal(s, 1.0));
          }
        };
    c.add(
        ok(
            "factor_deterministic_mask_markov_ok",
            misc,
            v -> {
              sample("z", new Normal(param("zloc", 0.0), 1.0));
              for (int t = 0; t <= 3; t++) {
                sample("s_" + t, new Normal(0, 1));
              }
            }));
    return c;
  }

  static Stream<Arguments> cases() {
    return Engines.all().flatMap(e -> catalog().stream().map(c -> Arguments.of(e, c)));
  }

  /** What TraceElbo does with a model and a guide, without the optimiser. */
  private static List<String> runElbo(Model<Void> model, Model<Void> guide) {
    Trace g = Handlers.trace(guide, null).checkShapes(Trace.ALL_DIMS);
    Trace m = Handlers.trace(Handlers.replay(model, g), null).checkShapes(Trace.ALL_DIMS);
    List<String> warnings = ModelGuideMatch.check(m, g);
    m.computeLogProb();
    g.computeLogProb();
    boolean scored = m.nodes().stream().anyMatch(s -> Trace.isScored(s));
    if (scored) {
      double elbo =
          value(m.logProbSum()) - (g.stochasticNodes().isEmpty() ? 0 : value(g.logProbSum()));
      assertTrue(Double.isFinite(elbo), "ELBO " + elbo);
    }
    return warnings;
  }

  private static double value(NDArray a) {
    return a.toType(DataType.FLOAT64, false).getDouble();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void catalogCase(String engine, Case c) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      if (c.error() == null) {
        assertEquals(c.warnings(), runElbo(c.model(), c.guide()));
      } else {
        RuntimeException e =
            assertThrows(RuntimeException.class, () -> runElbo(c.model(), c.guide()));
        String msg = e.getMessage();
        if (c.error().endsWith("\n")) {
          assertTrue(msg.startsWith(c.error()), msg);
          assertTrue(msg.contains("Trace Shapes:\n"), msg);
        } else {
          assertEquals(c.error(), msg);
        }
      }
    }
    assertTrue(HandlerStack.current().isEmpty(), "the case left handlers installed");
  }
}
