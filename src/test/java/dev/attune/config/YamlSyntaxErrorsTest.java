package dev.attune.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Broken YAML, one snippet per row, with the exact position, message and hint an author gets:
 * plain words, at the line to edit (which is often not the line where SnakeYAML noticed), and
 * never the parser's own words.
 */
class YamlSyntaxErrorsTest {
  /** A snippet of YAML and the one diagnostic it must give; {@code at} is "line:column" in the snippet. */
  private record Row(String what, String yaml, String at, String message, String hint) {
    String expected() {
      // A syntax error is A0101 unless the row names its own code.
      String coded = message.matches(".* \\[A\\d{4}\\]") ? message : message + " [A0101]";
      return "course.yml:" + at + ": " + (coded.startsWith("warning: ") ? coded : "error: " + coded) + "\n  hint: " + hint;
    }
  }

  private static Row row(String what, String yaml, String at, String message, String hint) {
    return new Row(what, yaml, at, message, hint);
  }

  private static final List<Row> ROWS = List.of(
      row("a key indented more than the key above", "title: x\n  summary: y\n", "2:3",
          "invalid YAML: this line is indented more than 'title:' above; keys at the same level must line up",
          "start 'summary:' where 'title:' starts (no space before it); if the line goes on with the text above, put that text in quotes"),
      row("a key indented by one space", "title: x\n summary: y\nduration: 5\n", "2:2",
          "invalid YAML: this line is indented more than 'title:' above; keys at the same level must line up",
          "start 'summary:' where 'title:' starts (no space before it); if the line goes on with the text above, put that text in quotes"),
      row("a nested key indented more than the one above", "source:\n  title: a\n    author: b\n", "3:5",
          "invalid YAML: this line is indented more than 'title:' above; keys at the same level must line up",
          "start 'author:' where 'title:' starts (2 spaces before it); if the line goes on with the text above, put that text in quotes"),
      row("a key indented under a quoted value", "title: \"x\"\n  summary: y\n", "2:3",
          "invalid YAML: this line is indented more than 'title:' above; keys at the same level must line up",
          "start 'summary:' where 'title:' starts (no space before it); if the line goes on with the text above, put that text in quotes"),
      row("a nested key indented less than the one above", "source:\n  title: a\n author: b\n", "3:2",
          "invalid YAML: this line is indented less than the line above, but does not line up with any line before it",
          "indent it by 2 spaces, like 'title:', or by no space, like 'source:'"),
      row("a list item indented less than the one above", "authors:\n  - Ada\n  - Bob\n - Cy\n", "4:2",
          "invalid YAML: this line is indented less than the line above, but does not line up with any line before it",
          "indent it by 2 spaces, like '- Bob', or by no space, like 'authors:'"),
      row("a key lined up with the items of a list", "objectives:\n  - a\n  summary: b\n", "3:3",
          "invalid YAML: this 'key: value' line is lined up with the '- ' items of the list above",
          "to end the list, start 'summary:' where 'objectives:' starts (no space before it); to add an item, write '- ' before it"),
      row("a tab for indentation", "title: x\n\tsummary: y\n", "2:1",
          "invalid YAML: this line is indented with a tab", "indent with spaces: YAML does not allow tabs for indentation"),
      row("a tab after a key", "title:\tx\n", "1:7", "invalid YAML: YAML does not allow a tab here", "replace the tab with a space"),
      row("': ' inside a value", "title: Why: because\n", "1:11",
          "invalid YAML: the text after 'title:' contains ': ', which is only allowed in quotes", "put the text in quotes: title: \"Why: because\""),
      row("a line without ': '", "title x\nsummary: y\n", "1:1", "invalid YAML: this line is not a 'key: value' line: it has no ': '",
          "write ': ' between the key and its value; if the line goes on with the text above, indent it more than that text's key"),
      row("a line without ': ' before another key", "title: x\nsummary y\nweight: 2\n", "2:1",
          "invalid YAML: this line is not a 'key: value' line: it has no ': '",
          "write ': ' between the key and its value; if the line goes on with the text above, indent it more than that text's key"),
      row("no space after ':'", "title: x\nsummary:no space\n", "2:8", "invalid YAML: the ':' after 'summary' needs a space after it",
          "write 'summary: no space'"),
      row("no space after '-'", "objectives:\n  - a\n  -b\n", "3:3", "invalid YAML: '-b' needs a space after the '-' to be a list item",
          "write '- b'"),
      row("a line in a list without '- '", "objectives:\n  - a\n  b\n", "3:3",
          "invalid YAML: this line is neither a '- ' item of the list above nor a 'key: value' line",
          "write '- ' before it to make it an item of the list, or indent it more to go on with the item above"),
      row("an unclosed double quote", "title: \"Listening\nsummary: y\n", "1:8",
          "invalid YAML: the \" that starts this value is never closed", "add a closing \" at the end of the value"),
      row("an unclosed quote that runs on to the next quote", "title: \"Listening\nsummary: \"y\"\n", "1:8",
          "invalid YAML: the \" that starts this value is never closed", "add a closing \" at the end of the value"),
      row("an unclosed single quote", "title: 'Listening\n", "1:8", "invalid YAML: the ' that starts this value is never closed",
          "add a closing ' at the end of the value; an apostrophe inside single quotes is written twice ('it''s')"),
      row("an apostrophe inside single quotes", "title: 'Don't stop'\n", "1:12",
          "invalid YAML: the ' here ends the value early, and the text after it cannot be read",
          "to use ' inside the text, put the text in double quotes: title: \"Don't stop\""),
      row("double quotes inside double quotes", "title: \"a \"quoted\" word\"\n", "1:11",
          "invalid YAML: the \" here ends the value early, and the text after it cannot be read",
          "to use \" inside the text, put the text in single quotes: title: 'a \"quoted\" word'"),
      row("text after a closing quote", "title: \"Listening\" well\n", "1:20",
          "invalid YAML: there is text after the closing \" of this value", "put the whole text inside the quotes"),
      row("a backslash in double quotes", "title: \"C:\\Users\\me\"\n", "1:11",
          "invalid YAML: a backslash inside double quotes starts a special character, and '\\U' is not one",
          "put the text in single quotes, in which '\\' is an ordinary character: title: 'C:\\Users\\me'"),
      row("an unclosed '['", "authors: [Ada, Bob\nlicense: CC BY 4.0\n", "1:10", "invalid YAML: the '[' here is never closed",
          "close it with ']' on this line; if the text starts with '[', put it in quotes: authors: \"[Ada, Bob\""),
      row("an unclosed '[' at the end", "title: [draft\n", "1:8", "invalid YAML: the '[' here is never closed",
          "close it with ']' on this line; if the text starts with '[', put it in quotes: title: \"[draft\""),
      row("an unclosed '{'", "title: {a\nsummary: y\n", "1:8", "invalid YAML: the '{' here is never closed",
          "close it with '}' on this line; if the text starts with '{', put it in quotes: title: \"{a\""),
      row("items in '[…]' without ','", "authors: [Ada, \"Bob\" Cy]\n", "1:22",
          "invalid YAML: items between '[' and ']' must be separated by ','",
          "put a ',' between the items, or put the whole text in quotes: authors: '[Ada, \"Bob\" Cy]'"),
      row("text after a closing ']'", "title: [draft] Intro\n", "1:16", "invalid YAML: there is text after the closing ']' of this value",
          "text that starts with '[' must be in quotes: title: \"[draft] Intro\""),
      row("a ']' that closes nothing", "authors: [Ada, Bob]]\n", "1:20", "invalid YAML: this ']' closes nothing",
          "remove it, or put the whole text in quotes"),
      row("a list item after a key with a value", "title: x\n- a\n", "2:1",
          "invalid YAML: this list item belongs to no key: 'title:' above already has a value",
          "to make a list of it, leave nothing after 'title:' and write each item below it as '- item'; otherwise remove the '-'"),
      row("an indented list item after a key with a value", "authors: [Ada]\n  - Bob\n", "2:3",
          "invalid YAML: this list item belongs to no key: 'authors:' above already has a value",
          "to make a list of it, leave nothing after 'authors:' and write each item below it as '- item'; otherwise remove the '-'"),
      row("a list item among keys", "source:\n  title: a\n  url: b\n- c\n", "4:1", "invalid YAML: this list item belongs to no key",
          "write the items of a list below a key that has nothing after its ':', such as 'authors:', each as '- item'"),
      row("a list item on its key's line", "authors: - Ada\n", "1:10",
          "invalid YAML: a '- ' list item cannot start on the same line as 'authors:'",
          "write each item on a line of its own below 'authors:'; if the text starts with '- ', put it in quotes: authors: \"- Ada\""),
      row("a line that starts with ':'", "title: x\n: y\n", "2:1", "invalid YAML: this line starts with ':' and has no key",
          "write the key before the ':'"),
      row("a value starting with '@'", "title: @handle\n", "1:8", "invalid YAML: a value cannot start with '@'",
          "put the text in quotes: title: \"@handle\""),
      row("a value starting with '`'", "title: `code`\n", "1:8", "invalid YAML: a value cannot start with '`'",
          "put the text in quotes: title: \"`code`\""),
      row("a value starting with '%'", "title: %done\n", "1:8", "invalid YAML: a value cannot start with '%'",
          "put the text in quotes: title: \"%done\""),
      row("a value starting with '*' (emphasis)", "title: *Really* listen\n", "1:8",
          "invalid YAML: a value cannot start with '*', unless it repeats a value named with '&'",
          "put the text in quotes: title: \"*Really* listen\""),
      row("a '*name' that names nothing", "title: *nope\n", "1:8",
          "invalid YAML: a value cannot start with '*', unless it repeats a value named with '&'", "put the text in quotes: title: \"*nope\""),
      row("a value starting with ','", "title: ,a\n", "1:8", "invalid YAML: a value cannot start with ','", "put the text in quotes: title: \",a\""),
      row("a value starting with '? '", "title: ? x\n", "1:8", "invalid YAML: a value cannot start with '?'", "put the text in quotes: title: \"? x\""),
      row("text after '|'", "description: |x\n", "1:15", "invalid YAML: only a comment may follow '|' on its line",
          "start the text on the next line, indented; or, if the value starts with '|', put it in quotes: description: \"|x\""),
      row("a '%' directive", "%YAML 1.2\ntitle: x\n", "1:1", "invalid YAML: a line cannot start with '%'",
          "remove the line; if '%' starts a key, put the key in quotes: \"%\": …"),
      row("a key starting with '%'", "title: x\n%complete: 50\n", "2:1", "invalid YAML: a line cannot start with '%'",
          "remove the line; if '%' starts a key, put the key in quotes: \"%\": …"),
      row("a '---' line in the middle", "title: x\n---\nsummary: y\n", "2:1",
          "invalid YAML: a '---' line divides the text in two; it must be one set of 'key: value' lines", "remove this line"),
      row("a '...' line in the middle", "title: x\n...\nsummary: y\n", "2:1",
          "invalid YAML: a '...' line ends the YAML, so the lines after it cannot be read", "remove this line"),
      row("a control character", "title: Bell\u0007\n", "1:12",
          "invalid YAML: this line holds an invisible control character (U+0007), which YAML does not allow",
          "delete it; if your editor does not show it, retype the line"),
      row("a key given twice", "title: x\ntitle: y\n", "2:1", "'title' is given twice [A0106]", "remove one of the two lines"),
      row("a key with no value, and the next key indented under it", "title:\n    summary: y\n", "2:5",
          "'title' has no value of its own: 'summary:' below is indented under it [A0115]",
          "start 'summary:' where 'title:' starts (no space before it), and write the value of 'title' after 'title:'"),
      row("no space after ':' on the only line", "title:x\n", "1:1", "expected 'key: value' lines, found text [A0102]",
          "put a space after the ':' of each key: 'title: x'"),
      row("'#' glued to a word makes a comment of it", "title: We are #1 at this\n", "1:15",
          "warning: the text from this '#' on is read as a comment and left out of the value [A0116]",
          "to keep it, put the whole value in quotes: title: \"We are #1 at this\""),
      row("'#' glued to a word at the start of a value", "authors:\n  - #1 fan\n", "2:5",
          "warning: the text from this '#' on is read as a comment and left out of the value [A0116]",
          "to keep it, put the whole value in quotes: - \"#1 fan\""),
      row("anything else still gets plain words", "title: !<x\n", "1:11", "invalid YAML: " + YamlError.UNREADABLE, YamlError.UNREADABLE_HINT));

