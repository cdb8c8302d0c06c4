package dev.attune.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Mistakes in how a YAML value is written: ': ' in text that needs quotes, a sign YAML keeps for
 * itself at the start ('@', '*', '[' …), a quote or bracket never closed, text after a closing
 * quote or bracket. Hints show the line as it should be, quoted when quotes are the fix.
 */
final class YamlValueErrors {
  private final YamlLines lines;

  YamlValueErrors(YamlLines lines) {
    this.lines = lines;
  }

  /** {@code title: Why: because}: ': ' inside a value that starts at {@code start} on the same line. */
  YamlError colonInValue(Mark colon, int start) {
    int line = colon.getLine();
    String before = lines.before(line, start).strip();
    String where = before.endsWith(":") ? "the text after '" + before + "'" : "this text";
    return YamlError.at(line, colon.getColumn(), where + " contains ': ', which is only allowed in quotes",
        "put the text in quotes: " + lines.withValueQuoted(line, start));
  }

  /** A value that starts with {@code sign}, which YAML keeps for itself. */
  YamlError cannotStartWith(Mark mark, String sign, String message) {
    int line = mark.getLine();
    String before = lines.before(line, mark.getColumn()).strip();
    boolean isValue = before.endsWith(":") || before.endsWith("-");
    String hint = isValue ? "put the text in quotes: " + lines.withValueQuoted(line, mark.getColumn())
        : "put the text that starts with '" + sign + "' in quotes";
    return YamlError.at(line, mark.getColumn(), message, hint);
  }

  /** {@code title: - a}: a list item on the line of its key. */
  YamlError listOnKeyLine(Mark dash) {
    int line = dash.getLine();
    String key = lines.key(line).map(k -> "'" + k + ":'").orElse("its key");
    return YamlError.at(line, dash.getColumn(), "a '- ' list item cannot start on the same line as " + key,
        "write each item on a line of its own below " + key + "; if the text starts with '- ', put it in quotes: "
            + lines.withValueQuoted(line, dash.getColumn()));
  }

  /** {@code title: |x}: text after the '|' or '>' that starts text written on the lines below. */
  YamlError afterBar(Mark bar, Mark problem) {
    int sign = lines.codePointAt(bar.getLine(), bar.getColumn());
    String shown = sign == '>' ? ">" : "|";
    return YamlError.at(problem.getLine(), problem.getColumn(), "only a comment may follow '" + shown + "' on its line",
        "start the text on the next line, indented; or, if the value starts with '" + shown + "', put it in quotes: "
            + lines.withValueQuoted(bar.getLine(), bar.getColumn()));
  }

  /** A quote opened and not closed before the end of the text (or a '---'). */
  YamlError unclosedQuote(Mark quote) {
    String sign = lines.codePointAt(quote.getLine(), quote.getColumn()) == '\'' ? "'" : "\"";
    String twice = sign.equals("'") ? "; an apostrophe inside single quotes is written twice ('it''s')" : "";
    return YamlError.at(quote.getLine(), quote.getColumn(), "the " + sign + " that starts this value is never closed",
        "add a closing " + sign + " at the end of the value" + twice);
  }

