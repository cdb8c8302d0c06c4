package dev.attune.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The folder a build publishes into, held for the length of one build: checked against what must
 * never be replaced, locked against other builds, set right after a build that was stopped, and
 * at the end replaced as a whole. Claim it before the slow work, so that a refusal comes at once.
 */
public final class OutputFolder implements AutoCloseable {
  private static final int LISTED = 5;

  private final Path real;
  private final String display;
  private final boolean force;
  private final OutputLock lock;
  private final SiteWriter writer;

  private OutputFolder(Path real, String display, boolean force, OutputLock lock) {
    this.real = real;
    this.display = display;
    this.force = force;
    this.lock = lock;
    this.writer = new SiteWriter(real, display);
  }

  /**
   * Checks, locks and recovers {@code out}.
   *
   * @param force whether files Attune did not make may be deleted
   * @param notes hears what was done that the user should know about (a recovery, a forced replacement)
   */
  public static OutputFolder claim(Path out, OutputGuard guard, boolean force, Consumer<String> notes)
      throws OutputRefused, IOException {
    Path real = guard.check(out);
    String display = out.toAbsolutePath().normalize().equals(real) ? out.toString() : real.toString();
    Files.createDirectories(real.getParent());
    OutputLock lock = OutputLock.acquire(OutputLayout.sibling(real, "lock"), "'" + display + "'");
    OutputFolder folder = new OutputFolder(real, display, force, lock);
    try {
      folder.writer.recover().forEach(notes);
      SiteOwnership ownership = SiteOwnership.of(real);
      if (!ownership.replaceable()) {
        if (!force) {
          throw folder.refusal(ownership);
        }
        notes.accept("--force: replacing '" + display + "', deleting what Attune did not make: " + list(ownership.foreignFiles()));
      }
      return folder;
    } catch (OutputRefused | IOException | RuntimeException e) {
      folder.close();
      throw e;
    }
  }

  /** The folder the site is written to, with every link followed. */
  public Path real() {
    return real;
  }

  /**
   * Replaces the folder with exactly {@code files}. Looks again first: files someone put into the
   * folder while the build ran are not deleted either.
   */
  public void replace(Collection<OutputFile> files, WriteListener listener) throws OutputRefused, IOException {
    checkStillReplaceable();
    writer.write(files, listener);
  }

  /**
   * Starts the new site beside the old one, for a build that writes each file as soon as it is
   * made. Publishing it looks at the folder again first, as {@link #replace} does.
   */
  public Staging stage() throws IOException {
    return writer.begin(this::checkStillReplaceable);
  }

  private void checkStillReplaceable() throws OutputRefused, IOException {
    if (!force) {
      SiteOwnership ownership = SiteOwnership.of(real);
      if (!ownership.replaceable()) {
        throw refusal(ownership);
      }
    }
  }

  /** Lets the next build in. */
  @Override
  public void close() {
    lock.close();
  }

  private OutputRefused refusal(SiteOwnership ownership) {
    String message = "refusing to replace '" + display + "': it holds files that Attune did not make ("
        + list(ownership.foreignFiles()) + ")";
    if (ownership.state() == SiteOwnership.State.FOREIGN) {
      return new OutputRefused(message,
          "give the site a new or empty folder; or, if everything in '" + display + "' may be deleted, build again with --force");
    }
    return new OutputRefused(message,
        "move them out of the site folder (files to publish belong in the content folder), or build again with --force to delete them");
  }

  private static String list(List<String> files) {
    String shown = String.join(", ", files.subList(0, Math.min(LISTED, files.size())));
    return files.size() > LISTED ? shown + " and " + (files.size() - LISTED) + " more" : shown;
  }
}
