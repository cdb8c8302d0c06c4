package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A lesson's {@code teaching} and {@code exercises} minutes, and the duration they make. */
class LessonMinutesTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private LessonMeta lesson(String yaml) {
    return new FrontMatterReader(diagnostics).lesson(FrontMatter.split("---\n" + yaml + "---\nBody\n", "a.md", diagnostics), "a.md", "A");
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().replace(System.lineSeparator(), "\n")).toList();
  }

  @Test
  void withoutDurationTheLessonLastsTeachingPlusExercises() {
    LessonMeta meta = lesson("title: A\nteaching: 20\nexercises: 0\n");
    assertEquals(OptionalInt.of(20), meta.duration());
    assertEquals(OptionalInt.of(20), meta.teaching());
    assertEquals(OptionalInt.of(0), meta.exercises());
    assertEquals(OptionalInt.of(15), lesson("title: A\nexercises: 15\n").duration());
    assertEquals(OptionalInt.empty(), lesson("title: A\nteaching: 0\nexercises: 0\n").duration());
    assertEquals(List.of(), problems());
  }

  @Test
  void aDurationThatIsNotTheSumIsKeptWithAWarning() {
    LessonMeta meta = lesson("title: A\nduration: 30\nteaching: 20\nexercises: 5\n");
    assertEquals(OptionalInt.of(30), meta.duration());
    assertEquals(List.of("a.md:3:11: warning: 'duration' is 30 minutes, but 'teaching' and 'exercises' add up to 25 [A0306]\n"
        + "  hint: make 'duration' 25, or remove it: without 'duration', a lesson lasts 'teaching' plus 'exercises'"), problems());
  }

  @Test
  void aDurationThatIsTheSumIsFine() {
    lesson("title: A\nduration: 25\nteaching: 20\nexercises: 5\n");
    assertEquals(List.of(), problems());
  }
}
