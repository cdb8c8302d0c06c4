package dev.attune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The entries of docs/diagnostics.md, one per code, as tests read them. */
public final class CodeDocs {
  /** One section: heading, "Seen as: `message`" (and its severity when only a warning), what it means, the fix, then the next heading if any. */
  private static final Pattern ENTRY = Pattern.compile(
      "### (A\\d{4}) ([^\\n]+)\\n\\nSeen as: `([^`\\n]+)`(?: \\(warning\\))?\\n\\n(.+?)\\n\\n\\*\\*Fix:\\*\\* (.+?)\\n(?:\\n## .*)?",
      Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("^### (A\\d{4})\\b", Pattern.MULTILINE);

  private CodeDocs() {}

  /** One code's entry: its heading, the message it is seen as, what it means, and its fix. */
  public record Entry(String summary, String example, String meaning, String fix) {}

  public static Path file() {
    return Path.of("docs/diagnostics.md");
  }

  /** The entries by code, in the order of the page; a section not in the expected shape is left out. */
  public static Map<String, Entry> read() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String section : text().split("\n(?=### A\\d{4} )")) {
      Matcher m = ENTRY.matcher(section.strip() + "\n");
      if (m.matches()) {
        entries.put(m.group(1), new Entry(m.group(2), m.group(3), m.group(4).strip(), m.group(5).strip()));
      }
    }
    return entries;
  }

  private static String text() {
    try {
      return Files.readString(file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many "### Axxxx" headings the page has, well formed or not. */
  public static int headings() {
    return (int) HEADING.matcher(text()).results().count();
  }

  /** Whether {@code message} is what {@code example} shows, where '…' in the example stands for any text. */
  public static boolean matches(String example, String message) {
    StringBuilder regex = new StringBuilder();
    for (String part : example.split("…", -1)) {
      if (regex.length() > 0 || example.startsWith("…")) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(message).matches();
  }
}
