package dev.attune.export;

import static dev.attune.export.QuizFixtures.config;
import static dev.attune.export.QuizFixtures.course;
import static dev.attune.export.QuizFixtures.lesson;
import static dev.attune.export.QuizFixtures.option;
import static dev.attune.export.QuizFixtures.page;
import static dev.attune.export.QuizFixtures.question;
import static dev.attune.export.QuizFixtures.quiz;
import static dev.attune.export.QuizFixtures.right;
import static dev.attune.export.QuizFixtures.withContext;
import static dev.attune.export.QuizFixtures.withExplanation;
import static dev.attune.export.QuizFixtures.withPatternAndHint;
import static dev.attune.export.QuizFixtures.wrong;
import static dev.attune.model.QuestionType.MULTIPLE;
import static dev.attune.model.QuestionType.ORDER;
import static dev.attune.model.QuestionType.SHORT;
import static dev.attune.model.QuestionType.SINGLE;
import static dev.attune.model.QuestionType.TRUE_FALSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.attune.model.Course;
import dev.attune.model.Html;
import dev.attune.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizJsonWriterTest {
  private static final String TRICKY = "\"quoted\" \\ back\tslash\nline \u0001 </p> é 💬";
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    String text = Files.readString(Path.of("docs/quiz-export.schema.json"));
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
  }

  private static List<String> problems(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void writesTheDocumentedFormWithKeysInAFixedOrder() {
    Question q = withExplanation(question("definition", SINGLE, "Which <em>fits</em>?",
        option("One way", false, "<p>Only one way.</p>\n"), right("Both ways")), "<p>Both.</p>\n");
    Course course = course(List.of(lesson(1, "What it is", quiz("check", q))), List.of());
    assertEquals("""
        {
          "format": "attune-quizzes",
          "version": 1,
          "course": {
            "title": "Mutual Empathy",
            "language": "en"
          },
          "lessons": [
            {
              "number": 1,
              "title": "What it is",
              "url": "lessons/lesson-1/",
              "quizzes": [
                {
                  "id": "check",
                  "title": "Check your understanding",
                  "intro": "",
                  "questions": [
                    {
                      "id": "definition",
                      "type": "single",
                      "stem": "Which \\u003cem\\u003efits\\u003c/em\\u003e?",
                      "stemText": "Which \\u003cem\\u003efits\\u003c/em\\u003e?",
                      "context": "",
                      "hint": "",
                      "explanation": "\\u003cp\\u003eBoth.\\u003c/p\\u003e",
                      "pattern": "",
                      "options": [
                        {
                          "id": "%s",
                          "label": "One way",
                          "text": "One way",
                          "correct": false,
                          "feedback": "\\u003cp\\u003eOnly one way.\\u003c/p\\u003e"
                        },
                        {
                          "id": "%s",
                          "label": "Both ways",
                          "text": "Both ways",
                          "correct": true,
                          "feedback": ""
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ],
          "pages": []
        }
        """.formatted(q.options().get(0).id(), q.options().get(1).id()), QuizJsonWriter.write(config("Mutual Empathy"), course));
  }

  @Test
  void aCourseWithoutQuizzesHasEmptyLists() {
    String json = QuizJsonWriter.write(config("T"), course(List.of(lesson(1, "A")), List.of(page("p", "P"))));
    assertEquals("""
        {
          "format": "attune-quizzes",
          "version": 1,
          "course": {
            "title": "T",
            "language": "en"
          },
          "lessons": [],
          "pages": []
        }
        """, json);
    assertEquals(List.of(), problems(json));
  }

  @Test
  void everyQuestionTypeMatchesTheSchemaAndReadsBack() throws Exception {
    Course course = fullCourse();
    String json = QuizJsonWriter.write(config(TRICKY), course);
    assertEquals(List.of(), problems(json));
    assertFalse(json.contains("\r"));
    assertEquals(json, QuizJsonWriter.write(config(TRICKY), course), "deterministic");

    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(TRICKY, root.at("/course/title").asText());
    assertEquals(List.of(1, 3), root.get("lessons").findValues("number").stream().map(JsonNode::asInt).toList());
    assertEquals("glossary/", root.at("/pages/0/url").asText());
    assertFalse(root.at("/pages/0").has("number"));
    JsonNode questions = root.at("/lessons/0/quizzes/0/questions");
    assertEquals(List.of("single", "multiple", "truefalse", "short", "order"),
        questions.findValues("type").stream().map(JsonNode::asText).toList());
    JsonNode shortAnswer = questions.get(3);
    assertEquals("dyads?", shortAnswer.get("pattern").asText());
    assertEquals("<p>Two " + TRICKY + "</p>", shortAnswer.get("hint").asText());
    assertEquals(TRICKY, shortAnswer.at("/options/0/text").asText());
    assertEquals("<p>Sam sighs.</p>", questions.get(0).get("context").asText());
  }

  @Test
  void theSchemaRejectsWhatTheFormatDoesNotAllow() throws Exception {
    String json = QuizJsonWriter.write(config("T"), fullCourse());
    assertTrue(problems(json.replaceFirst("\"type\": \"single\"", "\"type\": \"essay\"")).size() > 0);
    assertTrue(problems(json.replaceFirst("\"version\": 1", "\"version\": 2")).size() > 0);
    assertTrue(problems(json.replaceFirst("\"stemText\": \"[^\"]*\",", "")).size() > 0, "a missing field");
    assertTrue(problems(json.replaceFirst("\"correct\": true", "\"correct\": \"yes\"")).size() > 0);
    assertTrue(problems(json.replaceFirst("\"format\"", "\"extra\": 1, \"format\"")).size() > 0);
  }

  @Test
  void theExampleInTheDocumentationMatchesTheSchema() throws Exception {
    String doc = Files.readString(Path.of("docs/export.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    assertTrue(example.startsWith("{"), example);
    assertEquals(List.of(), problems(example));
  }

  private static Course fullCourse() {
    Question single = withContext(question("single", SINGLE, "Which?", right("A"), option("B", false, "<p>" + TRICKY + "</p>")),
        "<p>Sam sighs.</p>\n");
    Question multiple = question("multiple", MULTIPLE, "Which all?", right("A"), right("B"), wrong("C"));
    Question trueFalse = question("true-false", TRUE_FALSE, "True?", right("True"), wrong("False"));
    Question shortAnswer = withPatternAndHint(question("short", SHORT, "Word?", right(TRICKY), option("couple", false, "<p>No.</p>")),
        "dyads?", "<p>Two " + TRICKY + "</p>");
    Question order = withExplanation(question("order", ORDER, "Order", wrong("First"), wrong("Second")), "<p>Because.</p>");
    Question patternOnly = new Question("pattern-only", SHORT, new Html("Any"), "Any", Html.EMPTY, List.of(), "\\w+", Html.EMPTY, Html.EMPTY, false);
    return course(
        List.of(lesson(1, "One", quiz("q1", single, multiple, trueFalse, shortAnswer, order)), lesson(2, "Two"),
            lesson(3, "Three", quiz("q2", patternOnly))),
        List.of(page("glossary", "Glossary", quiz("q3", question("g", SINGLE, "G?", right("Yes"), wrong("No"))))));
  }
}
