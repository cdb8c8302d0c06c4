package dev.attune.load;

import dev.attune.config.CourseConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything read from a content folder, in course order, before any Markdown is parsed.
 *
 * @param unreadable the course paths of text files that could not be read (not valid UTF-8, say),
 *     already reported: they are left out of the course, but links to them are not reported too
 */
public record LoadedContent(
    CourseConfig config,
    Optional<HomeSource> home,
    List<ModuleSource> modules,
    List<PageSource> pages,
    List<WorksheetSource> worksheets,
    List<SourceFile> assets,
    Set<String> unreadable) {

  public LoadedContent {
    modules = List.copyOf(modules);
    pages = List.copyOf(pages);
    worksheets = List.copyOf(worksheets);
    assets = List.copyOf(assets);
    unreadable = Set.copyOf(unreadable);
  }

  /** Every lesson in course order, across modules. */
  public List<LessonSource> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }
}