  /** A backslash in double quotes, opened at {@code quote}, that starts no escape YAML knows ({@code "C:\Users"}). */
  YamlError badEscape(Mark quote, Mark problem) {
    int line = problem.getLine();
    String before = lines.before(line, problem.getColumn());
    int slash = before.lastIndexOf('\\');
    int column = slash < 0 ? problem.getColumn() : before.codePointCount(0, slash);
    String escape = lines.from(line, column);
    escape = escape.substring(0, Math.min(2, escape.length()));
    String raw = lines.from(quote.getLine(), quote.getColumn());
    String inner = raw.length() >= 2 && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1) : "'";
    String hint = quote.getLine() == line && !inner.contains("'")
        ? "put the text in single quotes, in which '\\' is an ordinary character: " + lines.before(line, quote.getColumn()).strip() + " '" + inner + "'"
        : "write each '\\' twice, or put the text in single quotes, in which '\\' is an ordinary character";
    return YamlError.at(line, column, "a backslash inside double quotes starts a special character, and '" + escape + "' is not one", hint);
  }

  /** A '[' or '{' at {@code open} not closed on its line (or at all), or items in it without ','. */
  YamlError bracket(Mark open, Mark problem, boolean unclosed) {
    String bracket = lines.codePointAt(open.getLine(), open.getColumn()) == '{' ? "{" : "[";
    String close = bracket.equals("{") ? "}" : "]";
    if (unclosed || problem.getLine() != open.getLine()) {
      return YamlError.at(open.getLine(), open.getColumn(), "the '" + bracket + "' here is never closed",
          "close it with '" + close + "' on this line; if the text starts with '" + bracket + "', put it in quotes: "
              + lines.withValueQuoted(open.getLine(), open.getColumn()));
    }
    return YamlError.at(problem.getLine(), problem.getColumn(), "items between '" + bracket + "' and '" + close + "' must be separated by ','",
        "put a ',' between the items, or put the whole text in quotes: " + lines.withValueQuoted(open.getLine(), open.getColumn()));
  }

  /** Something after a value on its line, at {@code mark}: {@code found} is what the parser found there. */
  YamlError textAfterValue(Mark mark, String found) {
    int line = mark.getLine();
    Optional<Token> last = lines.tokenBefore(mark);
    if (last.isPresent() && last.get() instanceof ScalarToken value && value.getStyle() != ScalarStyle.PLAIN && value.getStartMark().isPresent()) {
      Mark start = value.getStartMark().get();
      return start.getLine() < line ? unclosedQuote(start) : textAfterQuote(start, value, mark);
    }
    if (found.equals("]") || found.equals("}")) {
      return YamlError.at(line, mark.getColumn(), "this '" + found + "' closes nothing", "remove it, or put the whole text in quotes");
    }
    Token.ID id = last.map(Token::getTokenId).orElse(Token.ID.StreamStart);
    if (id == Token.ID.FlowSequenceEnd || id == Token.ID.FlowMappingEnd) {
      String open = id == Token.ID.FlowSequenceEnd ? "[" : "{";
      String close = id == Token.ID.FlowSequenceEnd ? "]" : "}";
      String text = lines.line(line);
      int valueStart = text.codePointCount(0, Math.max(0, text.indexOf(open)));
      return YamlError.at(line, mark.getColumn(), "there is text after the closing '" + close + "' of this value",
          "text that starts with '" + open + "' must be in quotes: " + lines.withValueQuoted(line, valueStart));
    }
    return YamlError.unreadable(line, mark.getColumn());
  }

  /** {@code title: "a "quoted" word"} or {@code title: 'it's'}: a quote that ends the value early. */
  private YamlError textAfterQuote(Mark start, ScalarToken value, Mark leftover) {
    int line = start.getLine();
    String quote = value.getStyle() == ScalarStyle.SINGLE_QUOTED ? "'" : "\"";
    String raw = lines.from(line, start.getColumn());
    if (raw.length() < 2 || !raw.endsWith(quote)) {
      return YamlError.at(leftover.getLine(), leftover.getColumn(), "there is text after the closing " + quote + " of this value",
          "put the whole text inside the quotes");
    }
    int closing = value.getEndMark().map(m -> m.getColumn() - 1).orElse(leftover.getColumn());
    String key = lines.before(line, start.getColumn()).strip() + " ";
    String inner = raw.substring(1, raw.length() - 1);
    String other = quote.equals("'") ? "\"" : "'";
    String hint;
    if (!inner.contains(other)) {
      hint = "to use " + quote + " inside the text, put the text in " + (quote.equals("'") ? "double" : "single") + " quotes: "
          + key + other + inner + other;
    } else if (quote.equals("'")) {
      hint = "write each ' inside single quotes twice: " + key + "'" + inner.replace("'", "''") + "'";
    } else {
      hint = "write each \" inside double quotes as \\\": " + key + "\"" + inner.replace("\"", "\\\"") + "\"";
    }
    return YamlError.at(line, closing, "the " + quote + " here ends the value early, and the text after it cannot be read", hint);
  }
}
