package dev.attune.export;

import dev.attune.config.CourseConfig;
import dev.attune.config.SourceAttribution;
import dev.attune.model.Body;
import dev.attune.model.Course;
import dev.attune.model.Home;
import dev.attune.model.Html;
import dev.attune.model.HtmlPart;
import dev.attune.model.Lesson;
import dev.attune.model.Module;
import dev.attune.model.Option;
import dev.attune.model.Page;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import dev.attune.model.QuizPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** Builds course models with quizzes for the export tests, without parsing Markdown. */
final class QuizFixtures {
  private QuizFixtures() {}

  static CourseConfig config(String title) {
    return new CourseConfig("course", title, "", "", "en", List.of(), "", SourceAttribution.NONE, "", dev.attune.config.PaperSize.A4, "", dev.attune.config.RawHtml.SAFE, dev.attune.diagnostics.Severity.ERROR, java.util.Optional.empty());
  }

  static Course course(List<Lesson> lessons, List<Page> pages) {
    return new Course(Home.EMPTY, List.of(new Module("", "", "", lessons)), pages, List.of(), List.of());
  }

  static Lesson lesson(int number, String title, Quiz... quizzes) {
    String slug = "lesson-" + number;
    return new Lesson(number, slug, "lessons/" + slug + "/", "lessons/0" + number + "-" + slug + ".md", title, "",
        OptionalInt.empty(), List.of(), List.of(), body(quizzes));
  }

  static Page page(String slug, String title, Quiz... quizzes) {
    return new Page(slug, slug + "/", "pages/" + slug + ".md", title, "", true, body(quizzes));
  }

  /** A body with some prose around the quizzes, as a lesson has. */
  private static Body body(Quiz... quizzes) {
    List<dev.attune.model.BodyPart> parts = new ArrayList<>();
    parts.add(new HtmlPart(new Html("<p>Prose.</p>\n")));
    Arrays.stream(quizzes).map(QuizPart::new).forEach(parts::add);
    return new Body(parts, List.of());
  }

  static Quiz quiz(String id, Question... questions) {
    return new Quiz(id, "Check your understanding", Html.EMPTY, List.of(questions));
  }

  static Question question(String id, QuestionType type, String stem, Option... options) {
    return new Question(id, type, new Html(stem), stem, Html.EMPTY, List.of(options), "", Html.EMPTY, Html.EMPTY, true);
  }

  static Question withExplanation(Question q, String explanation) {
    return new Question(q.id(), q.type(), q.stem(), q.stemText(), q.context(), q.options(), q.pattern(), q.hint(),
        new Html(explanation), q.shuffle());
  }

  static Question withContext(Question q, String context) {
    return new Question(q.id(), q.type(), q.stem(), q.stemText(), new Html(context), q.options(), q.pattern(), q.hint(),
        q.explanation(), q.shuffle());
  }

  static Question withPatternAndHint(Question q, String pattern, String hint) {
    return new Question(q.id(), q.type(), q.stem(), q.stemText(), q.context(), q.options(), pattern, new Html(hint),
        q.explanation(), q.shuffle());
  }

  /** An option whose label is {@code text} as HTML, with feedback HTML (may be empty). */
  static Option option(String text, boolean correct, String feedback) {
    return new Option("o-" + Math.abs(text.hashCode()), new Html(text), text, correct, new Html(feedback));
  }

  static Option right(String text) {
    return option(text, true, "");
  }

  static Option wrong(String text) {
    return option(text, false, "");
  }
}
