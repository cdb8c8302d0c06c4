package dev.attune.pipeline;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import dev.attune.load.ContentLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about files of a course's override folder that change nothing. A file replaces the
 * built-in file of exactly the same path, so {@code lessons.ftlh}, {@code Lesson.ftlh} or {@code
 * lesson.ftl} would be left unused without a word; the warning names the file it was probably
 * meant to be.
 *
 * <p>Some files add rather than replace, and are not warned about: anything under {@code assets/}
 * (published under {@code theme/} beside the built-in files, such as an author's own style sheet);
 * a template that a template of the folder includes or imports by name; notes ({@code *.md},
 * {@code *.txt}, names without an extension such as {@code LICENSE}); and hidden files, editor
 * backups and {@code _} names, which the content folder passes over too.
 */
final class UnusedOverrides {
  private static final String ASSETS = "assets/";
  /** {@code <#include "x.ftlh">} and {@code <#import "x.ftlh" as x>}, in either of FreeMarker's tag syntaxes. */
  private static final Pattern INCLUDE = Pattern.compile("[<\\[]#(?:include|import)\\s+([\"'])(.*?)\\1");

  private UnusedOverrides() {}

  /**
   * @param files the override folder's files by path, as {@code Theme.overrideFiles} reads them
   * @param builtIn the built-in theme's files by path
   */
  static void report(Optional<ThemeFolder> folder, Map<String, ByteBuffer> files, Set<String> builtIn, Diagnostics diagnostics) {
    if (folder.isEmpty()) {
      return;
    }
    Set<String> included = new HashSet<>();
    for (Map.Entry<String, ByteBuffer> file : files.entrySet()) {
      if (file.getKey().startsWith(ASSETS)) {
        continue;
      }
      Matcher m = INCLUDE.matcher(StandardCharsets.UTF_8.decode(file.getValue().duplicate()));
      while (m.find()) {
        String name = m.group(2);
        if (name.contains("${")) {
          return; // a name made while rendering could be any of the files
        }
        String resolved = name.startsWith("/") ? LinkTable.resolvePath("", name) : LinkTable.resolvePath(folderOf(file.getKey()), name);
        if (resolved != null) {
          included.add(resolved);
        }
      }
    }
    List<String> templates = builtIn.stream().filter(path -> !path.startsWith(ASSETS)).sorted().toList();
    for (String path : files.keySet()) {
      if (path.startsWith(ASSETS) || builtIn.contains(path) || included.contains(path) || isNote(path) || passedOver(path)) {
        continue;
      }
      String hint = Suggestions.closest(path, templates)
          .map(name -> "did you mean '" + name + "'? A file replaces the built-in file of exactly the same name: rename it, or remove it")
          .orElse("name it after the built-in template it should replace (" + String.join(", ", templates)
              + "), include it from one of yours with <#include \"" + path + "\">, or remove it; files of your own to publish go in assets/");
      diagnostics.warning(Code.UNUSED_OVERRIDE, folder.get().display() + "/" + path, Position.FILE,
          "this file replaces nothing: the built-in theme has no file '" + path + "', and no template here includes it", hint);
    }
  }

  /** Notes kept with a theme: Markdown, text, and names without an extension (LICENSE, README). */
  private static boolean isNote(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".txt") || name.indexOf('.') < 0;
  }

  private static boolean passedOver(String path) {
    for (String name : path.split("/")) {
      if (!ContentLoader.isCourseName(name)) {
        return true;
      }
    }
    return false;
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
