package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.attune.testing.JavaProcess;
import dev.attune.testing.JavaProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author's first minutes with the real jar, whose templates come from inside it: new course, new lesson, check, build. */
class NewCourseIT {
  @TempDir Path dir;

  private Run attune(Path in, String... args) {
    return JavaProcess.attune(in, Map.of(), List.of(), args);
  }

  @Test
  void aNewCourseAndLessonCheckAndBuildWithoutAWarning() throws Exception {
    // Failsafe sets attune.jar once the jar is packaged; a Surefire run picked by -Dtest=New* comes before that.
    assumeTrue(System.getProperty("attune.jar") != null, "runs against the packaged jar, in the integration tests");
    Run course = attune(dir, "new", "course", "my-course");
    assertEquals(0, course.exit(), course.err());
    assertTrue(course.out().endsWith("Preview it with: cd my-course && attune serve\nThen add a lesson with: attune new lesson \"Title\"\n"), course.out());
    Path courseDir = dir.resolve("my-course");

    Run lesson = attune(courseDir, "new", "lesson", "Active listening");
    assertEquals(0, lesson.exit(), lesson.err());
    assertEquals("Created content/lessons/03-active-listening.md. Preview it with: attune serve\n", lesson.out());

    Run again = attune(courseDir, "new", "lesson", "Active listening");
    assertEquals(2, again.exit());
    assertTrue(again.err().startsWith("error: a lesson titled 'Active listening' would have the address of 'content/lessons/03-active-listening.md'"), again.err());

    Run check = attune(courseDir, "check");
    assertEquals(0, check.exit(), check.err());
    assertEquals("", check.err());
    assertTrue(check.out().endsWith(": 0 errors, 0 warnings.\n"), check.out());

    Run build = attune(courseDir, "build");
    assertEquals(0, build.exit(), build.err());
    assertEquals("", build.err());
    assertTrue(Files.isRegularFile(courseDir.resolve("site/lessons/active-listening/index.html")));
  }
}
