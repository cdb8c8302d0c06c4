package dev.attune.load;

import dev.attune.config.CourseConfig;
import dev.attune.config.CourseConfigReader;
import dev.attune.config.YamlMapping;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import dev.attune.diagnostics.Severity;
import dev.attune.model.Ids;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a content folder: {@code course.yml}, the home text {@code index.md}, lessons under
 * {@code lessons/} (optionally grouped in module folders with a {@code _module.yml}), pages under
 * {@code pages/}, and every other file as an asset to copy, but for what systems and programs leave
 * beside an author's files (see {@link LeftoverFiles}).
 */
public final class ContentLoader {
  public static final String COURSE_FILE = "course.yml";
  public static final String MODULE_FILE = "_module.yml";
  public static final String HOME_FILE = "index.md";
  public static final String LESSONS = "lessons";
  public static final String PAGES = "pages";
  public static final String WORKSHEETS = "worksheets";

  private final Diagnostics diagnostics;
  private final String displayRoot;
  private final Optional<LoadMemory> memory;
  /** Course paths of text files that could not be read (already reported). */
  private final Set<String> unreadable = new HashSet<>();

  private ContentLoader(String displayRoot, Diagnostics diagnostics, Optional<LoadMemory> memory) {
    this.displayRoot = displayRoot;
    this.diagnostics = diagnostics;
    this.memory = memory;
  }

  /**
   * Loads {@code root}.
   *
   * @param displayRoot how diagnostics name the folder, e.g. {@code content}
   */
  public static LoadedContent load(Path root, String displayRoot, Diagnostics diagnostics) {
    return load(root, displayRoot, diagnostics, Optional.empty());
  }

  /**
   * {@code course.yml} alone, read quietly, for what must be known before the build starts (where
   * the override folder is, for the output guard); its mistakes are reported when the build loads
   * the folder, and until then count as if the line were not there.
   */
  public static CourseConfig peekConfig(Path root, String displayRoot) {
    SourceFile file = new SourceFile(root.resolve(COURSE_FILE), COURSE_FILE, displayRoot + "/" + COURSE_FILE);
    Diagnostics ignored = new Diagnostics();
    if (!Files.isRegularFile(file.file())) {
      return CourseConfigReader.fallback();
    }
    return TextReader.read(file, ignored)
        .map(text -> CourseConfigReader.read(text, file.displayPath(), ignored))
        .orElseGet(CourseConfigReader::fallback);
  }

  /** Whether a file or folder named {@code name} is part of the course (hidden files, editor backups and '_' names are not). */
  public static boolean isCourseName(String name) {
    return ContentWalker.isCourseName(name);
  }

  /** Loads {@code root}, reusing from {@code memory} the sources of files whose text has not changed. */
  public static LoadedContent load(Path root, String displayRoot, Diagnostics diagnostics, Optional<LoadMemory> memory) {
    LoadedContent content = new ContentLoader(displayRoot, diagnostics, memory).load(root);
    memory.ifPresent(LoadMemory::finish);
    return content;
  }

  /**
   * Reads {@code file}'s text and makes a source of it with {@code read}, or takes the source that
   * the previous load made of the same text, reporting again what it reported then.
   */
  @SuppressWarnings("unchecked")
  private <T> Optional<T> remembered(SourceFile file, String kind, java.util.function.BiFunction<String, Diagnostics, T> read) {
    Optional<String> text = read(file);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    LoadMemory.Key key = new LoadMemory.Key(kind, file.file().toString(), file.relativePath(), file.displayPath(), text.get());
    LoadMemory.Entry entry = memory.map(m -> m.get(key)).orElse(null);
    if (entry == null) {
      Diagnostics own = new Diagnostics();
      entry = new LoadMemory.Entry(read.apply(text.get(), own), own.all());
    }
    LoadMemory.Entry made = entry;
    memory.ifPresent(m -> m.put(key, made));
    made.diagnostics().forEach(diagnostics::add);
    return Optional.of((T) made.source());
  }

  /**
   * The text of {@code file}, or empty after reporting why it cannot be read. Such a file is
   * still part of the course for links to it (see {@link LoadedContent#unreadable}).
   */
  private Optional<String> read(SourceFile file) {
    Optional<String> text = TextReader.read(file, diagnostics);
    if (text.isEmpty()) {
      unreadable.add(file.relativePath());
    }
    return text;
  }

