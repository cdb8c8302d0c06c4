package dev.attune.load;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the files of a content folder in a fixed order (by path), so that two builds of the same
 * folder see the same files in the same order on every machine.
 *
 * <p>Only what is inside the content folder is published. A link (symbolic link) is followed when
 * what it leads to is inside the content folder too, and is otherwise an error that names it and
 * where it leads: without this check, a link to {@code /etc/passwd} or to a home folder would be
 * copied into the site. The content folder itself may be a link. Names are compared in Unicode
 * NFC, the form most editors write, so that a name typed on one system matches the same name
 * saved on another; a file's path in the course is its NFC form.
 */
final class ContentWalker {
  private final Path root;
  private final String displayRoot;
  private final Diagnostics diagnostics;

  /** A folder to list: where it really is, its path in the course, and the real folders that lead to it. */
  private record Folder(Path disk, String relative, List<Path> within) {}

  private ContentWalker(Path root, String displayRoot, Diagnostics diagnostics) {
    this.root = root;
    this.displayRoot = displayRoot;
    this.diagnostics = diagnostics;
  }

  static List<SourceFile> walk(Path root, String displayRoot, Diagnostics diagnostics) {
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      // The command line checked that it exists; it can still be renamed or removed while the
      // preview runs, which is the author's doing, not a bug.
      diagnostics.error(Code.CANNOT_READ, displayRoot, Position.FILE, "cannot read the content folder: " + e.getMessage(),
          "check that the folder exists and is readable; if you renamed or moved it, restart with --content and its new place");
      return List.of();
    }
    return new ContentWalker(real, displayRoot, diagnostics).walk();
  }

  private List<SourceFile> walk() {
    List<SourceFile> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    Deque<Folder> pending = new ArrayDeque<>();
    pending.push(new Folder(root, "", List.of(root)));
    while (!pending.isEmpty()) {
      Folder folder = pending.pop();
      for (Path entry : list(folder)) {
        String name = entry.getFileName().toString();
        if (!isCourseName(name)) {
          continue;
        }
        String relative = (folder.relative().isEmpty() ? "" : folder.relative() + "/") + Normalizer.normalize(name, Normalizer.Form.NFC);
        if (!readable(entry, name)) {
          unreadableName(relative);
          continue;
        }
        Optional<Path> disk = Files.isSymbolicLink(entry) ? follow(entry, relative, folder) : Optional.of(entry);
        if (disk.isEmpty()) {
          continue;
        }
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(disk.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          diagnostics.error(Code.CANNOT_READ, display(relative), Position.FILE, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
          continue;
        }
        if (attributes.isDirectory()) {
          List<Path> within = new ArrayList<>(folder.within());
          within.add(disk.get());
          pending.push(new Folder(disk.get(), relative, within));
        } else if (attributes.isRegularFile()) {
          if (!paths.add(relative)) {
            diagnostics.error(Code.UNICODE_NAME_CLASH, display(relative), Position.FILE,
                "two files have this name, written with different Unicode forms of the same letters",
                "rename or remove one of them: names are compared in Unicode NFC, as most editors write them");
            continue;
          }
          files.add(new SourceFile(disk.get(), relative, display(relative)));
        }
        // Anything else (a named pipe, a device) is not a course file.
      }
    }
    files.sort(Comparator.comparing(SourceFile::relativePath));
    return files;
  }

  /** The entries of a folder, by name; a folder that cannot be read is reported and has none. */
  private List<Path> list(Folder folder) {
    try (Stream<Path> entries = Files.list(folder.disk())) {
      return entries.sorted().toList();
    } catch (IOException e) {
      diagnostics.error(Code.CANNOT_READ, folder.relative().isEmpty() ? displayRoot : display(folder.relative()), Position.FILE,
          "cannot read the folder: " + e.getMessage(), "check that it exists and is readable");
      return List.of();
    }
  }

  /**
   * Where the link {@code link} leads, when it may be followed: to a file or folder inside the
   * content folder, and not to a folder that holds the link (which would be listed forever).
   * Anything else is reported, and empty.
   */
  private Optional<Path> follow(Path link, String relative, Folder folder) {
    String written;
    Path target;
    try {
      written = Files.readSymbolicLink(link).toString();
      target = link.toRealPath();
    } catch (NoSuchFileException e) {
      diagnostics.warning(Code.LINK_LEADS_NOWHERE, display(relative), Position.FILE, "this link leads nowhere, so nothing is published for it",
          "point the link at a file in the content folder, or remove it");
      return Optional.empty();
    } catch (FileSystemException e) {
      // ELOOP, as Linux words it: the link leads to itself, or through other links back to them.
      boolean circle = e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links");
      diagnostics.error(Code.LINK_CANNOT_BE_FOLLOWED, display(relative), Position.FILE,
          "this link cannot be followed: " + (circle ? "it leads round a circle of links" : e.getReason()),
          "point the link at a file in the content folder, or remove it");
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.error(Code.LINK_CANNOT_BE_FOLLOWED, display(relative), Position.FILE, "this link cannot be followed: " + e.getMessage(),
          "point the link at a file in the content folder, or remove it");
      return Optional.empty();
    }
    String leadsTo = "'" + written + "'" + (Path.of(written).equals(target) ? "" : " (" + target + ")");
    if (!target.startsWith(root)) {
      diagnostics.error(Code.LINK_LEADS_OUTSIDE, display(relative), Position.FILE, "this link leads to " + leadsTo + ", outside the content folder",
          "copy what it leads to into the content folder instead of linking to it: links are followed only when they stay inside the content folder");
      return Optional.empty();
    }
    if (folder.within().contains(target)) {
      diagnostics.error(Code.LINK_LEADS_TO_ITS_FOLDER, display(relative), Position.FILE, "this link leads to " + leadsTo + ", a folder that holds the link, so the folder would never end",
          "remove the link, or point it at a folder beside this one");
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /**
   * Whether {@code name} is the name on disk: a name whose bytes are not valid UTF-8 (or not valid
   * in the JVM's encoding of file names) is read with U+FFFD in place of what cannot be read.
   */
  private static boolean readable(Path entry, String name) {
    if (name.indexOf('\uFFFD') < 0) {
      return true;
    }
    try {
      return entry.getFileName().equals(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private void unreadableName(String relative) {
    Charset names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    if (names.equals(StandardCharsets.UTF_8)) {
      diagnostics.error(Code.FILE_NAME_ENCODING, display(relative), Position.FILE, "this file's name is not valid UTF-8 (shown here with '\uFFFD' for what cannot be read)",
          "rename it: it was probably named on a system with another encoding");
    } else {
      diagnostics.error(Code.FILE_NAME_ENCODING, display(relative), Position.FILE, "this file's name cannot be read: Java reads file names as " + names.name() + " here, not UTF-8",
          "run Attune with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
    }
  }

  private String display(String relative) {
    return displayRoot.isEmpty() ? relative : displayRoot + "/" + relative;
  }

  /** Hidden files, editor backups and '_'-prefixed names (other than _module.yml) are skipped. */
  static boolean isCourseName(String name) {
    if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#")) {
      return false;
    }
    return !name.startsWith("_") || name.equals(ContentLoader.MODULE_FILE);
  }
}
