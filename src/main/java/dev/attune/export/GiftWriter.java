package dev.attune.export;

import dev.attune.config.CourseConfig;
import dev.attune.model.Course;
import dev.attune.model.Html;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a course's quizzes as Moodle GIFT, one question category per lesson or page. */
public final class GiftWriter {
  /** The characters GIFT gives a meaning; a backslash before one makes it plain text. */
  static final String SPECIAL = "\\~=#{}:";

  /**
   * The percentages Moodle accepts for an answer, highest first. An import with any other value
   * fails (or is rounded, if the teacher chose so).
   */
  static final List<String> WEIGHTS = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40",
      "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5");

  private GiftWriter() {}

  public static String write(CourseConfig config, Course course) {
    List<String> blocks = new ArrayList<>();
    blocks.add("// Exported by Attune from \"" + oneLine(config.title()) + "\"\n");
    for (CourseQuizzes.Place place : CourseQuizzes.of(course).all()) {
      blocks.add("$CATEGORY: " + category(config.title(), place) + "\n");
      for (Quiz quiz : place.quizzes()) {
        for (Question question : quiz.questions()) {
          blocks.add(question(quiz, question));
        }
      }
    }
    // Moodle reads a file as blocks separated by blank lines: a category line must stand alone.
    return String.join("\n", blocks);
  }

  /** One question with its name, text and answer block, ending in a newline. */
  static String question(Quiz quiz, Question question) {
    StringBuilder out = new StringBuilder();
    if (!question.pattern().isEmpty()) {
      out.append("// pattern not exported: ").append(oneLine(question.pattern())).append('\n');
    }
    out.append("::").append(escape(quiz.id() + "/" + question.id())).append("::[html]")
        .append(questionText(question)).append(" {\n");
    for (String answer : answers(question)) {
      out.append(answer).append('\n');
    }
    if (!question.explanation().isEmpty()) {
      out.append("####").append(html(question.explanation())).append('\n');
    }
    return out.append("}\n").toString();
  }

  private static String questionText(Question question) {
    if (question.context().isEmpty()) {
      return html(question.stem());
    }
    return html(new Html("<p>" + question.stem().value().strip() + "</p> " + question.context().value()));
  }

  private static List<String> answers(Question question) {
    return switch (question.type()) {
      case SINGLE -> singleChoice(question);
      case MULTIPLE -> multipleChoice(question);
      case TRUE_FALSE -> isNativeTrueFalse(question) ? List.of(trueFalse(question)) : singleChoice(question);
      case SHORT -> shortAnswers(question);
      case ORDER -> positions(question);
    };
  }

  private static List<String> singleChoice(Question question) {
    return question.options().stream()
        .map(option -> (option.correct() ? "=" : "~") + html(option.label()) + feedback(option.feedback()))
        .toList();
  }

  // Without an "=" answer Moodle makes a "select all that apply" question; every correct option
  // earns a share of the mark and every wrong one takes the same share away.
  private static List<String> multipleChoice(Question question) {
    String weight = weight(question.correctOptions().size());
    return question.options().stream()
        .map(option -> "~%" + (option.correct() ? "" : "-") + weight + "%" + html(option.label()) + feedback(option.feedback()))
        .toList();
  }

  /** Whether a true/false question's options read "True" and "False", so GIFT's own type fits. */
  static boolean isNativeTrueFalse(Question question) {
    List<String> texts = question.options().stream().map(o -> o.text().strip().toLowerCase(Locale.ROOT)).sorted().toList();
    return texts.equals(List.of("false", "true"));
  }

  // GIFT's true/false answer carries two feedbacks: first the one for a wrong answer, then the
  // one for a right answer (Moodle's qformat_gift, split_truefalse_comment).
  private static String trueFalse(Question question) {
    Option right = question.correctOptions().get(0);
    Option wrong = question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
    String answer = right.text().strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
    if (right.feedback().isEmpty() && wrong.feedback().isEmpty()) {
      return answer;
    }
    String line = answer + "#" + html(wrong.feedback());
    return right.feedback().isEmpty() ? line : line + "#" + html(right.feedback());
  }

  // Accepted answers get full marks, anticipated wrong ones 0% so that their feedback shows. A
  // question checked only by its pattern has nothing GIFT can check: it becomes an essay
  // question (an empty answer block) that the teacher grades.
  private static List<String> shortAnswers(Question question) {
    if (question.correctOptions().isEmpty()) {
      return List.of();
    }
    return question.options().stream()
        .map(option -> (option.correct() ? "=" : "=%0%") + escape(oneLine(option.text().strip())) + feedback(option.feedback()))
        .toList();
  }

  // GIFT has no ordering type: each step is matched with its position instead.
  private static List<String> positions(Question question) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < question.options().size(); i++) {
      pairs.add("=" + html(question.options().get(i).label()) + " -> " + (i + 1));
    }
    return pairs;
  }

  private static String feedback(Html feedback) {
    return feedback.isEmpty() ? "" : "#" + html(feedback);
  }

  /**
   * The share of the mark for each of {@code correct} right options: 100/correct when Moodle
   * accepts it (up to 10 right options), else the largest accepted value below it (5).
   */
  static String weight(int correct) {
    double share = 100.0 / correct;
    return WEIGHTS.stream().filter(w -> Double.parseDouble(w) <= share + 1e-4).findFirst().orElse("5");
  }

  // Moodle's importer undoes no \-escapes in a $CATEGORY line except "\\", so the other special
  // characters stay as they are; "/" separates nested categories and is doubled inside a name.
  static String category(String courseTitle, CourseQuizzes.Place place) {
    String name = place.number() > 0 ? place.number() + ". " + place.title() : place.title();
    return categoryName(courseTitle) + "/" + categoryName(name);
  }

  private static String categoryName(String name) {
    String escaped = oneLine(name).strip().replace("\\", "\\\\").replace("/", "//");
    if (escaped.startsWith("/")) {
      escaped = " " + escaped;
    }
    return escaped.endsWith("/") ? escaped + " " : escaped;
  }

  /** HTML as GIFT text: on one line, special characters escaped. */
  static String html(Html html) {
    return escape(oneLine(html.value().strip()));
  }

  /** {@code text} with a backslash before each of GIFT's special characters. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  // A line break would end an answer (or, doubled, the question); in HTML a space means the same.
  private static String oneLine(String text) {
    return text.replaceAll("\\R", " ");
  }
}