  private LoadedContent load(Path root) {
    List<SourceFile> files = ContentWalker.walk(root, displayRoot, diagnostics);
    CourseConfig config = null;
    Optional<HomeSource> home = Optional.empty();
    Map<String, List<LessonSource>> lessonsByFolder = new LinkedHashMap<>();
    Map<String, SourceFile> moduleFiles = new LinkedHashMap<>();
    List<PageSource> pages = new ArrayList<>();
    List<WorksheetSource> worksheets = new ArrayList<>();
    List<SourceFile> assets = new ArrayList<>();
    List<SourceFile> stray = new ArrayList<>();

    for (SourceFile file : files) {
      String rel = file.relativePath();
      String[] parts = rel.split("/");
      boolean markdown = rel.endsWith(".md");
      Optional<String> leftBy = LeftoverFiles.whatLeft(file.name());
      if (rel.equals(COURSE_FILE)) {
        config = read(file)
            .map(text -> CourseConfigReader.read(text, file.displayPath(), diagnostics))
            .orElseGet(CourseConfigReader::fallback);
      } else if (rel.equals(HOME_FILE)) {
        home = remembered(file, "home", (text, own) -> {
          FrontMatter.Split split = split(file, text, own);
          return new HomeSource(new MarkdownSource(file, split.body(), split.bodyFirstLine()),
              new FrontMatterReader(own).homeTitle(split.yaml(), file.displayPath()));
        });
      } else if (parts[0].equals(LESSONS) && parts.length == 3 && parts[2].equals(MODULE_FILE)) {
        moduleFiles.put(parts[1], file);
      } else if (parts[0].equals(LESSONS) && markdown) {
        if (parts.length > 3) {
          diagnostics.error(Code.LESSON_TOO_DEEP, file.displayPath(), Position.FILE, "lessons can be at most one folder deep inside lessons/", "move it into lessons/ or into a module folder lessons/<module>/");
          continue;
        }
        String folder = parts.length == 3 ? parts[1] : "";
        readLesson(file).ifPresent(l -> lessonsByFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(l));
      } else if (parts[0].equals(PAGES) && markdown) {
        readPage(file).ifPresent(pages::add);
      } else if (parts[0].equals(WORKSHEETS) && markdown && parts.length == 2) {
        String slug = slug(file);
        remembered(file, "worksheet", (text, own) -> {
          FrontMatter.Split split = split(file, text, own);
          return new WorksheetSource(new MarkdownSource(file, split.body(), split.bodyFirstLine()), slug,
              new FrontMatterReader(own).worksheet(split, file.displayPath(), slug));
        }).ifPresent(worksheets::add);
      } else if (markdown) {
        stray.add(file);
      } else if (file.name().equals(MODULE_FILE)) {
        diagnostics.warning(Code.MODULE_FILE_MISPLACED, file.displayPath(), Position.FILE, "_module.yml is only read in a module folder lessons/<module>/",
            "move it into the folder of the module it names, e.g. lessons/01-basics/_module.yml, or remove it");
      } else if (leftBy.isPresent()) {
        diagnostics.warning(Code.LEFTOVER_FILE, file.displayPath(), Position.FILE,
            "this looks like " + leftBy.get() + ", not a file of the course, so it is not published",
            "delete it; if it is meant to be published, rename it");
      } else {
        assets.add(file);
      }
    }
    if (config == null) {
      diagnostics.error(Code.NO_COURSE_FILE, displayRoot + "/" + COURSE_FILE, Position.FILE, "the course has no course.yml", "create " + displayRoot + "/" + COURSE_FILE + " with at least a line 'title: …'");
      config = CourseConfigReader.fallback();
    }
    for (SourceFile file : stray) {
      reportStray(file, config.strayMarkdown());
    }
    List<ModuleSource> modules = modules(lessonsByFolder, moduleFiles);
    pages.sort(Comparator.comparingInt((PageSource p) -> p.meta().weight().orElse(Integer.MAX_VALUE))
        .thenComparing(p -> p.source().file().relativePath()));
    rejectDuplicatePageSlugs(pages);
    worksheets.sort(Comparator.comparingInt((WorksheetSource w) -> w.meta().weight().orElse(Slugs.order(w.source().file().name()).orElse(Integer.MAX_VALUE)))
        .thenComparing(w -> w.source().file().name()));
    return new LoadedContent(config, home, modules, pages, worksheets, assets, unreadable);
  }

