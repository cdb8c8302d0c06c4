package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.Dirs;
import dev.attune.testing.JavaProcess;
import dev.attune.testing.TestCourses;
import dev.attune.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune build --out} tried as a user would, with a copy of a course: every folder the
 * build must not replace is refused with exit 2 and a hint, and every case checks, byte for byte,
 * that nothing outside the output folder changed (nothing at all, when the folder is refused).
 */
class OutputSafetyIT {
  @TempDir Path temp;
  Path dir;
  Path course;
  Path content;
  Path templates;
  /** Whether builds pass --templates; without it, the build finds the override folder itself. */
  boolean templatesOption = true;
  private final CliRunner cli = new CliRunner();

  @BeforeEach
  void world() throws IOException {
    dir = temp.toRealPath();
    course = dir.resolve("course");
    content = TestCourses.copy(TestCourses.content("basic"), course);
    templates = course.resolve("templates");
    TestCourses.write(templates.resolve("assets/extra.css"), "p { margin: 0; }\n");
    TestCourses.write(dir.resolve("docs/report.txt"), "a year of work");
    TestCourses.write(dir.resolve("docs/photos/one.jpg"), "jpeg");
  }

  private int build(String... options) {
    cli.reset();
    List<String> args = new ArrayList<>(List.of("build", "--content", content.toString()));
    if (templatesOption) {
      args.addAll(List.of("--templates", templates.toString()));
    }
    args.addAll(List.of(options));
    return cli.run(args.toArray(String[]::new));
  }

