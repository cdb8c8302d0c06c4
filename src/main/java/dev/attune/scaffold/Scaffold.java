package dev.attune.scaffold;

import dev.attune.load.ContentLoader;
import dev.attune.model.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes the files of {@code attune new}: a small course that builds without a warning, or a
 * lesson, worksheet or page in a course, each from a template in this package's resources and
 * named by the loader's rules (the next number, then the slug of its title). It never replaces a
 * file: what is in the way is refused, and nothing is written then.
 */
public final class Scaffold {
  /** The content folder of a new course, inside the course's folder. */
  public static final String CONTENT = "content";
  /** The files of a new course, inside its content folder, in the order they are made. */
  static final List<String> COURSE_FILES = List.of(
      ContentLoader.COURSE_FILE,
      ContentLoader.HOME_FILE,
      "lessons/01-welcome.md",
      "lessons/02-quizzes-and-worksheets.md",
      "worksheets/planning-your-course.md",
      "pages/glossary.md");

  private Scaffold() {}

  /**
   * Makes a course in {@code dir}, which must be new or empty (but for hidden files such as
   * {@code .git}), with its content in {@code dir/content}.
   *
   * @param title the course's title; empty for one made of the folder's name
   * @return the files made
   */
  public static List<Path> course(Path dir, Optional<String> title) throws ScaffoldRefused {
    Title course = Title.of(title.orElseGet(() -> titleOf(dir)), "course");
    refuseFilled(dir);
    Map<String, String> values = Map.of("title", YamlText.scalar(course.text()), "id", courseId(course));
    NewFiles files = new NewFiles();
    try {
      for (String file : COURSE_FILES) {
        files.write(dir.resolve(CONTENT).resolve(file), Template.load("course/" + file).fill(values));
      }
    } catch (ScaffoldRefused e) {
      files.undo();
      throw e;
    }
    return files.files();
  }

  /**
   * Makes a lesson in {@code lessons/}, or in the module folder {@code module} names, numbered
   * after the lessons there.
   */
  public static Path lesson(Path content, String title, Optional<String> module) throws ScaffoldRefused {
    Title lesson = Title.of(title, "lesson");
    requireCourse(content);
    LessonPlace place = LessonPlace.find(content, module);
    String name = place.folder().nameFor(lesson, true);
    refuseTaken(place.folder(), name, lesson);
    // The id the build would give the quiz, written out so that it stays when the file is renamed.
    String quizId = Ids.ofAnyScript(place.module().isEmpty() ? lesson.slug() : place.module() + "/" + lesson.slug()) + "-quiz";
    return write(place.folder().resolve(name), Template.load("lesson.md").fill(Map.of("title", YamlText.scalar(lesson.text()), "quiz-id", quizId)));
  }

  /** Makes a worksheet file in {@code worksheets/}. */
  public static Path worksheet(Path content, String title) throws ScaffoldRefused {
    Title worksheet = Title.of(title, "worksheet");
    Path file = freeFile(content, ContentLoader.WORKSHEETS, worksheet);
    return write(file, Template.load("worksheet.md").fill(Map.of(
        "title", YamlText.scalar(worksheet.text()),
        "id", Ids.ofAnyScript(worksheet.slug()),
        "lesson", YamlText.scalar("../" + ContentLoader.LESSONS + "/" + firstLesson(content).orElse("01-welcome.md")))));
  }

  /** Makes a page in {@code pages/}. */
  public static Path page(Path content, String title) throws ScaffoldRefused {
    Title page = Title.of(title, "page");
    Path file = freeFile(content, ContentLoader.PAGES, page);
    return write(file, Template.load("page.md").fill(Map.of("title", YamlText.scalar(page.text()))));
  }

  /** The new file for {@code title} in the course's folder {@code folder} (numbered when its files are), checked to be free. */
  private static Path freeFile(Path content, String folder, Title title) throws ScaffoldRefused {
    requireCourse(content);
    SourceFolder files = SourceFolder.of(content.resolve(folder));
    String name = files.nameFor(title, files.isNumbered());
    refuseTaken(files, name, title);
    return files.resolve(name);
  }

