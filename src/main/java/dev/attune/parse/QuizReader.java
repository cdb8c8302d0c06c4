package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Suggestions;
import dev.attune.model.Answers;
import dev.attune.model.BodyPart;
import dev.attune.model.Ids;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import dev.attune.model.QuizPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a {@code :::quiz} block. Each heading starts a question ({@code {#id type=…}} at its end);
 * blocks between the heading and the options are its context; the options are a task list
 * ({@code - [x] right}, {@code - [ ] wrong}) whose indented paragraphs are per-option feedback, or
 * a numbered list for ordering questions; paragraphs starting {@code Hint:} and
 * {@code Explanation:} follow.
 */
final class QuizReader implements BlockReader {
  static final String NAME = "quiz";
  static final String DEFAULT_TITLE = "Check your understanding";
  private static final List<String> QUIZ_ATTRIBUTES = List.of("id", "title", "shuffle");
  private static final List<String> QUESTION_ATTRIBUTES = List.of("id", "type", "pattern", "shuffle", "lint");
  private static final Set<String> LABELS = Set.of("hint", "explanation");

  private int count;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<BodyPart> read(ContainerBlock block, BlockContext context) {
    count++;
    int attributesAt = block.attributeText().getStartOffset();
    Attributes attributes = Attributes.parse(block.attributeText().toString()).attributes();
    context.rejectUnknownAttributes(attributes, QUIZ_ATTRIBUTES, attributesAt, "a quiz");
    Optional<String> claimed = context.blockId("quiz", attributes, attributesAt, block.openingMarker().getStartOffset(),
        context.idPrefix() + "-quiz" + (count > 1 ? "-" + count : ""));
    boolean valid = claimed.isPresent();
    String id = claimed.orElse("quiz");
    String title = attributes.get("title").filter(t -> !t.isBlank()).orElse(DEFAULT_TITLE);
    Optional<Boolean> quizShuffle = flag(attributes, "shuffle", attributesAt, context);
    valid &= quizShuffle.isPresent();

    Sections sections = Sections.of(BlockContext.children(block));
    List<Question> questions = new ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    for (Sections.Section section : sections.sections()) {
      valid &= question(section.heading(), section.nodes(), context, questionIds, quizShuffle.orElse(true)).map(questions::add).isPresent();
    }
    if (sections.sections().isEmpty()) {
      context.error(Code.QUIZ_WITHOUT_QUESTIONS, block.openingMarker().getStartOffset(), "this quiz has no questions",
          "start each question with a heading, e.g. '### Which of these …? {#my-question}'");
      return Optional.empty();
    }
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(new QuizPart(new Quiz(id, title, context.html().blocks(sections.intro()), questions)));
  }

  private Optional<Question> question(Heading heading, List<Node> nodes, BlockContext context, Set<String> ids, boolean quizShuffle) {
    HeadingAttributes.Read read = HeadingAttributes.take(heading);
    if (!read.ok()) {
      context.error(Code.BAD_ATTRIBUTES, read.errorOffset(), read.error(), "write question attributes as {#id type=multiple}");
      return Optional.empty();
    }
    Attributes attributes = read.attributes();
    context.rejectUnknownAttributes(attributes, QUESTION_ATTRIBUTES, read.offset(), "a question");
    String stemText = NodeHtml.text(heading);
    if (stemText.isEmpty()) {
      context.error(Code.QUESTION_WITHOUT_TEXT, heading, "this question has no text", "write the question after the '###'");
      return Optional.empty();
    }
    Optional<String> headingId = context.headingId(attributes, read.offset(), heading, stemText, ids, "question", NAME);
    if (headingId.isEmpty()) {
      return Optional.empty();
    }
    String id = headingId.get();
    Optional<QuestionType> type = type(attributes, read.offset(), context);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Boolean> shuffle = flag(attributes, "shuffle", read.offset(), context);
    Optional<Boolean> lint = flag(attributes, "lint", read.offset(), context);
    if (shuffle.isPresent() && attributes.has("shuffle") && type.get() != QuestionType.SINGLE && type.get() != QuestionType.MULTIPLE) {
      context.error(Code.SHUFFLE_NOT_APPLICABLE, read.offset() + attributes.offsetOf("shuffle", 0), "shuffle= only applies to single and multiple choice questions",
          "remove it: ordering questions are always shown mixed up, true/false and short answers never");
      return Optional.empty();
    }
    Optional<Parts> parts = parts(heading, nodes, type.get(), context);
    if (parts.isEmpty() || shuffle.isEmpty() || lint.isEmpty()) {
      return Optional.empty();
    }
    boolean shuffled = (type.get() == QuestionType.SINGLE || type.get() == QuestionType.MULTIPLE) && shuffle.orElse(true)
        && (attributes.has("shuffle") || quizShuffle);
    Optional<Question> question = build(id, type.get(), heading, stemText, parts.get(),
        attributes.get("pattern").orElse(""), read.offset() + attributes.offsetOf("pattern", 0), shuffled, context);
    if (question.isPresent() && lint.get()) {
      String hint = parts.get().hint().stream().map(NodeHtml::text).reduce("", (a, b) -> a + " " + b);
      for (QuizLint.Finding finding : QuizLint.check(type.get(), stemText, question.get().options(), hint, context.lessonWords())) {
        context.warning(finding.code(), heading.getStartOffset(), finding.message(), finding.hint() + " (or add lint=false to the question's {…})");
      }
    }
    return question;
  }

  /** A true/false attribute; true when absent; empty (after reporting) when it is neither. */
  private static Optional<Boolean> flag(Attributes attributes, String name, int base, BlockContext context) {
    String written = attributes.get(name).orElse("true");
    if (written.equalsIgnoreCase("true") || written.equalsIgnoreCase("false")) {
      return Optional.of(written.equalsIgnoreCase("true"));
    }
    context.error(Code.NOT_A_BOOLEAN_ATTRIBUTE, base + attributes.offsetOf(name, 0), name + "= must be true or false, not '" + written + "'",
        "write " + name + "=false, or leave it out");
    return Optional.empty();
  }

  private static Optional<QuestionType> type(Attributes attributes, int base, BlockContext context) {
    String written = attributes.get("type").orElse(QuestionType.SINGLE.code()).toLowerCase(Locale.ROOT);
    Optional<QuestionType> type = QuestionType.fromName(written);
    if (type.isEmpty()) {
      context.error(Code.UNKNOWN_QUESTION_TYPE, base + attributes.offsetOf("type", 0), "unknown question type '" + written + "'",
          Suggestions.didYouMean(written, QuestionType.codes(), "the types are"));
    }
    return type;
  }

  /** A question's blocks sorted by role. */
  private record Parts(List<Node> context, ListBlock options, List<Node> hint, List<Node> explanation) {}

  private static Optional<Parts> parts(Heading heading, List<Node> nodes, QuestionType type, BlockContext context) {
    List<Node> before = new ArrayList<>();
    List<Node> hint = new ArrayList<>();
    List<Node> explanation = new ArrayList<>();
    ListBlock options = null;
    List<Node> labelled = null;
    boolean ok = true;
    for (Node node : nodes) {
      Optional<String> label = Labels.take(node, LABELS);
      if (label.isPresent()) {
        labelled = label.get().equals("hint") ? hint : explanation;
        if (!labelled.isEmpty()) {
          context.error(Code.REPEATED_PARAGRAPH, node, "this question has two '" + label.get() + ":' paragraphs", "merge them into one");
          ok = false;
        }
        labelled.add(node);
      } else if (labelled != null) {
        labelled.add(node);
      } else if (node instanceof ListBlock list && options == null) {
        options = list;
      } else if (options != null) {
        context.error(Code.TEXT_AFTER_OPTIONS, node, "after a question's options, only 'Hint:' and 'Explanation:' paragraphs may follow",
            node instanceof ListBlock
                ? "a question has one list of options; for feedback on an option, indent a paragraph under it"
                : "start the paragraph with 'Explanation:' (shown after answering) or 'Hint:' (shown on request)");
        ok = false;
      } else {
        before.add(node);
      }
    }
    if (options == null && !(type == QuestionType.SHORT)) {
      context.error(Code.QUESTION_WITHOUT_OPTIONS, heading, "this question has no options",
          type == QuestionType.ORDER
              ? "list the steps in their correct order as '1. step' lines under the question"
              : "list the options under the question as '- [x] right answer' and '- [ ] wrong answer' lines");
      return Optional.empty();
    }
    return ok ? Optional.of(new Parts(before, options, hint, explanation)) : Optional.empty();
  }

  private Optional<Question> build(String id, QuestionType type, Heading heading, String stemText, Parts parts,
      String pattern, int patternOffset, boolean shuffle, BlockContext context) {
    List<Option> options = new ArrayList<>();
    boolean ok = true;
    if (parts.options() != null) {
      Map<String, Integer> seen = new HashMap<>();
      for (Node node : parts.options().getChildren()) {
        Optional<Option> option = option((ListItem) node, type, context, seen);
        ok &= option.map(options::add).isPresent();
      }
    }
    if (!pattern.isEmpty()) {
      if (type != QuestionType.SHORT) {
        context.error(Code.PATTERN_NOT_APPLICABLE, patternOffset, "pattern= only applies to short-answer questions", "remove it, or add type=short");
        ok = false;
      } else {
        try {
          Pattern.compile(pattern);
          Optional<BrowserPattern.Problem> browser = BrowserPattern.problem(pattern);
          if (browser.isPresent()) {
            context.error(Code.PATTERN_NOT_FOR_BROWSER, patternOffset, "pattern uses " + browser.get().construct() + " (at character " + (browser.get().offset() + 1)
                + "), which the learner's browser does not read the same way",
                browser.get().hint());
            ok = false;
          }
        } catch (PatternSyntaxException e) {
          context.error(Code.PATTERN_INVALID, patternOffset, "pattern is not a valid regular expression: " + e.getDescription(),
              "for example pattern=\"dyads?\" accepts 'dyad' and 'dyads'");
          ok = false;
        }
      }
    }
    if (!ok || !checkAnswers(type, options, pattern, heading, context)) {
      return Optional.empty();
    }
    return Optional.of(new Question(id, type, context.html().inline(heading), stemText, context.html().blocks(parts.context()),
        options, pattern, context.html().blocks(parts.hint()), context.html().blocks(parts.explanation()), shuffle));
  }

  private static Optional<Option> option(ListItem item, QuestionType type, BlockContext context, Map<String, Integer> seen) {
    boolean task = item instanceof TaskListItem;
    if (type == QuestionType.ORDER && task) {
      context.error(Code.STEPS_WITH_BOXES, item, "the steps of an ordering question have no [ ] or [x]",
          "list the steps as a numbered list in their correct order: '1. first step'");
      return Optional.empty();
    }
    Node first = item.getFirstChild();
    String text = first instanceof Paragraph ? NodeHtml.text(first) : "";
    if (type != QuestionType.ORDER && !task) {
      boolean emptyTask = text.matches("\\[[ xX]?]");
      context.error(Code.OPTION_WITHOUT_BOX, item, emptyTask ? "this option is empty" : "an option must start with [ ] or [x]",
          emptyTask ? "write the option's text after the box" : "write '- [x] …' for a right answer and '- [ ] …' for a wrong one");
      return Optional.empty();
    }
    if (text.isEmpty()) {
      context.error(Code.EMPTY_OPTION, item, "this option is empty", "write the option's text after the box, or remove the line");
      return Optional.empty();
    }
    List<Node> feedback = new ArrayList<>();
    for (Node node = first.getNext(); node != null; node = node.getNext()) {
      feedback.add(node);
    }
    String base = "o-" + Ids.fingerprint(Answers.normalize(text));
    int n = seen.merge(base, 1, Integer::sum);
    String id = n == 1 ? base : base + "-" + n;
    boolean correct = task && ((TaskListItem) item).isItemDoneMarker();
    return Optional.of(new Option(id, context.html().inline(first), text, correct, context.html().blocks(feedback)));
  }

  /** Checks the right answers fit the question type, with a message that says how to fix it. */
  private static boolean checkAnswers(QuestionType type, List<Option> options, String pattern, Heading heading, BlockContext context) {
    long correct = options.stream().filter(Option::correct).count();
    String problem = "";
    String hint = "";
    switch (type) {
      case SINGLE -> {
        if (correct == 0) {
          problem = "no option is marked correct";
          hint = "mark the right answer with [x]";
        } else if (correct > 1) {
          problem = correct + " options are marked correct in a single-choice question";
          hint = "mark only one with [x], or add type=multiple to the heading for 'select all that apply'";
        } else if (options.size() < 2) {
          problem = "a single-choice question needs at least two options";
          hint = "add a wrong option with '- [ ] …'";
        }
      }
      case MULTIPLE -> {
        if (correct == 0) {
          problem = "no option is marked correct";
          hint = "mark each right answer with [x]";
        } else if (options.size() < 2) {
          problem = "a multiple-select question needs at least two options";
          hint = "add more options with '- [ ] …'";
        }
      }
      case TRUE_FALSE -> {
        if (options.size() != 2) {
          problem = "a true/false question has exactly two options, not " + options.size();
          hint = "write '- [x] True' and '- [ ] False' (or the other way round)";
        } else if (correct != 1) {
          problem = correct == 0 ? "neither option is marked correct" : "both options are marked correct";
          hint = "mark the right one with [x] and the other with [ ]";
        }
      }
      case SHORT -> {
        if (correct == 0 && pattern.isEmpty()) {
          problem = "this short-answer question accepts no answer";
          hint = "list accepted answers as '- [x] answer' (and anticipated wrong ones as '- [ ] answer'), or add pattern=\"…\"";
        }
      }
      case ORDER -> {
        if (options.size() < 2) {
          problem = "an ordering question needs at least two steps";
          hint = "list the steps in their correct order as '1. step' lines";
        }
      }
    }
    if (!problem.isEmpty()) {
      context.error(Code.ANSWERS_DO_NOT_FIT, heading, problem, hint);
      return false;
    }
    if (type == QuestionType.SHORT) {
      Set<String> accepted = new HashSet<>();
      for (Option option : options) {
        if (!accepted.add(Answers.normalize(option.text()))) {
          context.error(Code.DUPLICATE_ANSWER, heading, "the answer '" + option.text() + "' is listed twice", "remove one of them");
          return false;
        }
      }
    }
    return true;
  }
}