  /**
   * A Markdown file in no folder the course reads would silently be left out of the site, so it
   * stops the build unless course.yml says such files are notes ({@code stray_markdown: warning}).
   */
  private void reportStray(SourceFile file, Severity severity) {
    String[] parts = file.relativePath().split("/");
    String hint;
    Optional<String> folder = parts.length > 1 ? Suggestions.closest(parts[0], List.of(LESSONS, PAGES, WORKSHEETS)) : Optional.empty();
    if (folder.isPresent()) {
      hint = "did you mean '" + folder.get() + "/'? Move it to " + displayRoot + "/" + folder.get() + "/"
          + file.relativePath().substring(parts[0].length() + 1);
    } else if (parts.length == 1 && file.name().matches("\\d+-.*")) {
      hint = "a numbered file is a lesson: move it to " + displayRoot + "/" + LESSONS + "/" + file.name();
    } else {
      hint = "lessons go in lessons/, pages in pages/, worksheets in worksheets/, and the home text in index.md";
    }
    if (severity == Severity.ERROR) {
      diagnostics.error(Code.STRAY_MARKDOWN, file.displayPath(), Position.FILE, "this Markdown file is in no folder the course reads, so it would not be published",
          hint + "; to keep notes here unpublished, set 'stray_markdown: warning' in course.yml");
    } else {
      diagnostics.warning(Code.STRAY_MARKDOWN, file.displayPath(), Position.FILE, "this Markdown file is not part of the course and is not published", hint);
    }
  }

  private static FrontMatter.Split split(SourceFile file, String text, Diagnostics diagnostics) {
    return FrontMatter.split(text, file.displayPath(), diagnostics);
  }

  /** The address slug of a file's name: the letters and digits after its number; see {@link #checked}. */
  private String slug(SourceFile file) {
    return checked(file, Slugs.slug(file.name()), file.name(), false);
  }

  /**
   * {@code slug}, made from {@code name} (a file's or a folder's). A name without any letter or
   * digit ({@code 04-🙂.md}) is an error: an address made up for it (a number, a hash) would tell
   * the reader nothing, and the author can give it a word. Such a file still gets a slug of its
   * own, so that it is not also reported as clashing with another.
   */
  private String checked(SourceFile file, String slug, String name, boolean folder) {
    if (!slug.isEmpty()) {
      return slug;
    }
    OptionalInt order = Slugs.order(name);
    String example = (order.isPresent() ? String.format(Locale.ROOT, "%02d-", order.getAsInt()) : "") + "welcome"
        + (folder ? "" : name.substring(Slugs.stem(name).length()));
    diagnostics.error(Code.NAME_WITHOUT_WORD, file.displayPath(), Position.FILE,
        (folder ? "the folder name '" + name + "'" : "this file's name") + " has no letter or digit to make its address of",
        "rename the " + (folder ? "folder" : "file") + " so that its name has a word in it, e.g. '" + example + "' (the address is made of its letters and digits)");
    return "page-" + Ids.fingerprint(file.relativePath());
  }

  private Optional<LessonSource> readLesson(SourceFile file) {
    String slug = slug(file);
    return remembered(file, "lesson", (text, own) -> {
      FrontMatter.Split split = split(file, text, own);
      return new LessonSource(new MarkdownSource(file, split.body(), split.bodyFirstLine()), slug,
          new FrontMatterReader(own).lesson(split, file.displayPath(), Slugs.stem(file.name())));
    });
  }

  private Optional<PageSource> readPage(SourceFile file) {
    String inPages = file.relativePath().substring(PAGES.length() + 1);
    int slash = inPages.lastIndexOf('/');
    String folders = slash < 0 ? "" : inPages.substring(0, slash);
    StringBuilder slug = new StringBuilder();
    if (!folders.isEmpty()) {
      for (String folder : folders.split("/")) {
        slug.append(checked(file, Slugs.slugify(folder), folder, true)).append('/');
      }
    }
    slug.append(slug(file));
    return remembered(file, "page", (text, own) -> {
      FrontMatter.Split split = split(file, text, own);
      return new PageSource(new MarkdownSource(file, split.body(), split.bodyFirstLine()), slug.toString(),
          new FrontMatterReader(own).page(split, file.displayPath(), Slugs.stem(file.name())));
    });
  }

