package dev.attune.write;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file in every built site that says Attune made the folder, and lists the files it made. A
 * build replaces only a folder that carries it, and stops when the folder holds files the list
 * does not name, so nothing a person put there is deleted without {@code --force}.
 */
public final class SiteMarker {
  /** The marker's name inside the site. */
  public static final String NAME = ".attune-site";

  private static final String SIGNATURE = "attune-site 1";
  private static final String EXPLANATION = """
      # This folder was made by `attune build`, which replaces it as a whole on every build.
      # The lines below list the files the build made. When the folder holds any other file,
      # the next build stops instead of deleting it (unless it is run with --force), so keep
      # your own files elsewhere: files to publish with the site belong in the content folder.
      """;

  private SiteMarker() {}

  /** The marker for a site made of {@code paths} ('/'-separated, relative to the site). */
  public static byte[] of(Collection<String> paths) {
    StringBuilder text = new StringBuilder(SIGNATURE).append('\n').append(EXPLANATION);
    for (String path : new TreeSet<>(paths)) {
      text.append(escape(path)).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The files a marker lists; empty when the text is not a marker. */
  public static Optional<Set<String>> read(String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(SIGNATURE)) {
      return Optional.empty();
    }
    Set<String> paths = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        paths.add(unescape(line));
      }
    }
    return Optional.of(paths);
  }

  /** One path a line: percent-encodes what would break a line or look like a comment. */
  private static String escape(String path) {
    String escaped = path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    return escaped.startsWith("#") ? "%23" + escaped.substring(1) : escaped;
  }

  private static String unescape(String line) {
    return line.replace("%23", "#").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
  }
}
