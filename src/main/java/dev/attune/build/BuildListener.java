package dev.attune.build;

/** Hears how far a build has got, for a progress display. Called from the building thread. */
public interface BuildListener {
  /** {@code done} of {@code total} items of the stage {@code stage} are finished. */
  void progress(String stage, int done, int total);

  BuildListener SILENT = (stage, done, total) -> {};
}
