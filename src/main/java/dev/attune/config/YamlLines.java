package dev.attune.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * The lines of a YAML text as an author sees them: how far each is indented, which are keys and
 * list items, what a value would look like in quotes; and, where the lines do not tell, what
 * SnakeYAML's scanner read. Used to say what a syntax error means and which line to edit. Lines
 * and columns are 0-based, columns counted in code points as SnakeYAML counts them.
 */
final class YamlLines {
  private static final Pattern KEY_LINE = Pattern.compile("^\\s*(?:-\\s+)?([^\\s#:'\"\\[\\]{},-][^:#]*?):(?:\\s+(.*))?$");

  private final String text;
  private final String[] lines;

  YamlLines(String text) {
    this.text = text;
    this.lines = text.split("\n", -1);
  }

  int count() {
    return lines.length;
  }

  /** The text of line {@code index}, or "" past the end. */
  String line(int index) {
    return index >= 0 && index < lines.length ? lines[index] : "";
  }

  /** How many spaces line {@code index} starts with. */
  int indent(int index) {
    String line = line(index);
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  /** Whether line {@code index} holds anything but spaces and a comment. */
  boolean hasContent(int index) {
    String text = line(index).strip();
    return !text.isEmpty() && !text.startsWith("#");
  }

  /** The nearest line above {@code index} with content, or -1. */
  int previousContent(int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (hasContent(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The lines that enclose line {@code index}: walking up from the line above it, each line
   * indented less than every one met so far. For {@code source:}, {@code   title: a} they are
   * the two lines, nearest first.
   */
  List<Integer> enclosing(int index) {
    List<Integer> found = new ArrayList<>();
    int least = Integer.MAX_VALUE;
    for (int i = previousContent(index); i >= 0 && least > 0; i = previousContent(i)) {
      if (indent(i) < least) {
        least = indent(i);
        found.add(i);
      }
    }
    return found;
  }

  /** The key of a {@code key: value} or {@code key:} line (also after a list's '- '). */
  Optional<String> key(int index) {
    Matcher m = KEY_LINE.matcher(line(index));
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Whether line {@code index} is a key with a value written after it on the same line. */
  boolean keyHasValue(int index) {
    Matcher m = KEY_LINE.matcher(line(index));
    return m.matches() && m.group(2) != null && !m.group(2).isBlank() && !m.group(2).startsWith("#");
  }

  boolean isListItem(int index) {
    String text = line(index).strip();
    return text.equals("-") || text.startsWith("- ");
  }

  /** How an author would name line {@code index}: 'title:' for a key, '- item' for a list item. */
  String label(int index) {
    Optional<String> key = key(index);
    if (key.isPresent() && !isListItem(index)) {
      return "'" + key.get() + ":'";
    }
    String text = line(index).strip();
    return "'" + (text.length() > 24 ? text.substring(0, 23) + "…" : text) + "'";
  }

  /** The character at code point {@code column} of line {@code index}, or -1. */
  int codePointAt(int index, int column) {
    int at = charIndex(index, column);
    String line = line(index);
    return at < line.length() ? line.codePointAt(at) : -1;
  }

  /** The text of line {@code index} before code point {@code column}. */
  String before(int index, int column) {
    return line(index).substring(0, charIndex(index, column));
  }

  /** The text of line {@code index} from code point {@code column} on, without trailing spaces. */
  String from(int index, int column) {
    return line(index).substring(charIndex(index, column)).stripTrailing();
  }

  private int charIndex(int index, int column) {
    String line = line(index);
    int codePoints = line.codePointCount(0, line.length());
    return line.offsetByCodePoints(0, Math.max(0, Math.min(column, codePoints)));
  }

  /** Line {@code index} with its value, from {@code column} on, written in quotes: {@code title: "@me"}. */
  String withValueQuoted(int index, int column) {
    return before(index, column).strip() + " " + quoted(from(index, column));
  }

  /** {@code text} as a YAML value in quotes: double quotes unless it holds one, then single. */
  static String quoted(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
      return '"' + text + '"';
    }
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * The last thing SnakeYAML's scanner read before {@code mark}: what the parser had just read
   * when it stopped there (say, a quoted value that ran on from a line above).
   */
  Optional<Token> tokenBefore(Mark mark) {
    Token last = null;
    LoadSettings settings = LoadSettings.builder().build();
    try {
      ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, text));
      while (scanner.hasNext()) {
        Token token = scanner.next();
        Optional<Mark> start = token.getStartMark();
        if (token.getTokenId() != Token.ID.StreamStart && (start.isEmpty() || start.get().getIndex() >= mark.getIndex())) {
          break;
        }
        last = token;
      }
    } catch (YamlEngineException e) {
      // the scanner stops at the error being explained, or soon after; what it read before is what is needed
    }
    return Optional.ofNullable(last);
  }

  /** "no space", "1 space", "4 spaces". */
  static String spaces(int count) {
    return count == 0 ? "no space" : count == 1 ? "1 space" : count + " spaces";
  }
}
