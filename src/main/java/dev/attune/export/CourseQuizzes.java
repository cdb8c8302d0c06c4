package dev.attune.export;

import dev.attune.model.Body;
import dev.attune.model.Course;
import dev.attune.model.Lesson;
import dev.attune.model.Quiz;
import dev.attune.model.QuizPart;
import dev.attune.model.Urls;
import java.util.List;
import java.util.stream.Stream;

/**
 * A course's quizzes in export order: the lessons' in course order, then the pages'. Lessons and
 * pages without quizzes are left out.
 */
public record CourseQuizzes(List<Place> lessons, List<Place> pages) {
  public CourseQuizzes {
    lessons = List.copyOf(lessons);
    pages = List.copyOf(pages);
  }

  /**
   * A lesson or page with its quizzes in reading order.
   *
   * @param number the lesson's 1-based number, or 0 for a page
   * @param url its address from the site's root, percent-encoded
   */
  public record Place(int number, String title, String url, List<Quiz> quizzes) {
    public Place {
      quizzes = List.copyOf(quizzes);
    }
  }

  public static CourseQuizzes of(Course course) {
    List<Place> lessons = course.lessons().stream()
        .filter(lesson -> !lesson.quizzes().isEmpty())
        .map(CourseQuizzes::place)
        .toList();
    List<Place> pages = course.pages().stream()
        .map(page -> new Place(0, page.title(), Urls.encode(page.url()), quizzes(page.body())))
        .filter(place -> !place.quizzes().isEmpty())
        .toList();
    return new CourseQuizzes(lessons, pages);
  }

  private static Place place(Lesson lesson) {
    return new Place(lesson.number(), lesson.title(), Urls.encode(lesson.url()), lesson.quizzes());
  }

  private static List<Quiz> quizzes(Body body) {
    return body.parts().stream().filter(QuizPart.class::isInstance).map(part -> ((QuizPart) part).quiz()).toList();
  }

  /** Lessons first, then pages. */
  public List<Place> all() {
    return Stream.concat(lessons.stream(), pages.stream()).toList();
  }

  public int quizCount() {
    return all().stream().mapToInt(place -> place.quizzes().size()).sum();
  }

  public int questionCount() {
    return all().stream().flatMap(place -> place.quizzes().stream()).mapToInt(quiz -> quiz.questions().size()).sum();
  }
}
