package dev.attune.pipeline;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.load.SourceFile;
import dev.attune.model.Urls;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the files of the content folder's {@code assets/} that nothing uses, and warns about each:
 * such a file is published, but no learner will come across it, so it is most likely left over
 * from an earlier version or forgotten in a link. A file is used when a Markdown file links to it
 * or shows it (a draft too, so that the images of a lesson being written are not reported), when a
 * style sheet of the content folder names it in {@code url(…)} or {@code @import}, or when a file
 * of the override folder names its path (a template's {@code ${page.root}assets/logo.svg}).
 *
 * <p>Only {@code assets/} is checked: a file anywhere else in the content folder is published on
 * purpose whether or not anything links to it (a {@code CNAME}, a file to download from an
 * address given out), which is also how an author keeps an unlinked file.
 *
 * <p>What counts as used is taken from each Markdown file's render, which the build cache keeps,
 * so a rebuild that renders nothing afresh reports exactly what a clean build does.
 */
final class UnusedAssets {
  static final String FOLDER = "assets/";
  /** {@code url(x)}, {@code url("x")}, {@code @import "x"}: the ways CSS names another file. */
  private static final Pattern CSS_ADDRESS = Pattern.compile(
      "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

  private final LinkTable links;
  private final Set<String> used = new HashSet<>();

  UnusedAssets(LinkTable links) {
    this.links = links;
  }

  /**
   * Counts what {@code addresses}, written in the file {@code contentPath} published at {@code
   * pageUrl}, lead to. Markdown's addresses are relative to the file and raw HTML's to the page;
   * an address is not marked as either, so both are tried, which can only find more.
   */
  void addresses(String contentPath, String pageUrl, Collection<String> addresses) {
    for (String address : addresses) {
      links.fileOf(contentPath, address).ifPresent(used::add);
      links.assetAt(pageUrl, address).ifPresent(used::add);
    }
  }

  /** Counts what the style sheets among {@code files} name, relative to each. */
  void styleSheets(List<SourceFile> files) {
    for (SourceFile file : files) {
      if (!file.name().toLowerCase(Locale.ROOT).endsWith(".css")) {
        continue;
      }
      String css;
      try {
        css = new String(Files.readAllBytes(file.file()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue; // copying it fails with the reason
      }
      Matcher m = CSS_ADDRESS.matcher(css);
      while (m.find()) {
        for (int group = 1; group <= m.groupCount(); group++) {
          if (m.group(group) != null) {
            links.fileOf(file.relativePath(), m.group(group)).ifPresent(used::add);
          }
        }
      }
    }
  }

  /** The files of {@code assets/} among {@code files} that nothing counted so far uses, in their order. */
  List<SourceFile> unused(List<SourceFile> files) {
    List<SourceFile> unused = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.relativePath().startsWith(FOLDER) && !used.contains(file.relativePath())) {
        unused.add(file);
      }
    }
    return unused;
  }

  /** Warns about each of {@code unused} that no file of the override folder ({@code themeFiles}) names either. */
  static void report(List<SourceFile> unused, Map<String, ByteBuffer> themeFiles, Diagnostics diagnostics) {
    List<String> texts = new ArrayList<>();
    for (ByteBuffer bytes : themeFiles.values()) {
      // Byte for character: a path is found in a template, a style sheet or a script whatever
      // their encoding, by the same bytes in the same place.
      texts.add(StandardCharsets.ISO_8859_1.decode(bytes.duplicate()).toString());
    }
    for (SourceFile file : unused) {
      String path = file.relativePath();
      String written = new String(path.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      String encoded = Urls.encode(path);
      if (texts.stream().anyMatch(text -> text.contains(written) || text.contains(encoded))) {
        continue;
      }
      diagnostics.warning(Code.UNUSED_ASSET, file.displayPath(), Position.FILE,
          "nothing links to this file, so no learner will come across it",
          "link to it or show it in a lesson or page (from a lesson, its address is ../" + path + "), or delete it;"
              + " to publish it on purpose without a link, move it out of assets/");
    }
  }
}
