package dev.attune.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a guide, each with the HTML comment just before it that says what
 * the block is, and the example course those comments make of them:
 *
 * <ul>
 *   <li>{@code <!-- example: PATH -->}: the block is the file PATH of the course, as it stands;
 *   <li>{@code <!-- example body: PATH -->}: the block is (part of) the body of the lesson, page
 *       or worksheet file PATH, to which a front matter with a title is added;
 *   <li>{@code <!-- example quiz: PATH -->} and {@code <!-- example worksheet: PATH -->}: the
 *       block is questions or prompts, put in a {@code :::quiz} or {@code :::worksheet} block of
 *       their own in PATH's body;
 *   <li>{@code <!-- not built: why -->}: the block is not a file (commands, a folder tree, what
 *       a build prints).
 * </ul>
 *
 * Blocks for the same PATH are joined in the guide's order.
 */
public final class DocExamples {
  private static final Pattern COMMENT = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");
  private static final Pattern EXAMPLE = Pattern.compile("example(?: (body|quiz|worksheet))?: (\\S+)");

  /**
   * A fenced block.
   *
   * @param line the line of its opening fence, from 1
   * @param marker the text of the comment just before it, or "" when there is none
   * @param language what its opening fence says after the backticks ("sh", "markdown"), or ""
   * @param text its lines, without the fences and the indentation of the opening fence
   */
  public record Block(int line, String marker, String language, String text) {
    public boolean isExample() {
      return EXAMPLE.matcher(marker).matches();
    }

    public boolean isNotBuilt() {
      return marker.startsWith("not built: ");
    }
  }

  private DocExamples() {}

  /** The fenced blocks of {@code markdown}, in order. */
  public static List<Block> blocks(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    String before = "";
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        if (!lines[i].isBlank()) {
          before = lines[i];
        }
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && !(lines[j].strip().startsWith(fence) && lines[j].strip().chars().allMatch(c -> c == fence.charAt(0)))) {
        String line = lines[j];
        text.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.strip()).append('\n');
        j++;
      }
      Matcher comment = COMMENT.matcher(before);
      blocks.add(new Block(i + 1, comment.matches() ? comment.group(1) : "", open.group(3).strip(), text.toString()));
      before = "";
      i = j;
    }
    return blocks;
  }

  /** The files of the example course that the blocks marked {@code example…} make, by path. */
  public static Map<String, String> course(List<Block> blocks) {
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, Integer> wrapped = new LinkedHashMap<>();
    for (Block block : blocks) {
      Matcher m = EXAMPLE.matcher(block.marker());
      if (!m.matches()) {
        continue;
      }
      String kind = m.group(1) == null ? "file" : m.group(1);
      String path = m.group(2);
      if (kind.equals("file")) {
        if (files.containsKey(path)) {
          throw new IllegalArgumentException("line " + block.line() + ": " + path + " is already made by an example above");
        }
        files.put(path, block.text());
        continue;
      }
      String part = block.text();
      if (!kind.equals("body")) {
        int n = wrapped.merge(path, 1, Integer::sum);
        part = ":::" + kind + " id=" + slug(path) + "-" + n + "\n\n" + part + "\n:::\n";
      }
      String body = files.computeIfAbsent(path, p -> "---\ntitle: " + title(p) + "\n---\n");
      files.put(path, body + (body.endsWith("---\n") ? "" : "\n") + part);
    }
    return files;
  }

  /** "lessons/04-question-types.md" → "question-types". */
  private static String slug(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    return name.replaceFirst("^\\d+-", "");
  }

  /** "lessons/04-question-types.md" → "Question types". */
  private static String title(String path) {
    String words = slug(path).replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
