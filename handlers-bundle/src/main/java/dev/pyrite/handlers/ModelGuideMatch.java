package dev.pyrite.handlers;

import ai.djl.ndarray.types.Shape;
import dev.pyrite.handlers.internal.Shapes;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.PlateFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a guide fits its model, Pyro's {@code check_model_guide_match}, on the traces an ELBO
 * builds (the guide's, and the model's replayed at the guide's draws).
 *
 * <p>Errors: the guide and the model each have latent sites the other lacks (a renamed or
 * misspelled site: the model would draw its site from the prior while the guide's is scored for
 * nothing); a shared site whose event dims or shapes differ. Warnings (logged once per text): only
 * the guide has extra sites (mark them {@value #AUXILIARY}), only the model has extra latent sites
 * (they are drawn from their priors), auxiliary sites in the model, plates only the guide has.
 *
 * <pre>{@code
 * Trace guideTrace = Handlers.trace(guide, data);
 * Trace modelTrace = Handlers.trace(Handlers.replay(model, guideTrace), data);
 * ModelGuideMatch.validate(modelTrace, guideTrace);
 * }</pre>
 */
public final class ModelGuideMatch {
  /** The infer key marking a guide site the model does not have on purpose. */
  public static final String AUXILIARY = "is_auxiliary";

  private static final Logger LOG = LoggerFactory.getLogger(ModelGuideMatch.class);
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private ModelGuideMatch() {}

  /**
   * Checks the traces and logs each warning the first time it occurs in this JVM.
   *
   * @param model the model's trace
   * @param guide the guide's trace
   * @throws IllegalArgumentException naming the sites when the guide does not fit the model
   */
  public static void validate(Trace model, Trace guide) {
    for (String w : check(model, guide)) {
      if (WARNED.add(w)) {
        LOG.warn(w);
      }
    }
  }

  /**
   * Checks the traces.
   *
   * @param model the model's trace
   * @param guide the guide's trace
   * @return the warnings, empty when the guide fits
   * @throws IllegalArgumentException naming the sites when the guide does not fit the model
   */
  public static List<String> check(Trace model, Trace guide) {
    Map<String, Message> guideVars = new LinkedHashMap<>();
    Set<String> auxVars = new LinkedHashSet<>();
    for (Message m : guide.nodes()) {
      if (m.type() == MessageType.SAMPLE && Trace.isScored(m)) {
        guideVars.put(m.name(), m);
        if (Boolean.TRUE.equals(m.infer().get(AUXILIARY))) {
          auxVars.add(m.name());
        }
      }
    }
    Map<String, Message> modelVars = new LinkedHashMap<>();
    for (Message m : model.stochasticNodes()) {
      if (m.infer().get("_enumerate_dim") == null || guideVars.containsKey(m.name())) {
        modelVars.put(m.name(), m);
      }
    }
    Set<String> guideOnly = minus(guideVars.keySet(), modelVars.keySet(), auxVars);
    Set<String> modelOnly = minus(modelVars.keySet(), guideVars.keySet(), Set.of());
    if (!guideOnly.isEmpty() && !modelOnly.isEmpty()) {
      throw new IllegalArgumentException(
          "the guide and the model disagree on their latent sites: the guide samples "
              + quoted(guideOnly)
              + ", which the model does not have, and the model samples "
              + quoted(modelOnly)
              + ", which the guide does not; give the guide's sites the model's names, or mark"
              + " guide-only sites with infer \""
              + AUXILIARY
              + "\" = true");
    }
    for (Message m : modelVars.values()) {
      Message g = guideVars.get(m.name());
      if (g != null) {
        checkShapes(m, g);
      }
    }
    return warnings(model, guide, guideOnly, modelOnly, auxVars, modelVars.keySet());
  }

  private static List<String> warnings(
      Trace model,
      Trace guide,
      Set<String> guideOnly,
      Set<String> modelOnly,
      Set<String> aux,
      Set<String> modelVars) {
    List<String> out = new ArrayList<>();
    Set<String> auxInModel = new LinkedHashSet<>(aux);
    auxInModel.retainAll(modelVars);
    if (!auxInModel.isEmpty()) {
      out.add("Found auxiliary sites in the model: " + quoted(auxInModel));
    }
    if (!guideOnly.isEmpty()) {
      out.add(
          "Found non-auxiliary sites in the guide but not the model, consider marking them infer"
              + " \""
              + AUXILIARY
              + "\" = true: "
              + quoted(guideOnly));
    }
    if (!modelOnly.isEmpty()) {
      out.add(
          "Found latent sites in the model but not the guide, they are drawn from their priors: "
              + quoted(modelOnly));
    }
    Set<String> guidePlates = plates(guide);
    guidePlates.removeAll(plates(model));
    if (!guidePlates.isEmpty()) {
      out.add("Found plates in the guide but not the model: " + quoted(guidePlates));
    }
    return out;
  }

  private static void checkShapes(Message m, Message g) {
    int me = m.fn().eventShape().dimension();
    int ge = g.fn().eventShape().dimension();
    if (me != ge) {
      throw new IllegalArgumentException(
          "Model and guide event dims disagree at site \""
              + m.name()
              + "\": "
              + me
              + " vs "
              + ge
              + "; give the guide's distribution the model's event shape "
              + Shapes.format(m.fn().eventShape())
              + " (e.g. .toEvent(...))");
    }
    Shape ms = m.fn().shape(new Shape());
    Shape gs = g.fn().shape(new Shape());
    int n = Math.max(ms.dimension(), gs.dimension());
    for (int i = 1; i <= n; i++) {
      long a = i <= ms.dimension() ? ms.get(ms.dimension() - i) : 1;
      long b = i <= gs.dimension() ? gs.get(gs.dimension() - i) : 1;
      if (a != b) {
        throw new IllegalArgumentException(
            "Model and guide shapes disagree at site \""
                + m.name()
                + "\": "
                + Shapes.format(ms)
                + " vs "
                + Shapes.format(gs)
                + "; sample the guide's site inside the same plates as the model's, with the same"
                + " batch shape");
      }
    }
  }

  private static Set<String> plates(Trace t) {
    Set<String> out = new LinkedHashSet<>();
    for (Message m : t.nodes()) {
      if (Trace.isSubsample(m)) {
        out.add(m.name());
      }
      for (PlateFrame f : m.condIndepStack()) {
        out.add(f.name());
      }
    }
    return out;
  }

  private static Set<String> minus(Set<String> a, Set<String> b, Set<String> c) {
    Set<String> out = new LinkedHashSet<>(a);
    out.removeAll(b);
    out.removeAll(c);
    return out;
  }

  private static String quoted(Set<String> names) {
    List<String> q = new ArrayList<>();
    for (String n : names) {
      q.add("\"" + n + "\"");
    }
    return q.toString();
  }
}
