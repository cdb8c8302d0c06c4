package dev.attune.write;

/** Hears how far the replacement of a site has got: for progress, and for tests that stop it midway. */
public interface WriteListener {
  /** The steps of the swap, in order, after the files are written. */
  enum Step {
    /** Every file and the marker are in the staging folder. */
    STAGED,
    /** The previous site has been moved aside (only when there was one). */
    SET_ASIDE,
    /** The new site is in place. */
    PUBLISHED,
    /** The previous site has been deleted. */
    CLEANED
  }

  /** {@code done} of {@code total} files are in the staging folder. */
  void written(int done, int total);

  default void reached(Step step) {}

  WriteListener NONE = (done, total) -> {};
}
