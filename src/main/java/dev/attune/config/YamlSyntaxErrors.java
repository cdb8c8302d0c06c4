package dev.attune.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * SnakeYAML Engine's syntax errors in an author's words. The engine speaks of tokens and block
 * ends, and often notices a mistake a line after it was made (an unclosed quote or '[' at the
 * next key, a key without ': ' at the next line's colon); this says what is wrong in plain words,
 * at the line the author must edit, with what to do. It tells errors apart by the engine's English
 * messages, which {@code YamlSyntaxErrorsTest} pins case by case; anything else gets a plain
 * fallback at the engine's position.
 */
final class YamlSyntaxErrors {
  private static final Pattern FOUND = Pattern.compile("found '(.*)'$");

  private final YamlLines lines;
  private final YamlLayoutErrors layout;
  private final YamlValueErrors values;

  private YamlSyntaxErrors(String text) {
    this.lines = new YamlLines(text);
    this.layout = new YamlLayoutErrors(lines);
    this.values = new YamlValueErrors(lines);
  }

  /** Explains {@code e}, thrown while reading {@code text}. */
  static YamlError explain(YamlEngineException e, String text) {
    YamlSyntaxErrors errors = new YamlSyntaxErrors(text);
    if (e instanceof ReaderException) {
      return errors.controlCharacter();
    }
    if (e instanceof MarkedYamlEngineException marked) {
      return errors.explain(marked);
    }
    return YamlError.unreadable(0, 0);
  }

  private YamlError explain(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    // At the end of the text, the problem is wherever the unfinished thing began.
    boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
    Optional<Mark> where = atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark);
    if (where.isEmpty()) {
      return YamlError.unreadable(0, 0);
    }
    Mark mark = where.get();
    Optional<Mark> opened = e.getContextMark();
    if (problem.startsWith("mapping values are not allowed")) {
      return colonInText(mark);
    }
    if (problem.startsWith("found character")) {
      return cannotStart(mark);
    }
    if (context.startsWith("while scanning a quoted scalar") && opened.isPresent()) {
      return values.unclosedQuote(opened.get());
    }
    if (context.startsWith("while scanning a double-quoted scalar") && opened.isPresent()) {
      return values.badEscape(opened.get(), mark);
    }
    if (context.startsWith("while parsing a flow") && opened.isPresent()) {
      return values.bracket(opened.get(), mark, atEnd);
    }
    if (problem.startsWith("expected <block end>")) {
      return mark.getColumn() == lines.indent(mark.getLine())
          ? layout.unexpectedLine(mark.getLine(), found(problem), context.startsWith("while parsing a block collection"))
          : values.textAfterValue(mark, found(problem));
    }
    if (context.startsWith("while scanning a simple key") && opened.isPresent()) {
      return layout.noColon(opened.get().getLine());
    }
    if (problem.startsWith("found undefined alias") || context.startsWith("while scanning an alias")) {
      Mark star = context.startsWith("while scanning an alias") ? opened.orElse(mark) : mark;
      return values.cannotStartWith(star, "*", "a value cannot start with '*', unless it repeats a value named with '&'");
    }
    if (context.startsWith("while scanning a directive") || problem.startsWith("expected '<document start>'")) {
      return directiveOrEnd(mark);
    }
    if (problem.startsWith("but found another document")) {
      return YamlError.at(mark.getLine(), 0, "a '---' line divides the text in two; it must be one set of 'key: value' lines", "remove this line");
    }
    if (problem.startsWith("sequence entries are not allowed")) {
      return values.listOnKeyLine(mark);
    }
    if (problem.startsWith("mapping keys are not allowed")) {
      return values.cannotStartWith(mark, "?", "a value cannot start with '?'");
    }
    if (problem.startsWith("expected the node content")) {
      String sign = found(problem);
      return values.cannotStartWith(mark, sign, "a value cannot start with '" + sign + "'");
    }
    if (context.startsWith("while scanning a block scalar") && opened.isPresent()) {
      return values.afterBar(opened.get(), mark);
    }
    return YamlError.unreadable(mark.getLine(), mark.getColumn());
  }

  /**
   * ': ' where no key can start. The text before it began on this line (a value with ': ' in
   * it), or on a line above, which then has no ': ' itself or which this line is indented under.
   */
  private YamlError colonInText(Mark colon) {
    int line = colon.getLine();
    Optional<Token> last = lines.tokenBefore(colon);
    if (last.isEmpty() || !(last.get() instanceof ScalarToken text) || text.getStyle() != ScalarStyle.PLAIN || text.getStartMark().isEmpty()) {
      return YamlError.unreadable(line, colon.getColumn());
    }
    Mark start = text.getStartMark().get();
    int first = start.getLine();
    if (first == line) {
      return values.colonInValue(colon, start.getColumn());
    }
    if (start.getColumn() == lines.indent(first)) {
      return layout.noColon(first);
    }
    if (lines.indent(line) > lines.indent(first)) {
      return layout.overIndented(line, first);
    }
    return YamlError.unreadable(line, colon.getColumn());
  }

  /** A tab, or a sign YAML keeps for itself ('@', '`', '%'), where a value or key should start. */
  private YamlError cannotStart(Mark mark) {
    int sign = lines.codePointAt(mark.getLine(), mark.getColumn());
    if (sign == '\t') {
      return layout.tab(mark);
    }
    String shown = sign < 0 ? "" : new String(Character.toChars(sign));
    return values.cannotStartWith(mark, shown, "a value cannot start with '" + shown + "'");
  }

  /** A line starting with '%' (a YAML directive), or text after a '...' line that ends the YAML. */
  private YamlError directiveOrEnd(Mark mark) {
    for (int i = 0; i <= mark.getLine() && i < lines.count(); i++) {
      if (lines.line(i).startsWith("%")) {
        return YamlError.at(i, 0, "a line cannot start with '%'", "remove the line; if '%' starts a key, put the key in quotes: \"%\": …");
      }
    }
    for (int i = mark.getLine(); i >= 0; i--) {
      if (lines.line(i).stripTrailing().equals("...")) {
        return YamlError.at(i, 0, "a '...' line ends the YAML, so the lines after it cannot be read", "remove this line");
      }
    }
    return YamlError.unreadable(mark.getLine(), mark.getColumn());
  }

  /** A character YAML does not allow at all; SnakeYAML's reader gives no line for it, so it is looked for here. */
  private YamlError controlCharacter() {
    for (int line = 0; line < lines.count(); line++) {
      String text = lines.line(line);
      for (int i = 0, column = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), column++) {
        int c = text.codePointAt(i);
        if (!StreamReader.isPrintable(c)) {
          return YamlError.at(line, column, String.format("this line holds an invisible control character (U+%04X), which YAML does not allow", c),
              "delete it; if your editor does not show it, retype the line");
        }
      }
    }
    return YamlError.unreadable(0, 0);
  }

  private static String found(String problem) {
    Matcher m = FOUND.matcher(problem);
    return m.find() ? m.group(1) : "";
  }
}
