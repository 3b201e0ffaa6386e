package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Delta;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The shared work of the reparameterizers that rotate a real-valued site into an orthonormal basis
 * along one event dim ({@code DiscreteCosineReparam}, {@code HaarReparam}): the auxiliary site
 * {@code "{name}{suffix}"} has the distribution of the coefficients {@code y = M x}, a {@code
 * TransformedDistribution} of the original one whose log-determinant is 0, and the site becomes an
 * observed point mass at {@code x = M^T y}.
 *
 * <pre>{@code
 * OrthonormalReparam dct =
 *     new OrthonormalReparam("DiscreteCosineReparam", "_dct", -1, OrthonormalBases::dct);
 * ReparamResult r = dct.apply(msg);
 * }</pre>
 */
public final class OrthonormalReparam {
  private final String reparamName;
  private final String suffix;
  private final int dim;
  private final IntFunction<double[]> basis;

  /**
   * Creates the rotation.
   *
   * @param reparamName the reparameterizer, for messages
   * @param suffix appended to the site name to name the auxiliary site
   * @param dim the event dim to act along, negative
   * @param basis the orthonormal matrix for each length
   */
  public OrthonormalReparam(
      String reparamName, String suffix, int dim, IntFunction<double[]> basis) {
    if (dim >= 0) {
      throw new IllegalArgumentException(
          reparamName + ": dim must be a negative event dim (e.g. -1), got " + dim);
    }
    this.reparamName = reparamName;
    this.suffix = suffix;
    this.dim = dim;
    this.basis = basis;
  }

  /**
   * The dim it acts along.
   *
   * @return a negative dim
   */
  public int dim() {
    return dim;
  }

  /**
   * The transform a site's distribution gets.
   *
   * @param site the site name
   * @param fn its distribution
   * @return the orthonormal transform along {@link #dim()}
   * @throws IllegalArgumentException naming the site when the dim is not an event dim or the
   *     support is not real
   */
  public OrthonormalTransform transformFor(String site, Distribution fn) {
    int n = EventDims.sizeAlong(reparamName, site, fn, dim);
    String support = EventDims.elementwise(fn.support()).name();
    if (!"real".equals(support)) {
      throw new IllegalArgumentException(
          reparamName
              + " cannot reparameterize site \""
              + site
              + "\": its support is "
              + fn.support().name()
              + ", but a rotation needs real-valued elements; reparameterize the unconstrained"
              + " variable instead (e.g. a Normal before an exp)");
    }
    return new OrthonormalTransform(reparamName + "Transform", dim, basis.apply(n), n);
  }

  /**
   * Rewrites a site.
   *
   * @param msg the site
   * @return the point mass at the back-transformed coefficients
   */
  public ReparamResult apply(ReparamMessage msg) {
    if (msg.isObserved()) {
      return new ReparamResult(msg.fn(), msg.value(), true);
    }
    Distribution fn = msg.fn();
    OrthonormalTransform t = transformFor(msg.name(), fn);
    NDArray preset = msg.value() == null ? null : t.forward(msg.value());
    NDArray y = AuxSites.sample(auxName(msg.name()), new TransformedDistribution(fn, t), preset);
    NDArray x = t.inverse(y);
    return new ReparamResult(new Delta(x, null, fn.eventShape().dimension()), x, true);
  }

  /**
   * Maps an init value to the auxiliary site: {@code y = M x}.
   *
   * @param name the site name
   * @param fn its distribution
   * @param value the init value
   * @return {@code {"{name}{suffix}": y}}
   */
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    return Map.of(auxName(name), transformFor(name, fn).forward(value));
  }

  private String auxName(String name) {
    return name + suffix;
  }
}
