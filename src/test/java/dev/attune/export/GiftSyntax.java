package dev.attune.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of GIFT for the tests, following how Moodle's importer (qformat_gift) reads a
 * file: blocks separated by blank lines, {@code \}-escapes swapped for placeholders before any
 * structure is looked for. Anything this project should never write fails with an
 * {@link AssertionError} that names the block.
 */
final class GiftSyntax {
  static final String SPECIAL = "\\~=#{}:";
  /** Escaped characters become these while the structure is read, as in Moodle's importer. */
  private static final char PLACEHOLDER = '\uE000';
  private static final Pattern WEIGHT = Pattern.compile("^%(-?)([0-9]+(?:\\.[0-9]+)?)%");
  private static final Pattern TRUE_FALSE = Pattern.compile("^(TRUE|FALSE)(#[^#]*)?(#[^#]*)?$");
  private static final List<String> ALLOWED_WEIGHTS = GiftWriter.WEIGHTS;

  enum Kind { SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, MATCHING, ESSAY }

  record File(String header, List<Block> blocks) {}

  sealed interface Block permits Category, Question {}

  /** A {@code $CATEGORY:} line, its path split into names. */
  record Category(List<String> path) implements Block {}

  /** A question with its texts unescaped. */
  record Question(List<String> comments, String name, String text, Kind kind, List<Answer> answers, String generalFeedback)
      implements Block {}

  /**
   * @param marker {@code =}, {@code ~}, or TRUE/FALSE
   * @param weight the percentage as written, or empty
   * @param feedback the texts after {@code #} (two for true/false)
   * @param match the right side of a matching pair, or null
   */
  record Answer(String marker, String weight, String text, List<String> feedback, String match) {}

  private GiftSyntax() {}

  static File parse(String gift) {
    check(!gift.contains("\r"), "a carriage return in the file");
    check(gift.endsWith("\n"), "the file does not end with a line break");
    List<String> rawBlocks = List.of(gift.split("\n[ \t]*\n"));
    String header = rawBlocks.get(0);
    check(header.matches("// Exported by Attune from \"[^\n]*\"\n?"), "bad header: " + header);
    List<Block> blocks = new ArrayList<>();
    for (String raw : rawBlocks.subList(1, rawBlocks.size())) {
      blocks.add(raw.startsWith("$CATEGORY:") ? category(raw.strip()) : question(raw));
    }
    return new File(header.strip(), blocks);
  }

  /** The text {@code escaped} stands for: the inverse of the writer's escaping. */
  static String unescape(String escaped) {
    return restore(placeholders(escaped));
  }

  private static Category category(String block) {
    check(!block.contains("\n"), "a category takes one line: " + block);
    String path = block.substring("$CATEGORY:".length()).strip();
    List<String> names = new ArrayList<>();
    for (String name : path.split("(?<!/)/(?!/)", -1)) {
      names.add(name.strip().replace("//", "/").replace("\\\\", "\\"));
    }
    return new Category(names);
  }

