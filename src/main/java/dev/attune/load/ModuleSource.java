package dev.attune.load;

import java.util.List;

/**
 * A group of lessons. A course without module folders has one module with an empty slug and
 * title, which the templates do not show.
 */
public record ModuleSource(String slug, String title, String summary, List<LessonSource> lessons) {
  public ModuleSource {
    lessons = List.copyOf(lessons);
  }

  public boolean isImplicit() {
    return slug.isEmpty();
  }
}