  /** Builds into {@code out}, expects a refusal with {@code message}, and that nothing changed anywhere. */
  private void assertRefused(Path out, String message, String... options) {
    Map<String, String> before = Tree.snapshot(dir);
    List<String> args = new ArrayList<>(List.of("--out", out.toString()));
    args.addAll(List.of(options));
    assertEquals(2, build(args.toArray(String[]::new)), cli.err());
    assertTrue(cli.err().startsWith("error: " + message + "\n  hint: "), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
    assertEquals("", cli.out());
    assertEquals(before, Tree.snapshot(dir), "nothing changed");
  }

  /** What lies outside {@code site} and Attune's folders beside it. */
  private Map<String, String> outside(Path site) {
    return Tree.outsideSite(dir, site);
  }

  private Path link(String name, Path target) throws IOException {
    return Files.createSymbolicLink(dir.resolve(name), target);
  }

  @Test
  void aFolderOfSomeoneElsesFilesIsRefused() {
    assertRefused(dir.resolve("docs"), "refusing to replace '" + dir.resolve("docs") + "': it holds files that Attune did not make (photos/, report.txt)");
    assertTrue(cli.err().contains("hint: give the site a new or empty folder; or, if everything in '" + dir.resolve("docs")
        + "' may be deleted, build again with --force"), cli.err());
  }

  @Test
  void forceReplacesAForeignFolderAndSaysSo() {
    Path docs = dir.resolve("docs");
    Map<String, String> before = outside(docs);
    assertEquals(0, build("--out", docs.toString(), "--force"), cli.err());
    assertEquals("note: --force: replacing '" + docs + "', deleting what Attune did not make: photos/, report.txt\n", cli.err());
    assertFalse(Files.exists(docs.resolve("report.txt")));
    assertTrue(Files.isRegularFile(docs.resolve(".attune-site")));
    assertEquals(before, outside(docs));
  }

  @Test
  void theContentFolderAndFoldersInsideIt() throws IOException {
    assertRefused(content, "refusing to build into '" + content + "': it is the content folder '" + content + "'");
    assertRefused(content.resolve("lessons"), "refusing to build into '" + content.resolve("lessons") + "': it is inside the content folder '"
        + content + "', so the site would be mixed into the course's own files");
    assertRefused(content.resolve("site"), "refusing to build into '" + content.resolve("site") + "': it is inside the content folder '"
        + content + "', so the site would be mixed into the course's own files");
    assertRefused(course, "refusing to build into '" + course + "': it holds the content folder '" + content + "'");
    assertRefused(content, "refusing to build into '" + content + "': it is the content folder '" + content + "'", "--force");
  }

  @Test
  void theContentFolderThroughLinks() throws IOException {
    Path toContent = link("site", content);
    assertRefused(toContent, "refusing to build into '" + toContent + "' (which leads to '" + content + "'): it is the content folder '" + content + "'");
    assertRefused(toContent.resolve("lessons"), "refusing to build into '" + toContent.resolve("lessons") + "' (which leads to '"
        + content.resolve("lessons") + "'): it is inside the content folder '" + content + "', so the site would be mixed into the course's own files");
    Path toCourse = link("up", course);
    assertRefused(toCourse, "refusing to build into '" + toCourse + "' (which leads to '" + course + "'): it holds the content folder '" + content + "'");
    assertRefused(toCourse, "refusing to build into '" + toCourse + "' (which leads to '" + course + "'): it holds the content folder '" + content + "'",
        "--force");
  }

  @Test
  void theTemplatesFolderAndFoldersInsideItDirectlyAndThroughLinks() throws IOException {
    assertRefused(templates, "refusing to build into '" + templates + "': it is the templates folder '" + templates + "'");
    assertRefused(templates.resolve("assets"), "refusing to build into '" + templates.resolve("assets") + "': it is inside the templates folder '"
        + templates + "', so the site would be mixed into the course's own files");
    Path toAssets = link("site", templates.resolve("assets"));
    assertRefused(toAssets, "refusing to build into '" + toAssets + "' (which leads to '" + templates.resolve("assets")
        + "'): it is inside the templates folder '" + templates + "', so the site would be mixed into the course's own files");
    Path toTemplates = link("t", templates);
    assertRefused(toTemplates, "refusing to build into '" + toTemplates + "' (which leads to '" + templates + "'): it is the templates folder '"
        + templates + "'");
  }

  /**
   * Without --templates, the override folder is found once course.yml is read, and is just as
   * protected, --force or not: the course is read, but nothing is written.
   */
  @Test
  void theOverrideFolderFoundBesideTheContentOrByThemeInCourseYml() throws IOException {
    templatesOption = false;
    assertRefused(templates, "refusing to build into '" + templates + "': it is the templates folder '" + templates + "'", "--force");
    org.apache.commons.io.file.PathUtils.deleteDirectory(templates);
    // Not made yet, but the next build would read the site as the course's templates.
    assertRefused(templates, "refusing to build into '" + templates + "': it is the templates folder '" + templates + "'");
    Path named = Files.createDirectories(dir.resolve("my-theme"));
    Files.writeString(content.resolve("course.yml"), Files.readString(content.resolve("course.yml")) + "theme: ../../my-theme\n");
    assertRefused(named, "refusing to build into '" + named + "': it is the templates folder '" + named + "'");
    assertRefused(named.resolve("assets"), "refusing to build into '" + named.resolve("assets") + "': it is inside the templates folder '"
        + named + "', so the site would be mixed into the course's own files");
    assertRefused(dir.resolve("site"), "refusing to keep the PDF cache in '" + named.resolve("cache") + "': it is inside the templates folder '"
        + named + "'", "--cache", named.resolve("cache").toString());
  }

  /** Nothing is built: the guard refuses before the course is read, and the folder is not empty either. */
  @Test
  void theRootOfTheFileSystem() throws IOException {
    assertRefused(Path.of("/"), "refusing to build into '/': it is the root of the file system");
    Path toRoot = link("site", Path.of("/"));
    assertRefused(toRoot, "refusing to build into '" + toRoot + "' (which leads to '/'): it is the root of the file system");
  }

  @Test
  void aFileIsNotAFolder() {
    Path file = dir.resolve("docs/report.txt");
    assertRefused(file, "cannot build into '" + file + "': it is a file, not a folder");
  }

  @Test
  void thePdfCacheMayNotGoIntoTheCourse() {
    Path cache = content.resolve("cache");
    assertRefused(dir.resolve("site"), "refusing to keep the PDF cache in '" + cache + "': it is inside the content folder '" + content + "'",
        "--cache", cache.toString());
  }

  @Test
  void aSiteAttuneBuiltIsReplacedAndOnlyItsFilesGo() throws IOException {
    Path site = dir.resolve("site");
    assertEquals(0, build("--out", site.toString()), cli.err());
    Map<String, String> before = outside(site);
    Files.delete(content.resolve("pages/hidden.md"));
    assertEquals(0, build("--out", site.toString()), cli.err());
    assertEquals("", cli.err());
    assertFalse(Files.exists(site.resolve("hidden")));
    before.remove("course/content/pages/hidden.md");
    assertEquals(before, outside(site));
    assertEquals(List.of(), Tree.leftBeside(dir, "site"), "no lock or staging folder is left beside the site");
  }

  @Test
  void filesAPersonAddedToASiteAreNotDeleted() throws IOException {
    Path site = dir.resolve("site");
    assertEquals(0, build("--out", site.toString()), cli.err());
    TestCourses.write(site.resolve("CNAME"), "course.example.org");
    TestCourses.write(site.resolve("lessons/my-notes.txt"), "notes");
    assertRefused(site, "refusing to replace '" + site + "': it holds files that Attune did not make (CNAME, lessons/my-notes.txt)");
    assertTrue(cli.err().contains("hint: move them out of the site folder (files to publish belong in the content folder), "
        + "or build again with --force to delete them"), cli.err());
    Map<String, String> before = outside(site);
    assertEquals(0, build("--out", site.toString(), "--force"), cli.err());
    assertEquals("note: --force: replacing '" + site + "', deleting what Attune did not make: CNAME, lessons/my-notes.txt\n", cli.err());
    assertFalse(Files.exists(site.resolve("CNAME")));
    assertEquals(before, outside(site));
  }

  /** The committed site/ predates the marker: it is known by its generator tag and theme folder. */
  @Test
  void aSiteFromBeforeTheMarkerIsReplacedAndGetsTheMarker() throws IOException {
    Path site = dir.resolve("site");
    assertEquals(0, build("--out", site.toString()), cli.err());
    Files.delete(site.resolve(".attune-site"));
    Map<String, byte[]> first = Dirs.snapshot(site);
    Map<String, String> before = outside(site);
    assertEquals(0, build("--out", site.toString()), cli.err());
    assertEquals("", cli.err());
    assertTrue(Files.readString(site.resolve(".attune-site")).startsWith("attune-site 1\n"));
    Map<String, byte[]> second = Dirs.snapshot(site);
    second.remove(".attune-site");
    assertEquals(first.keySet(), second.keySet());
    assertEquals(before, outside(site));
  }

  @Test
  void theSitesOwnLinkIsFollowedToAFolderOfItsOwn() throws IOException {
    Path real = Files.createDirectories(dir.resolve("www/course"));
    Path site = link("site", real);
    Map<String, String> before = outside(real);
    assertEquals(0, build("--out", site.toString()), cli.err());
    assertTrue(Files.isSymbolicLink(site), "the link stays a link");
    assertTrue(Files.isRegularFile(real.resolve("index.html")));
    assertEquals(before, outside(real));
    assertEquals(0, build("--out", site.toString()), cli.err());
    assertTrue(Files.isRegularFile(real.resolve("index.html")));
  }

  // The real jar in a working folder and home of the test's making: these rules depend on them.

  @Test
  void theWorkingFolderAndTheRepositoryRoot() throws IOException {
    Files.createDirectories(course.resolve(".git"));
    Path notes = Files.createDirectories(course.resolve("notes"));
    TestCourses.write(notes.resolve("todo.txt"), "write lesson 4");
    Map<String, String> before = Tree.snapshot(dir);
    JavaProcess.Run dot = JavaProcess.attune(notes, Map.of(), List.of(), "build", "--content", "../content", "--out", ".");
    assertEquals(2, dot.exit(), dot.err());
    assertTrue(dot.err().startsWith("error: refusing to build into '.' (which leads to '" + notes + "'): it is the folder you are working in\n"),
        dot.err());
    JavaProcess.Run root = JavaProcess.attune(notes, Map.of(), List.of(), "build", "--content", "../content", "--out", "../../course");
    assertEquals(2, root.exit(), root.err());
    assertTrue(root.err().startsWith("error: refusing to build into '../../course' (which leads to '" + course + "'): it holds the content folder"),
        root.err());
    Path otherContent = TestCourses.copy(TestCourses.content("basic"), dir.resolve("elsewhere"));
    JavaProcess.Run repository = JavaProcess.attune(notes, Map.of(), List.of(), "build", "--content", otherContent.toString(), "--out", "..");
    assertEquals(2, repository.exit(), repository.err());
    assertTrue(repository.err().startsWith("error: refusing to build into '..' (which leads to '" + course
        + "'): it is the root of the repository you are working in\n"), repository.err());
    before.putAll(Tree.snapshot(dir, path -> path.startsWith("elsewhere")));
    assertEquals(before, Tree.snapshot(dir));
  }

  @Test
  void homeFolders() throws IOException {
    Path home = Files.createDirectories(dir.resolve("people/alice"));
    TestCourses.write(home.resolve("letters/mum.txt"), "dear mum");
    Path toHome = link("my-home", home);
    Map<String, String> before = Tree.snapshot(dir);
    for (String out : List.of(home.toString(), toHome.toString(), home.getParent().toString())) {
      JavaProcess.Run run = JavaProcess.attune(dir, Map.of("HOME", home.toString()), List.of("-Duser.home=" + home),
          "build", "--content", content.toString(), "--out", out, "--force");
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().startsWith("error: refusing to build into '" + out + "'"), run.err());
      assertTrue(run.err().contains("it is a home folder") || run.err().contains("it holds the home folder '" + home + "'"), run.err());
    }
    assertEquals(before, Tree.snapshot(dir));
  }

  /** The guide quotes this message; it must be what the tool says. */
  @Test
  void theAuthorsGuideQuotesTheRealMessage() throws IOException {
    Files.move(content, dir.resolve("content"));
    assertEquals(0, JavaProcess.attune(dir, Map.of(), List.of(), "build").exit());
    TestCourses.write(dir.resolve("site/CNAME"), "course.example.org");
    JavaProcess.Run run = JavaProcess.attune(dir, Map.of(), List.of(), "build");
    assertEquals(2, run.exit());
    String guide = Files.readString(Path.of("docs/authoring.md"));
    assertTrue(guide.contains("  ```\n" + run.err().indent(2) + "  ```\n"), run.err());
  }
}
