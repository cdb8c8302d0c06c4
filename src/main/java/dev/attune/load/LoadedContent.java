package dev.attune.load;

import dev.attune.config.CourseConfig;
import java.util.List;
import java.util.Optional;

/** Everything read from a content folder, in course order, before any Markdown is parsed. */
public record LoadedContent(
    CourseConfig config,
    Optional<HomeSource> home,
    List<ModuleSource> modules,
    List<PageSource> pages,
    List<WorksheetSource> worksheets,
    List<SourceFile> assets) {

  public LoadedContent {
    modules = List.copyOf(modules);
    pages = List.copyOf(pages);
    worksheets = List.copyOf(worksheets);
    assets = List.copyOf(assets);
  }

  /** Every lesson in course order, across modules. */
  public List<LessonSource> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }
}
