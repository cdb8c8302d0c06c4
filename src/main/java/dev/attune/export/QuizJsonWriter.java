package dev.attune.export;

import dev.attune.config.CourseConfig;
import dev.attune.model.Course;
import dev.attune.model.Html;
import dev.attune.model.Json;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.Quiz;
import java.util.List;

/** Writes a course's quizzes as JSON in the form docs/export.md documents ("attune-quizzes", version 1). */
public final class QuizJsonWriter {
  public static final String FORMAT = "attune-quizzes";
  /** Raised when a field changes meaning or is removed; new fields do not raise it. */
  public static final int VERSION = 1;

  private QuizJsonWriter() {}

  public static String write(CourseConfig config, Course course) {
    CourseQuizzes quizzes = CourseQuizzes.of(course);
    Json json = Json.pretty().beginObject()
        .field("format", FORMAT)
        .field("version", VERSION)
        .name("course").beginObject()
        .field("title", config.title())
        .field("language", config.language())
        .endObject();
    places(json, "lessons", quizzes.lessons(), true);
    places(json, "pages", quizzes.pages(), false);
    return json.endObject().text();
  }

  private static void places(Json json, String name, List<CourseQuizzes.Place> places, boolean numbered) {
    json.name(name).beginArray();
    for (CourseQuizzes.Place place : places) {
      json.beginObject();
      if (numbered) {
        json.field("number", place.number());
      }
      json.field("title", place.title()).field("url", place.url()).name("quizzes").beginArray();
      for (Quiz quiz : place.quizzes()) {
        quiz(json, quiz);
      }
      json.endArray().endObject();
    }
    json.endArray();
  }

  private static void quiz(Json json, Quiz quiz) {
    json.beginObject()
        .field("id", quiz.id())
        .field("title", quiz.title())
        .field("intro", html(quiz.intro()))
        .name("questions").beginArray();
    for (Question question : quiz.questions()) {
      question(json, question);
    }
    json.endArray().endObject();
  }

  private static void question(Json json, Question question) {
    json.beginObject()
        .field("id", question.id())
        .field("type", question.type().code())
        .field("stem", html(question.stem()))
        .field("stemText", question.stemText())
        .field("context", html(question.context()))
        .field("hint", html(question.hint()))
        .field("explanation", html(question.explanation()))
        .field("pattern", question.pattern())
        .name("options").beginArray();
    for (Option option : question.options()) {
      json.beginObject()
          .field("id", option.id())
          .field("label", html(option.label()))
          .field("text", option.text())
          .field("correct", option.correct())
          .field("feedback", html(option.feedback()))
          .endObject();
    }
    json.endArray().endObject();
  }

  // The renderer ends block HTML with a line break; it means nothing to a reader of the JSON.
  private static String html(Html html) {
    return html.value().strip();
  }
}
