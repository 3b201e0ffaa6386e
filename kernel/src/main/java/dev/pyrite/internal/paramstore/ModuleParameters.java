package dev.pyrite.internal.paramstore;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.Map;

/**
 * A DJL parameter store that hands a block the values its parameters have in Pyrite's param store
 * (or what a handler put in their place), so the block's forward computes with, and sends gradients
 * to, the params SVI trains.
 */
public final class ModuleParameters extends ParameterStore {
  private final String module;
  private final Map<String, NDArray> values;

  /**
   * Creates the store.
   *
   * @param manager the manager DJL may create copies in
   * @param module the module name, for error messages
   * @param values the values by DJL parameter id
   */
  public ModuleParameters(NDManager manager, String module, Map<String, NDArray> values) {
    super(manager, false);
    this.module = module;
    this.values = Map.copyOf(values);
  }

  @Override
  public NDArray getValue(Parameter parameter, Device device, boolean training) {
    if (parameter == null) {
      return null;
    }
    NDArray value = values.get(parameter.getId());
    if (value == null) {
      throw new IllegalStateException(
          "parameter \""
              + parameter.getName()
              + "\" was not registered by module(\""
              + module
              + "\", ...); pass the store module(...) returned to the same block's forward, and"
              + " call module(...) again after changing the block");
    }
    return value;
  }
}