  private List<ModuleSource> modules(Map<String, List<LessonSource>> lessonsByFolder, Map<String, SourceFile> moduleFiles) {
    List<LessonSource> loose = lessonsByFolder.getOrDefault("", List.of());
    boolean hasModules = lessonsByFolder.keySet().stream().anyMatch(f -> !f.isEmpty()) || !moduleFiles.isEmpty();
    if (!hasModules) {
      return loose.isEmpty() ? List.of() : List.of(new ModuleSource("", "", "", sortLessons(loose)));
    }
    for (LessonSource lesson : loose) {
      diagnostics.error(Code.LESSON_OUTSIDE_MODULE, lesson.source().file().displayPath(), Position.FILE,
          "this course has module folders, so every lesson must be in one",
          "move this lesson into a folder lessons/<module>/ that has a _module.yml");
    }
    record Entry(ModuleSource module, OptionalInt weight, String folder) {}
    List<Entry> entries = new ArrayList<>();
    Map<String, String> slugs = new HashMap<>();
    for (Map.Entry<String, List<LessonSource>> group : lessonsByFolder.entrySet()) {
      String folder = group.getKey();
      if (folder.isEmpty()) {
        continue;
      }
      SourceFile moduleFile = moduleFiles.get(folder);
      if (moduleFile == null) {
        diagnostics.error(Code.MODULE_WITHOUT_FILE, group.getValue().get(0).source().file().displayPath(), Position.FILE,
            "the module folder lessons/" + folder + "/ has no " + MODULE_FILE,
            "add lessons/" + folder + "/" + MODULE_FILE + " with a line 'title: …'");
        continue;
      }
      Optional<YamlMapping> yaml = read(moduleFile)
          .flatMap(text -> YamlMapping.parse(text, moduleFile.displayPath(), 1, diagnostics));
      yaml.ifPresent(m -> m.rejectUnknownKeys(FrontMatterReader.MODULE_KEYS, MODULE_FILE));
      String slug = checked(moduleFile, Slugs.slug(folder), folder, true);
      String previous = slugs.put(slug, folder);
      if (previous != null) {
        diagnostics.error(Code.SAME_ADDRESS, moduleFile.displayPath(), Position.FILE,
            "modules lessons/" + previous + "/ and lessons/" + folder + "/ would both be published as '" + slug + "'",
            "rename one of the two folders");
      }
      ModuleSource module = new ModuleSource(
          slug,
          yaml.flatMap(m -> m.requiredString("title", "the module title")).orElse(folder),
          yaml.flatMap(m -> m.string("summary")).orElse(""),
          sortLessons(group.getValue()));
      OptionalInt weight = yaml.flatMap(m -> m.integer("weight", -1_000_000, 1_000_000))
          .map(OptionalInt::of).orElse(Slugs.order(folder));
      entries.add(new Entry(module, weight, folder));
    }
    for (Map.Entry<String, SourceFile> moduleFile : moduleFiles.entrySet()) {
      if (!lessonsByFolder.containsKey(moduleFile.getKey())) {
        diagnostics.warning(Code.EMPTY_MODULE, moduleFile.getValue().displayPath(), Position.FILE, "this module has no lessons", "add lesson files next to it, or remove the folder");
      }
    }
    entries.sort(Comparator.comparingInt((Entry e) -> e.weight().orElse(Integer.MAX_VALUE)).thenComparing(Entry::folder));
    return entries.stream().map(Entry::module).toList();
  }

  private List<LessonSource> sortLessons(List<LessonSource> lessons) {
    List<LessonSource> sorted = new ArrayList<>(lessons);
    sorted.sort(Comparator.comparingInt((LessonSource l) -> l.meta().weight().orElse(Slugs.order(l.source().file().name()).orElse(Integer.MAX_VALUE)))
        .thenComparing(l -> l.source().file().name()));
    Map<String, LessonSource> bySlug = new HashMap<>();
    for (LessonSource lesson : sorted) {
      LessonSource previous = bySlug.putIfAbsent(lesson.slug(), lesson);
      if (previous != null) {
        diagnostics.error(Code.SAME_ADDRESS, lesson.source().file().displayPath(), Position.FILE,
            "this lesson and " + previous.source().file().name() + " would both be published as '" + lesson.slug() + "'",
            "rename one of them: the part after the number becomes the address");
      }
    }
    return sorted;
  }

  private void rejectDuplicatePageSlugs(List<PageSource> pages) {
    Map<String, PageSource> bySlug = new HashMap<>();
    for (PageSource page : pages) {
      PageSource previous = bySlug.putIfAbsent(page.slug(), page);
      if (previous != null) {
        diagnostics.error(Code.SAME_ADDRESS, page.source().file().displayPath(), Position.FILE,
            "this page and " + previous.source().file().relativePath() + " would both be published as '" + page.slug() + "/'",
            "rename one of them");
      }
    }
  }
}
