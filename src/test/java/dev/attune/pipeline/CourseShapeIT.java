package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.model.Course;
import dev.attune.model.Heading;
import dev.attune.model.HtmlPart;
import dev.attune.model.Lesson;
import dev.attune.model.Option;
import dev.attune.model.Page;
import dev.attune.model.Prompt;
import dev.attune.model.PromptKind;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import dev.attune.model.Worksheet;
import dev.attune.model.WorksheetPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape the mutual-empathy course promises (issue 5), so that a later edit cannot silently
 * break it: seven lessons of the right length, each with objectives, key points, a quiz and a
 * worksheet; a glossary its lessons link to; the guide, sources and diagrams.
 */
class CourseShapeIT {
  private static final Path CONTENT = Path.of("content");
  private static Course course;

  @BeforeAll
  static void assemble() {
    AssembledCourse assembled = new SiteBuilder(BuildListener.SILENT).assemble(BuildOptions.of(CONTENT, Path.of("unused")));
    assertEquals(List.of(), assembled.diagnostics().sorted().stream().map(Diagnostic::format).toList(), "no errors and no warnings");
    course = assembled.course();
  }

  @Test
  void sevenLessonsOfSixHundredToElevenHundredWords() {
    List<Lesson> lessons = course.lessons();
    assertEquals(7, lessons.size());
    for (Lesson lesson : lessons) {
      int words = proseWords(lesson);
      assertTrue(words >= 600 && words <= 1100, lesson.title() + ": " + words + " words of prose");
      assertTrue(lesson.objectives().size() >= 3 && lesson.objectives().size() <= 4, lesson.title() + ": 3–4 objectives");
      assertTrue(!lesson.keypoints().isEmpty(), lesson.title() + ": key points");
      assertTrue(!lesson.summary().isBlank() && lesson.durationMinutes().isPresent(), lesson.title() + ": summary and duration");
    }
  }

  @Test
  void everyLessonHasAQuizOfFourToSixQuestionsOfThreeTypesWithTeachingFeedback() {
    for (Lesson lesson : course.lessons()) {
      assertEquals(1, lesson.quizzes().size(), lesson.title());
      Quiz quiz = lesson.quizzes().get(0);
      assertTrue(quiz.questions().size() >= 4 && quiz.questions().size() <= 6, lesson.title() + ": 4–6 questions");
      Set<QuestionType> types = quiz.questions().stream().map(Question::type).collect(Collectors.toSet());
      assertTrue(types.size() >= 3, lesson.title() + ": at least three question types, not " + types);
      for (Question question : quiz.questions()) {
        assertTrue(!question.explanation().isEmpty(), question.id() + ": explanation");
        if (question.type().isChoice()) {
          for (Option option : question.options()) {
            assertTrue(!option.feedback().isEmpty(), question.id() + ": feedback on '" + option.text() + "'");
          }
        }
        if (question.type() == QuestionType.SHORT) {
          for (Option wrong : question.options().stream().filter(o -> !o.correct()).toList()) {
            assertTrue(!wrong.feedback().isEmpty(), question.id() + ": feedback on the anticipated answer '" + wrong.text() + "'");
          }
        }
      }
    }
  }

  /** Issue 14: the right answer may not be the one that stands out, nor "False" every time. */
  @Test
  void quizzesGiveNoAnswerAwayByLengthOrByTheirTrueFalseKeys() {
    int single = 0;
    int longest = 0;
    int keyedTrue = 0;
    int trueFalse = 0;
    for (Lesson lesson : course.lessons()) {
      for (Question question : lesson.quizzes().get(0).questions()) {
        if (question.type() == QuestionType.SINGLE) {
          single++;
          int key = question.correctOptions().get(0).text().length();
          int other = question.options().stream().filter(o -> !o.correct()).mapToInt(o -> o.text().length()).max().orElse(0);
          if (key >= other * 1.3 && key - other >= 12) {
            longest++;
          }
        }
        if (question.type() == QuestionType.TRUE_FALSE) {
          trueFalse++;
          keyedTrue += question.correctOptions().get(0).text().equalsIgnoreCase("true") ? 1 : 0;
        }
      }
    }
    assertTrue(single > 0 && longest * 3 <= single, longest + " of " + single + " single-choice keys are clearly the longest option");
    assertTrue(trueFalse >= 4 && keyedTrue * 10 >= trueFalse * 4 && keyedTrue * 10 <= trueFalse * 6,
        keyedTrue + " of " + trueFalse + " true/false statements are keyed True; 40–60% should be");
  }

