package dev.attune.model;

import java.util.List;
import java.util.OptionalInt;

/** A whole course: home text, modules of lessons, pages, worksheet pages and assets, in course order. */
public record Course(Home home, List<Module> modules, List<Page> pages, List<WorksheetPage> worksheets, List<Asset> assets) {
  public Course {
    modules = List.copyOf(modules);
    pages = List.copyOf(pages);
    worksheets = List.copyOf(worksheets);
    assets = List.copyOf(assets);
  }

  /** Every lesson in course order. */
  public List<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  /** The sum of the lessons' durations, or empty if no lesson gives one. */
  public OptionalInt totalMinutes() {
    List<Lesson> timed = lessons().stream().filter(l -> l.durationMinutes().isPresent()).toList();
    return timed.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(timed.stream().mapToInt(l -> l.durationMinutes().getAsInt()).sum());
  }
}
