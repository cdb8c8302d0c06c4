package dev.attune.model;

import java.util.List;

/** A titled group of lessons; a course without modules has one untitled module. */
public record Module(String slug, String title, String summary, List<Lesson> lessons) {
  public Module {
    lessons = List.copyOf(lessons);
  }

  public boolean isTitled() {
    return !title.isBlank();
  }
}