  /**
   * Issue 14: what assesses each objective of each lesson, in the order the objectives are
   * written: quiz question ids and worksheet prompt ids of that lesson.
   */
  private static final List<List<List<String>>> ASSESSED_BY = List.of(
      List.of(List.of("me-definition", "me-signs", "me-equal-share", "noticing-impact", "noticing-moment"),
          List.of("me-definition", "me-one-way-term", "me-signs", "noticing-flow", "noticing-shift"),
          List.of("me-why-change", "me-what-grows", "noticing-shift")),
      List.of(List.of("stuck-patterns", "stuck-priya", "stuck-pattern-term", "stuck-checklist", "stuck-table"),
          List.of("stuck-one-evening", "stuck-patterns", "stuck-checklist"),
          List.of("stuck-hiding", "stuck-protection", "stuck-table"),
          List.of("stuck-loosen")),
      List.of(List.of("checkin-steps", "checkin-hiroshi-step"),
          List.of("checkin-who", "checkin-energy-scale", "checkin-freedom", "checkin-happens", "checkin-held-back", "checkin-their-side",
              "checkin-next-step"),
          List.of("checkin-purpose", "checkin-gentle", "checkin-solo"),
          List.of("checkin-gentle", "checkin-next-step")),
      List.of(List.of("together-at-once"),
          List.of("together-needs-order", "together-solve-all", "needs-more", "needs-heard", "needs-after-each"),
          List.of("together-phrases", "together-reflect", "needs-heard", "needs-moved"),
          List.of("together-adapt", "needs-relationship", "needs-adapt")),
      List.of(List.of("reciprocity-meaning", "reciprocity-term", "reciprocity-different", "reciprocity-table"),
          List.of("reciprocity-five-good-things"),
          List.of("reciprocity-season", "reciprocity-balance", "reciprocity-season-or-pattern"),
          List.of("reciprocity-farah", "reciprocity-plan", "reciprocity-ask")),
      List.of(List.of("repair-expectation", "repair-table"),
          List.of("repair-cycle", "repair-failures-normal", "repair-term", "repair-first-move", "repair-recovered"),
          List.of("repair-daniel", "repair-recovered"),
          List.of("repair-safety", "repair-daniel", "repair-safe-place", "repair-support")),
      List.of(List.of("growth-thandiwe", "growth-learned"),
          List.of("growth-share-everything", "growth-private-choice", "growth-word"),
          List.of("growth-independence", "growth-asking-help", "growth-messages", "growth-help-scale"),
          List.of("growth-relationship", "growth-step")));

  @Test
  void everyObjectiveIsAssessedByAQuestionOrAPrompt() {
    List<Lesson> lessons = course.lessons();
    assertEquals(ASSESSED_BY.size(), lessons.size());
    for (int i = 0; i < lessons.size(); i++) {
      Lesson lesson = lessons.get(i);
      Set<String> ids = new java.util.HashSet<>();
      lesson.quizzes().forEach(quiz -> quiz.questions().forEach(question -> ids.add(question.id())));
      lesson.worksheets().forEach(sheet -> sheet.prompts().forEach(prompt -> ids.add(prompt.id())));
      course.worksheets().stream().filter(page -> page.lesson() != null && page.lesson().url().equals(lesson.url()))
          .forEach(page -> page.worksheet().prompts().forEach(prompt -> ids.add(prompt.id())));
      assertEquals(lesson.objectives().size(), ASSESSED_BY.get(i).size(), lesson.title() + ": one row per objective");
      for (List<String> row : ASSESSED_BY.get(i)) {
        assertTrue(!row.isEmpty(), lesson.title() + ": an objective no question or prompt assesses");
        for (String id : row) {
          assertTrue(ids.contains(id), lesson.title() + " has no question or prompt '" + id + "' (it has " + ids + ")");
        }
      }
    }
  }

  /** Issue 14: the course's own step models are not passed off as relational-cultural theory's. */
  @Test
  void theCoursesOwnModelsAreLabelledAsSuch() {
    for (String url : List.of("lessons/the-relational-check-in/", "lessons/repairing-connection/", "lessons/practising-mutual-empathy-together/")) {
      Lesson lesson = course.lessons().stream().filter(l -> l.url().equals(url)).findFirst().orElseThrow();
      String text = lesson.body().parts().stream().filter(p -> p instanceof HtmlPart).map(p -> ((HtmlPart) p).html().value())
          .collect(Collectors.joining());
      assertTrue(text.contains("this course\u2019s") || text.contains("This course\u2019s") || text.contains("this course's"),
          lesson.title() + " says its model is this course's");
    }
    assertTrue(text(page("sources/")).contains("What is ours"), "the sources page says what is the course's own");
  }

