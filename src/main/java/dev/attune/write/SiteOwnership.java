package dev.attune.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who made what is in a folder: whether a build may replace it without deleting anything a person
 * put there.
 *
 * @param state what the folder is
 * @param foreignFiles files in the folder that Attune did not make, sorted ('/'-separated)
 */
public record SiteOwnership(State state, List<String> foreignFiles) {
  /** What a folder is, as far as a build is concerned. */
  public enum State {
    /** Nothing there yet. */
    ABSENT,
    /** An empty folder. */
    EMPTY,
    /** A site with Attune's marker. */
    MARKED,
    /** A site an Attune release before the marker made: its generator tag and theme folder show it. */
    EARLIER_ATTUNE,
    /** Anything else: someone else's files. */
    FOREIGN
  }

  private static final String GENERATOR_TAG = "<meta name=\"generator\" content=\"Attune\">";

  public SiteOwnership {
    foreignFiles = List.copyOf(foreignFiles);
  }

  /** Whether replacing the folder would delete nothing that Attune did not make. */
  public boolean replaceable() {
    return foreignFiles.isEmpty() && state != State.FOREIGN;
  }

  /**
   * Looks at {@code folder}, a real path. A foreign folder is not walked (it may be huge): its
   * top-level entries stand for its files, folders with a trailing '/'.
   */
  public static SiteOwnership of(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return new SiteOwnership(State.ABSENT, List.of());
    }
    List<String> entries = topLevel(folder);
    if (entries.isEmpty()) {
      return new SiteOwnership(State.EMPTY, List.of());
    }
    Path marker = folder.resolve(SiteMarker.NAME);
    Optional<Set<String>> made = Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
        ? SiteMarker.read(Files.readString(marker, StandardCharsets.UTF_8))
        : Optional.empty();
    if (made.isPresent()) {
      Set<String> listed = made.get();
      return new SiteOwnership(State.MARKED, files(folder).stream().filter(f -> !f.equals(SiteMarker.NAME) && !listed.contains(f)).toList());
    }
    if (madeBeforeTheMarker(folder)) {
      return new SiteOwnership(State.EARLIER_ATTUNE, List.of());
    }
    return new SiteOwnership(State.FOREIGN, entries);
  }

  private static boolean madeBeforeTheMarker(Path folder) throws IOException {
    Path home = folder.resolve(OutputLayout.file(OutputLayout.HOME));
    if (!Files.isRegularFile(home) || !Files.isDirectory(folder.resolve(OutputLayout.THEME_FOLDER))) {
      return false;
    }
    byte[] bytes = Files.readAllBytes(home);
    return new String(bytes, StandardCharsets.UTF_8).contains(GENERATOR_TAG);
  }

  private static List<String> topLevel(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName() + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "")).sorted().toList();
    }
  }

  /**
   * Every entry that is not a folder (files, links, sockets…), without following links. One
   * {@code stat} an entry: the walk hands over the attributes it read.
   */
  private static List<String> files(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        files.add(folder.relativize(file).toString().replace('\\', '/'));
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(files);
    return files;
  }
}