  /** Words of SnakeYAML's messages that mean nothing to an author. */
  private static final List<String> JARGON = List.of("block", "scalar", "token", "stream", "node", "flow", "parsing", "scanning",
      "document", "anchor", "alias", "directive", "indicator", "mapping", "sequence", "<");

  /** Reads {@code yaml} as course.yml and reads 'title' as text, the way the course's reader does. */
  private static List<String> diagnosticsOf(String yaml, int firstLine) {
    Diagnostics diagnostics = new Diagnostics();
    YamlMapping.parse(yaml, "course.yml", firstLine, diagnostics).ifPresent(m -> m.string("title"));
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  @TestFactory
  Stream<DynamicTest> eachMistakeIsToldInPlainWordsAtTheLineToEdit() {
    return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.what(),
        () -> assertEquals(List.of(row.expected()), diagnosticsOf(row.yaml(), 1), row.yaml())));
  }

  @TestFactory
  Stream<DynamicTest> noMessageOrHintUsesTheParsersWords() {
    return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.what(), () -> {
      String told = (row.message() + " " + row.hint()).toLowerCase(Locale.ROOT);
      for (String word : JARGON) {
        assertFalse(told.contains(word), "'" + word + "' in: " + told);
      }
    }));
  }

  @Test
  void inFrontMatterTheLinesAreTheFilesLines() {
    assertEquals(List.of("course.yml:3:10: error: invalid YAML: the \" that starts this value is never closed [A0101]\n"
        + "  hint: add a closing \" at the end of the value"), diagnosticsOf("title: x\nsummary: \"Listening\nweight: 1\n", 2));
  }

  @Test
  void aCommentWrittenAsOneIsNoMistake() {
    assertEquals(List.of(), diagnosticsOf("title: x  # the course's name\nsummary: C# and F#\n# authors:\n", 1));
  }
}
