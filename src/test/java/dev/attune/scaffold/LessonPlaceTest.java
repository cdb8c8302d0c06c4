package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonPlaceTest {
  @TempDir Path content;

  private void modules(String... folders) throws Exception {
    for (String folder : folders) {
      Files.createDirectories(content.resolve("lessons").resolve(folder));
    }
  }

  private String place(String module) throws ScaffoldRefused {
    LessonPlace place = LessonPlace.find(content, Optional.ofNullable(module));
    return content.relativize(place.folder().path()) + " " + place.module();
  }

  @Test
  void withoutModulesLessonsGoInLessons() throws Exception {
    assertEquals("lessons ", place(null));
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> place("basics"));
    assertEquals("this course has no modules, so there is no module 'basics'", refused.getMessage());
    assertEquals("leave out --module; to group lessons into modules, make a folder lessons/01-name/ with a _module.yml (see Modules in docs/authoring.md)",
        refused.hint());
  }

  @Test
  void aModuleIsNamedByItsSlugItsNumberOrItsFolder() throws Exception {
    modules("01-basics", "02-in-practice", "_drafts", ".hidden");
    assertEquals("lessons/02-in-practice in-practice", place("in-practice"));
    assertEquals("lessons/02-in-practice in-practice", place("In practice"));
    assertEquals("lessons/02-in-practice in-practice", place("2"));
    assertEquals("lessons/02-in-practice in-practice", place("02"));
    assertEquals("lessons/01-basics basics", place("01-basics"));
  }

  @Test
  void aCourseWithModulesNeedsOneNamed() throws Exception {
    modules("01-basics", "02-in-practice");
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> place(null));
    assertEquals("this course has modules, so a new lesson must go in one", refused.getMessage());
    assertEquals("name its module with --module: basics (01-basics), in-practice (02-in-practice)", refused.hint());
  }

  @Test
  void anUnknownModuleGetsADidYouMean() throws Exception {
    modules("01-basics", "02-in-practice");
    ScaffoldRefused typo = assertThrows(ScaffoldRefused.class, () -> place("basiks"));
    assertEquals("no module of this course is called 'basiks'", typo.getMessage());
    assertEquals("did you mean 'basics'? The modules are: basics (01-basics), in-practice (02-in-practice)", typo.hint());
    ScaffoldRefused unknown = assertThrows(ScaffoldRefused.class, () -> place("9"));
    assertEquals("the modules are: basics (01-basics), in-practice (02-in-practice)", unknown.hint());
  }

  @Test
  void aNumberTwoModulesShareIsRefused() throws Exception {
    modules("01-basics", "01-more-basics");
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> place("1"));
    assertEquals("'1' could be any of the modules basics (01-basics), more-basics (01-more-basics)", refused.getMessage());
  }
}
