package dev.pyrite.internal.paramstore;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.pyrite.Backend;
import dev.pyrite.ParamInit;
import dev.pyrite.Pyrite;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pyro's {@code module}: one PARAM message per parameter of a DJL block. */
public final class ModuleBinding {
  /** Separates the module name from the parameter name, as in Pyro. */
  public static final String SEPARATOR = "$$$";

  private ModuleBinding() {}

  /**
   * Registers a block's parameters as params {@code name$$$parameterName} and returns the values
   * its forward must use.
   *
   * @param name the module name
   * @param block an initialised block
   * @return a DJL parameter store over the params' current values
   * @throws IllegalStateException when the block is not initialised
   */
  public static ParameterStore bind(String name, Block block) {
    Map<String, NDArray> values = new LinkedHashMap<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      Parameter parameter = p.getValue();
      if (!parameter.isInitialized()) {
        throw new IllegalStateException(
            "module \""
                + name
                + "\": parameter \""
                + p.getKey()
                + "\" of block "
                + block.getClass().getSimpleName()
                + " is not initialised; call block.initialize(Backend.manager(), Backend.dtype(),"
                + " inputShape) before module(...)");
      }
      NDArray initial = parameter.getArray();
      NDArray value =
          Pyrite.param(
              name + SEPARATOR + p.getKey(),
              ParamInit.of(initial.getShape(), () -> initial),
              null,
              0);
      values.put(parameter.getId(), value);
    }
    return new ModuleParameters(Backend.manager(), name, values);
  }
}