  @Test
  void everyLessonHasAWorksheetAndTheCourseUsesEveryKindAndTwoPartnerWorksheets() {
    Set<PromptKind> kinds = EnumSet.noneOf(PromptKind.class);
    int partnerWorksheets = 0;
    for (Lesson lesson : course.lessons()) {
      assertTrue(!lesson.worksheets().isEmpty(), lesson.title() + ": a worksheet");
      for (Worksheet worksheet : lesson.worksheets()) {
        worksheet.prompts().stream().map(Prompt::kind).forEach(kinds::add);
        if (worksheet.isForPartners()) {
          partnerWorksheets++;
        }
      }
    }
    assertTrue(kinds.size() >= 5, "at least five prompt kinds across the course: " + kinds);
    assertTrue(partnerWorksheets >= 2, "at least two partner worksheets");
    assertEquals(course.lessons().stream().mapToInt(l -> l.worksheets().size()).sum(),
        (int) course.worksheets().stream().filter(w -> w.lesson() != null).count(), "every worksheet has its own page");
    for (WorksheetPage page : course.worksheets()) {
      assertTrue(page.url().startsWith("worksheets/") && page.pdfUrl().endsWith(".pdf"));
    }
  }

  @Test
  void theGlossaryDefinesTheCourseTermsAndEveryLessonLinksToIt() {
    Page glossary = page("glossary/");
    Set<String> terms = glossary.body().headings().stream().map(Heading::id).collect(Collectors.toSet());
    for (String term : List.of("mutual-empathy", "relational-dyad", "relational-pattern", "disconnection", "empathic-failure",
        "relational-expectations", "reciprocity", "growth-fostering-relationship", "authenticity", "relational-check-in")) {
      assertTrue(terms.contains(term), "the glossary defines " + term + " (has: " + terms + ")");
    }
    // Links to the glossary are checked by every build (a missing anchor is an error); here, that each lesson uses it.
    for (Lesson lesson : course.lessons()) {
      String html = lesson.body().parts().stream().filter(p -> p instanceof HtmlPart).map(p -> ((HtmlPart) p).html().value())
          .collect(Collectors.joining());
      assertTrue(html.contains("glossary/#"), lesson.title() + " links its terms to the glossary");
    }
  }

  @Test
  void theGuideAndSourcesAndTheDiagramsArePresent() throws IOException {
    Page guide = page("facilitator-guide/");
    String guideText = text(guide);
    for (String part : List.of("partner", "safety", "minutes")) {
      assertTrue(guideText.toLowerCase().contains(part), "the facilitator guide covers " + part);
    }
    String sources = text(page("sources/"));
    assertTrue(sources.contains("Why is mutual empathy important for connection?"), "the sources page names the article");
    assertTrue(sources.toLowerCase().contains("relational-cultural theory"), "and the wider theory");
    try (Stream<Path> files = Files.list(CONTENT.resolve("assets/diagrams"))) {
      List<Path> diagrams = files.filter(p -> p.toString().endsWith(".svg")).toList();
      assertTrue(diagrams.size() >= 3, "three diagrams");
      for (Path diagram : diagrams) {
        String svg = Files.readString(diagram);
        assertTrue(svg.contains("<title") && svg.contains("<desc"), diagram + " has a title and description");
        assertTrue(!svg.contains("<script") && !svg.contains("http://") || svg.contains("xmlns=\"http://www.w3.org/2000/svg\""),
            diagram + " is self-contained");
      }
    }
    Matcher images = Pattern.compile("<img src=\"[^\"]+\\.svg\" alt=\"([^\"]*)\"").matcher(course.lessons().stream()
        .flatMap(l -> l.body().parts().stream()).filter(p -> p instanceof HtmlPart).map(p -> ((HtmlPart) p).html().value())
        .collect(Collectors.joining()));
    int count = 0;
    while (images.find()) {
      assertTrue(images.group(1).length() > 40, "a diagram's text alternative explains it: " + images.group(1));
      count++;
    }
    assertTrue(count >= 3, "the lessons show the diagrams");
  }

  private static Page page(String url) {
    return course.pages().stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow(() -> new AssertionError("no page " + url));
  }

  private static String text(Page page) {
    return page.body().parts().stream().filter(p -> p instanceof HtmlPart).map(p -> ((HtmlPart) p).html().value())
        .collect(Collectors.joining()).replaceAll("<[^>]+>", " ");
  }

  /** Words of the lesson's prose: its text outside quizzes and worksheets. */
  private static int proseWords(Lesson lesson) {
    String text = lesson.body().parts().stream().filter(p -> p instanceof HtmlPart).map(p -> ((HtmlPart) p).html().value())
        .collect(Collectors.joining(" ")).replaceAll("<img[^>]*>", " ").replaceAll("<[^>]+>", " ").replaceAll("&[a-z]+;", " ");
    return (int) Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(text).results().count();
  }
}
