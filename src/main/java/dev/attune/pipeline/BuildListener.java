package dev.attune.pipeline;

/** Hears how far a build has got, for a progress display. Called from the threads that do the work, so it must be thread-safe. */
public interface BuildListener {
  /** {@code done} of {@code total} items of the stage {@code stage} are finished. */
  void progress(String stage, int done, int total);

  /** Something the build did that the user should know, such as setting right what a stopped build left. */
  default void note(String message) {}

  BuildListener SILENT = (stage, done, total) -> {};
}