  private static Path write(Path file, String text) throws ScaffoldRefused {
    NewFiles files = new NewFiles();
    try {
      files.write(file, text);
    } catch (ScaffoldRefused e) {
      files.undo();
      throw e;
    }
    return file;
  }

  /** Refuses a content folder that is missing, or is not a course's. */
  private static void requireCourse(Path content) throws ScaffoldRefused {
    String hint = "run attune in the course's folder, pass --content DIR, or start a course with: attune new course DIR";
    if (!Files.isDirectory(content)) {
      throw new ScaffoldRefused("the content folder '" + PathText.of(content) + "' does not exist", hint);
    }
    if (!Files.isRegularFile(content.resolve(ContentLoader.COURSE_FILE))) {
      throw new ScaffoldRefused("'" + PathText.of(content) + "' has no " + ContentLoader.COURSE_FILE + ", so it is not a course's content folder", hint);
    }
  }

  /** Refuses a new file whose name, or whose address, another file of its folder has already. */
  private static void refuseTaken(SourceFolder folder, String name, Title title) throws ScaffoldRefused {
    Path wanted = folder.resolve(name);
    if (Files.exists(wanted)) {
      throw NewFiles.exists(wanted);
    }
    Optional<String> other = folder.withSlug(title.slug());
    if (other.isPresent()) {
      throw new ScaffoldRefused("a " + title.kind() + " titled '" + title.text() + "' would have the address of '"
          + PathText.of(folder.resolve(other.get())) + "' ('" + title.slug() + "')",
          "choose another title, or edit that file");
    }
  }

  /** Refuses a course folder that holds anything but hidden files. */
  private static void refuseFilled(Path dir) throws ScaffoldRefused {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ScaffoldRefused("'" + PathText.of(dir) + "' is a file, not a folder", "give the name of a new folder, e.g. attune new course my-course");
    }
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<String> names;
    try (Stream<Path> entries = Files.list(dir)) {
      names = entries.map(entry -> entry.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new ScaffoldRefused("cannot read the folder '" + PathText.of(dir) + "': " + e.getMessage(), "check that it is readable");
    }
    if (!names.isEmpty()) {
      throw new ScaffoldRefused("'" + PathText.of(dir) + "' is not empty (it holds " + String.join(", ", names.subList(0, Math.min(3, names.size())))
          + (names.size() > 3 ? " …" : "") + "), and a new course is only made in a new or empty folder",
          "give the name of a new folder, e.g. attune new course my-course; to add to a course, use attune new lesson, worksheet or page");
    }
  }

  /** "my-course" → "My course". */
  private static String titleOf(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    String words = name == null ? "" : name.toString().replaceAll("[-_]+", " ").strip();
    if (words.isEmpty()) {
      return "";
    }
    int first = words.codePointAt(0);
    return Character.toString(Character.toUpperCase(first)) + words.substring(Character.charCount(first));
  }

  /** The course's id, as the build would make it of the title; for a title without ASCII letters, one of its own. */
  private static String courseId(Title title) {
    String id = Ids.slugify(title.text());
    boolean nothingAscii = id.equals("page") && !title.slug().equals("page");
    return nothingAscii ? "course-" + Ids.fingerprint(title.text()) : id;
  }

  /** The first lesson's path inside {@code lessons/}, to show how a worksheet names its lesson. */
  private static Optional<String> firstLesson(Path content) throws ScaffoldRefused {
    Path lessons = content.resolve(ContentLoader.LESSONS);
    Optional<String> loose = SourceFolder.of(lessons).names().stream().findFirst();
    if (loose.isPresent()) {
      return loose;
    }
    for (String module : LessonPlace.moduleFolders(lessons)) {
      Optional<String> first = SourceFolder.of(lessons.resolve(module)).names().stream().findFirst();
      if (first.isPresent()) {
        return Optional.of(module + "/" + first.get());
      }
    }
    return Optional.empty();
  }
}
