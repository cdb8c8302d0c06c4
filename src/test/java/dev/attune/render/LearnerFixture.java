package dev.attune.render;

import dev.attune.testing.TestCourses;
import java.nio.file.Path;

/** A course with three quizzes and two worksheets on one lesson, for the learner-data browser tests. */
final class LearnerFixture {
  static final String LESSON = "lessons/saved/";

  private LearnerFixture() {}

  static Path write(Path dir) {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: Learner Fixture\nid: learner-fixture\n");
    TestCourses.write(content.resolve("lessons/01-saved.md"), """
        ---
        title: Saved answers
        ---
        Three quizzes and two worksheets on one page.

        :::quiz id=first title="First quiz"

        ### Which colour is the sky? {#sky}

        - [ ] Green
        - [x] Blue

        ### What do we call two people together? {#constructor type=short}

        - [x] dyad
        - [ ] couple

          Close, but a couple is romantic.

        ### Put them in order. {#steps type=order}

        1. One
        2. Two
        3. Three
        :::

        :::quiz id=second title="Second quiz"

        ### Water is wet. {#wet type=truefalse}

        - [x] True
        - [ ] False
        :::

        :::quiz id=third title="Third quiz"

        ### Pick the letters A and B. {#pick type=multiple}

        - [x] A
        - [x] B
        - [ ] C
        :::

        :::worksheet id=notes title="Notes"

        ### What happened? {#today kind=long lines=2}

        ### One word {#word kind=short}

        ### How did it feel? {#feel kind=scale min=1 max=5}

        ### What applies? {#apply kind=checklist}

        - I listened
        - I was listened to

        ### Patterns {#patterns kind=table lines=1}

        | Pattern | What I felt |
        |---|---|
        | Keeping quiet | |

        ### What do you each need? {#needs kind=partner lines=2}
        :::

        :::worksheet id=later title="Later"

        ### Anything else? {#else kind=long lines=2}
        :::
        """);
    return content;
  }
}
