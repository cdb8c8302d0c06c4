package dev.attune.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * One lesson of a course.
 *
 * @param number the 1-based position in the course, across modules
 * @param url the site-relative address, e.g. {@code lessons/what-is-mutual-empathy/}
 * @param sourcePath the source file as diagnostics name it
 * @param teaching minutes of teaching, when the front matter says
 * @param exercises minutes of exercises, when the front matter says
 */
public record Lesson(
    int number,
    String slug,
    String url,
    String sourcePath,
    String title,
    String summary,
    OptionalInt durationMinutes,
    OptionalInt teaching,
    OptionalInt exercises,
    List<Html> objectives,
    List<Html> keypoints,
    Body body) {

  public Lesson {
    if (number < 1) {
      throw new IllegalArgumentException("lesson number " + number);
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("lesson without title: " + sourcePath);
    }
    objectives = List.copyOf(objectives);
    keypoints = List.copyOf(keypoints);
  }

  /** A lesson without teaching and exercise minutes. */
  public Lesson(int number, String slug, String url, String sourcePath, String title, String summary, OptionalInt durationMinutes,
      List<Html> objectives, List<Html> keypoints, Body body) {
    this(number, slug, url, sourcePath, title, summary, durationMinutes, OptionalInt.empty(), OptionalInt.empty(), objectives, keypoints, body);
  }

  /** The lesson's worksheets in reading order. */
  public List<Worksheet> worksheets() {
    return body.parts().stream().filter(p -> p instanceof WorksheetPart).map(p -> ((WorksheetPart) p).worksheet()).toList();
  }

  /** The lesson's quizzes in reading order. */
  public List<Quiz> quizzes() {
    return body.parts().stream().filter(p -> p instanceof QuizPart).map(p -> ((QuizPart) p).quiz()).toList();
  }
}