  private static Question question(String block) {
    List<String> comments = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    for (String line : block.split("\n")) {
      if (line.strip().startsWith("//")) {
        check(rest.isEmpty(), "a comment inside a question: " + block);
        comments.add(line.strip().substring(2).strip());
      } else {
        rest.append(line).append('\n');
      }
    }
    String text = placeholders(rest.toString().strip());
    check(text.startsWith("::"), "a question must start with its ::name:: " + block);
    int nameEnd = text.indexOf("::", 2);
    check(nameEnd > 2, "no end of the question name: " + block);
    String name = plain(text.substring(2, nameEnd), block);
    text = text.substring(nameEnd + 2);
    check(count(text, '{') == 1 && count(text, '}') == 1, "unbalanced or extra { } in " + block);
    int open = text.indexOf('{');
    int close = text.indexOf('}');
    check(open < close, "} before { in " + block);
    check(text.substring(close + 1).isBlank(), "text after the answer block: " + block);
    String questionText = text.substring(0, open).strip();
    check(questionText.startsWith("[html]"), "the question text is not marked [html]: " + block);
    plain(questionText, block);
    List<String> lines = text.substring(open + 1, close).strip().lines().map(String::strip).toList();
    String generalFeedback = "";
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("####")) {
        check(i == lines.size() - 1, "general feedback must come last: " + block);
        generalFeedback = plain(line.substring(4), block);
      } else if (!line.isEmpty()) {
        answers.add(answer(line, block));
      }
    }
    Kind kind = kind(answers, block);
    return new Question(comments, restore(name), restore(questionText.substring("[html]".length())), kind, answers,
        restore(generalFeedback));
  }

  private static Answer answer(String line, String block) {
    Matcher tf = TRUE_FALSE.matcher(line);
    if (tf.matches()) {
      List<String> feedback = new ArrayList<>();
      for (int group = 2; group <= 3; group++) {
        feedback.add(tf.group(group) == null ? "" : restore(plain(tf.group(group).substring(1), block)));
      }
      return new Answer(tf.group(1), "", tf.group(1), feedback, null);
    }
    check(line.startsWith("=") || line.startsWith("~"), "an answer line must start with =, ~ or ####: " + line);
    String marker = line.substring(0, 1);
    String rest = line.substring(1);
    String weight = "";
    Matcher w = WEIGHT.matcher(rest);
    if (w.find()) {
      weight = w.group(1) + w.group(2);
      check(w.group(2).equals("0") || ALLOWED_WEIGHTS.contains(w.group(2)), "a weight Moodle does not accept: " + line);
      rest = rest.substring(w.end());
    }
    int arrow = rest.indexOf("->");
    if (marker.equals("=") && arrow >= 0) {
      check(weight.isEmpty() && rest.indexOf('#') < 0, "a matching pair has no weight or feedback: " + line);
      return new Answer(marker, "", restore(plain(rest.substring(0, arrow).strip(), block)), List.of(),
          restore(plain(rest.substring(arrow + 2).strip(), block)));
    }
    int hash = rest.indexOf('#');
    String text = hash < 0 ? rest : rest.substring(0, hash);
    List<String> feedback = hash < 0 ? List.of() : List.of(restore(plain(rest.substring(hash + 1), block)));
    check(!text.isBlank(), "an empty answer: " + line);
    return new Answer(marker, weight, restore(plain(text, block)), feedback, null);
  }

  /** The question type Moodle's importer would pick, checked against its rules. */
  private static Kind kind(List<Answer> answers, String block) {
    if (answers.isEmpty()) {
      return Kind.ESSAY;
    }
    if (answers.stream().anyMatch(a -> a.marker().equals("~"))) {
      check(answers.size() >= 2, "a choice question needs two answers: " + block);
      long equals = answers.stream().filter(a -> a.marker().equals("=")).count();
      if (equals == 1) {
        check(answers.stream().allMatch(a -> a.weight().isEmpty()), "weights in a single-choice question: " + block);
        return Kind.SINGLE_CHOICE;
      }
      check(equals == 0, "several = answers in a choice question: " + block);
      check(answers.stream().noneMatch(a -> a.weight().isEmpty()), "an answer without weight in a multiple-choice question: " + block);
      List<Double> positive = answers.stream().map(a -> Double.parseDouble(a.weight())).filter(x -> x > 0).toList();
      check(!positive.isEmpty(), "no answer earns marks: " + block);
      double sum = positive.stream().mapToDouble(Double::doubleValue).sum();
      // Past 10 right answers Moodle has no exact share; the writer uses 5% each (docs/export.md).
      check(positive.size() > 10 ? positive.stream().allMatch(x -> x == 5) : Math.abs(sum - 100) < 0.001,
          "the right answers' weights add up to " + sum + ": " + block);
      return Kind.MULTIPLE_CHOICE;
    }
    if (answers.stream().anyMatch(a -> a.match() != null)) {
      check(answers.stream().allMatch(a -> a.match() != null), "a matching question with other answers: " + block);
      check(answers.size() >= 2, "a matching question needs two pairs: " + block);
      return Kind.MATCHING;
    }
    if (answers.size() == 1 && answers.get(0).marker().matches("TRUE|FALSE")) {
      return Kind.TRUE_FALSE;
    }
    check(answers.stream().allMatch(a -> a.marker().equals("=")), "a short answer must start with =: " + block);
    check(answers.stream().allMatch(a -> a.weight().isEmpty() || a.weight().equals("0")), "short answers are right or 0%: " + block);
    check(answers.stream().anyMatch(a -> a.weight().isEmpty()), "no accepted short answer: " + block);
    return Kind.SHORT_ANSWER;
  }

  /** Fails if {@code text} has a GIFT special character that was not escaped. */
  private static String plain(String text, String block) {
    for (char c : text.toCharArray()) {
      check(SPECIAL.indexOf(c) < 0, "unescaped '" + c + "' in '" + restore(text) + "' of " + block);
    }
    return text;
  }

  private static String placeholders(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        check(i + 1 < text.length() && SPECIAL.indexOf(text.charAt(i + 1)) >= 0, "a lone backslash in " + text);
        out.append((char) (PLACEHOLDER + SPECIAL.indexOf(text.charAt(++i))));
      } else {
        check(c < PLACEHOLDER || c > PLACEHOLDER + SPECIAL.length(), "a private-use character in " + text);
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String restore(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= PLACEHOLDER && c < PLACEHOLDER + SPECIAL.length() ? SPECIAL.charAt(c - PLACEHOLDER) : c);
    }
    return out.toString();
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new AssertionError("GIFT: " + problem);
    }
  }
}
