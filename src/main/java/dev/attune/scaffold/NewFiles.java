package dev.attune.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files that do not exist yet, and never replaces one: a file that appears between the
 * check and the write (made by an editor, or a second {@code attune new}) is refused too. When a
 * write fails, {@link #undo} removes what was made, so an author is not left with half a course.
 */
final class NewFiles {
  /** Folders and files made, in the order they were made. */
  private final List<Path> made = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();

  /** Writes {@code text} to the new file {@code file}, making its folders. */
  void write(Path file, String text) throws ScaffoldRefused {
    try {
      makeFolders(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      made.add(file);
      files.add(file);
    } catch (FileAlreadyExistsException e) {
      throw exists(file);
    } catch (IOException e) {
      throw new ScaffoldRefused("cannot write '" + PathText.of(file) + "': " + e.getMessage(), "check that the folder is writable");
    }
  }

  /** The files written, in order. */
  List<Path> files() {
    return List.copyOf(files);
  }

  /** Removes every file and folder made, newest first; what cannot be removed stays. */
  void undo() {
    for (int i = made.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(made.get(i));
      } catch (IOException e) {
        // A folder someone put a file into meanwhile stays, with that file.
      }
    }
    made.clear();
    files.clear();
  }

  static ScaffoldRefused exists(Path file) {
    return new ScaffoldRefused("'" + PathText.of(file) + "' exists already, and attune new never replaces a file",
        "choose another title, or edit that file");
  }

  private void makeFolders(Path folder) throws IOException, ScaffoldRefused {
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    if (Files.exists(folder)) {
      throw new ScaffoldRefused("'" + PathText.of(folder) + "' is a file, where a folder is needed", "rename or move that file");
    }
    makeFolders(folder.getParent());
    Files.createDirectory(folder);
    made.add(folder);
  }
}
