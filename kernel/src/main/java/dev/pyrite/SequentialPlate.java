package dev.pyrite;

import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.internal.stack.LoopScoped;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.PlateFrame;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The handler behind a sequentially iterated {@link Plate}: installed once per iteration with a
 * frame of {@code dim == null} and the iteration number as counter; rescales log-probabilities by
 * {@code size / subsampleSize} when subsampling.
 */
final class SequentialPlate extends Handler implements LoopScoped, Iterable<Long> {
  private final String name;
  private final long size;
  private final long subsampleSize;
  private final long[] indices;
  private PlateFrame frame;

  /**
   * Creates the handler.
   *
   * @param name the plate's name
   * @param size the full size
   * @param subsampleSize how many indices the loop visits
   * @param indices the data indices to visit, or {@code null} for {@code 0 .. size-1}
   */
  SequentialPlate(String name, long size, long subsampleSize, long[] indices) {
    this.name = name;
    this.size = size;
    this.subsampleSize = subsampleSize;
    this.indices = indices;
  }

  @Override
  public Iterator<Long> iterator() {
    return new Iterator<>() {
      private int k;

      @Override
      public boolean hasNext() {
        finishIteration();
        return k < subsampleSize;
      }

      @Override
      public Long next() {
        finishIteration();
        if (k >= subsampleSize) {
          throw new NoSuchElementException("plate \"" + name + "\" has no more indices");
        }
        frame = new PlateFrame(name, null, size, subsampleSize, k);
        install();
        long index = indices == null ? k : indices[k];
        k++;
        return index;
      }
    };
  }

  private void finishIteration() {
    if (HandlerStack.contains(this)) {
      close();
    }
  }

  @Override
  public boolean inLoop() {
    return true;
  }

  @Override
  public void abandon() {
    frame = null;
  }

  @Override
  public void process(Message msg) {
    msg.condIndepStack().add(0, frame);
    if (msg.type() == MessageType.SAMPLE && subsampleSize < size) {
      msg.setScale(msg.scale() * frame.scale());
    }
  }
}
