package dev.pyrite.spi;

/**
 * One conditionally independent context (a plate) recorded on a {@link Message}, Pyro's {@code
 * CondIndepStackFrame}.
 *
 * <pre>{@code
 * for (PlateFrame f : msg.condIndepStack()) {
 *   System.out.println(f.name() + " dim " + f.dim() + " size " + f.size());
 * }
 * }</pre>
 *
 * @param name the plate's name
 * @param dim the negative batch dimension it owns ({@code -1} is the rightmost), or {@code null}
 *     for a sequential plate
 * @param size the full size of the plate
 * @param subsampleSize how many indices this pass sees ({@code size} without subsampling)
 * @param counter for a sequential plate, the index of the current iteration; 0 otherwise
 */
public record PlateFrame(String name, Integer dim, long size, long subsampleSize, long counter) {
  /**
   * Whether this frame is a vectorised plate (owns a batch dimension).
   *
   * @return true when {@link #dim()} is set
   */
  public boolean isVectorized() {
    return dim != null;
  }

  /**
   * The factor by which log-likelihoods inside this plate are rescaled: {@code size /
   * subsampleSize}.
   *
   * @return the scale, 1 without subsampling
   */
  public double scale() {
    return (double) size / (double) subsampleSize;
  }
}
