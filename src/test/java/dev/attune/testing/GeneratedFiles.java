package dev.attune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files too large to commit, made when a test runs. A file {@code name.gen} holds the text of
 * {@code name} in which {@code {{repeat N "text"}}} stands for N copies of text; in text,
 * {@code \n}, {@code \t}, {@code \"} and {@code \\} are escapes. {@link #expand} writes each
 * file and removes its {@code .gen}.
 */
public final class GeneratedFiles {
  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) \"((?:[^\"\\\\]|\\\\.)*)\"}}");

  private GeneratedFiles() {}

  /** Whether {@code folder} holds any {@code .gen} file. */
  public static boolean present(Path folder) {
    return !generators(folder).isEmpty();
  }

  /** Writes each {@code .gen} file under {@code folder} (a copy: it is changed) as the file it makes. */
  public static void expand(Path folder) {
    try {
      for (Path generator : generators(folder)) {
        String name = generator.getFileName().toString();
        Files.writeString(generator.resolveSibling(name.substring(0, name.length() - ".gen".length())), expand(Files.readString(generator)));
        Files.delete(generator);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code template} with every {@code {{repeat N "text"}}} written out. */
  public static String expand(String template) {
    StringBuilder out = new StringBuilder();
    Matcher m = REPEAT.matcher(template);
    int last = 0;
    while (m.find()) {
      out.append(template, last, m.start()).append(unescape(m.group(2)).repeat(Integer.parseInt(m.group(1))));
      last = m.end();
    }
    return out.append(template.substring(last)).toString();
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Path> generators(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".gen")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
