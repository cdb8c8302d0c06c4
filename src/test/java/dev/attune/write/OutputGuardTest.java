package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folders a site may never replace, each given directly and through a link. Only the guard
 * runs here: nothing is built, so '/' and home folders can be tried safely.
 */
class OutputGuardTest {
  @TempDir Path temp;
  Path dir;
  Path course;
  Path content;
  Path templates;
  Path work;
  Path home;
  Path homes;
  OutputGuard guard;

  @BeforeEach
  void world() throws IOException {
    dir = temp.toRealPath();
    course = dir.resolve("course");
    content = Files.createDirectories(course.resolve("content/lessons"));
    content = content.getParent();
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    templates = Files.createDirectories(course.resolve("templates/assets"));
    templates = templates.getParent();
    Files.createDirectories(course.resolve(".git"));
    work = Files.createDirectories(course.resolve("notes"));
    home = Files.createDirectories(dir.resolve("people/alice"));
    homes = Files.createDirectories(dir.resolve("homes/bob")).getParent();
    TestCourses.write(dir.resolve("file.txt"), "a file");
    guard = new OutputGuard(content, "content", Optional.of(templates), "templates", new HostFolders(work, List.of(home), List.of(homes)));
  }

  private String refusal(Path out) {
    return assertThrows(OutputRefused.class, () -> guard.check(out)).getMessage();
  }

  private Path link(String name, Path target) throws IOException {
    return Files.createSymbolicLink(dir.resolve(name), target);
  }

  @Test
  void theContentFolderAndEveryFolderInOrAboveIt() throws IOException {
    assertEquals("refusing to build into '" + content + "': it is the content folder 'content'", refusal(content));
    assertEquals("refusing to build into '" + content.resolve("lessons") + "': it is inside the content folder 'content', "
        + "so the site would be mixed into the course's own files", refusal(content.resolve("lessons")));
    assertEquals("refusing to build into '" + content.resolve("site") + "': it is inside the content folder 'content', "
        + "so the site would be mixed into the course's own files", refusal(content.resolve("site")));
    assertEquals("refusing to build into '" + course + "': it holds the content folder 'content'", refusal(course));
    assertEquals("refusing to build into '" + dir + "': it holds the content folder 'content'", refusal(dir));
  }

  @Test
  void theContentFolderThroughLinks() throws IOException {
    Path toContent = link("site", content);
    assertEquals("refusing to build into '" + toContent + "' (which leads to '" + content + "'): it is the content folder 'content'",
        refusal(toContent));
    assertEquals("refusing to build into '" + toContent.resolve("lessons") + "' (which leads to '" + content.resolve("lessons")
        + "'): it is inside the content folder 'content', so the site would be mixed into the course's own files",
        refusal(toContent.resolve("lessons")));
    Path toParent = link("up", course);
    assertEquals("refusing to build into '" + toParent + "' (which leads to '" + course + "'): it holds the content folder 'content'",
        refusal(toParent));
    Path chain = link("chain", toContent);
    assertEquals("refusing to build into '" + chain + "' (which leads to '" + content + "'): it is the content folder 'content'",
        refusal(chain));
    Path dangling = link("later", content.resolve("not-yet"));
    assertEquals("refusing to build into '" + dangling + "' (which leads to '" + content.resolve("not-yet")
        + "'): it is inside the content folder 'content', so the site would be mixed into the course's own files", refusal(dangling));
    Path relative = Files.createSymbolicLink(dir.resolve("relative"), Path.of("course/./templates/../content"));
    assertEquals("refusing to build into '" + relative + "' (which leads to '" + content + "'): it is the content folder 'content'",
        refusal(relative));
  }

  @Test
  void theTemplatesFolderDirectlyAndThroughLinks() throws IOException {
    assertEquals("refusing to build into '" + templates + "': it is the templates folder 'templates'", refusal(templates));
    assertEquals("refusing to build into '" + templates.resolve("assets") + "': it is inside the templates folder 'templates', "
        + "so the site would be mixed into the course's own files", refusal(templates.resolve("assets")));
    Path toAssets = link("site", templates.resolve("assets"));
    assertEquals("refusing to build into '" + toAssets + "' (which leads to '" + templates.resolve("assets")
        + "'): it is inside the templates folder 'templates', so the site would be mixed into the course's own files", refusal(toAssets));
    Path toTemplates = link("t", templates);
    assertEquals("refusing to build into '" + toTemplates + "' (which leads to '" + templates + "'): it is the templates folder 'templates'",
        refusal(toTemplates));
  }

  @Test
  void homeFolders() throws IOException {
    assertEquals("refusing to build into '" + home + "': it is a home folder", refusal(home));
    assertEquals("refusing to build into '" + home.getParent() + "': it holds the home folder '" + home + "'", refusal(home.getParent()));
    assertEquals("refusing to build into '" + homes.resolve("bob") + "': it is a home folder", refusal(homes.resolve("bob")));
    assertEquals("refusing to build into '" + homes.resolve("carol") + "': it is a home folder", refusal(homes.resolve("carol")));
    assertEquals("refusing to build into '" + homes + "': it holds the home folders in '" + homes + "'", refusal(homes));
    Path toHome = link("site", home);
    assertEquals("refusing to build into '" + toHome + "' (which leads to '" + home + "'): it is a home folder", refusal(toHome));
  }

  @Test
  void theRootOfTheFileSystem() throws IOException {
    Path root = dir.getRoot();
    assertEquals("refusing to build into '" + root + "': it is the root of the file system", refusal(root));
    Path toRoot = link("site", root);
    assertEquals("refusing to build into '" + toRoot + "' (which leads to '" + root + "'): it is the root of the file system", refusal(toRoot));
    Path up = dir.resolve("../../../../../../../../..");
    assertEquals("refusing to build into '" + up + "' (which leads to '" + root + "'): it is the root of the file system", refusal(up));
  }

  @Test
  void theRepositoryAndTheWorkingFolder() throws IOException {
    OutputGuard elsewhere = new OutputGuard(Files.createDirectories(dir.resolve("other/content")), "content", Optional.empty(), "",
        new HostFolders(work, List.of(), List.of()));
    assertEquals("refusing to build into '" + course + "': it is the root of the repository you are working in",
        assertThrows(OutputRefused.class, () -> elsewhere.check(course)).getMessage());
    assertEquals("refusing to build into '" + work + "': it is the folder you are working in",
        assertThrows(OutputRefused.class, () -> elsewhere.check(work)).getMessage());
    Path toWork = link("site", work);
    assertEquals("refusing to build into '" + toWork + "' (which leads to '" + work + "'): it is the folder you are working in",
        assertThrows(OutputRefused.class, () -> elsewhere.check(toWork)).getMessage());
  }

  @Test
  void aFileIsNotAFolder() throws IOException {
    OutputRefused refused = assertThrows(OutputRefused.class, () -> guard.check(dir.resolve("file.txt")));
    assertEquals("cannot build into '" + dir.resolve("file.txt") + "': it is a file, not a folder", refused.getMessage());
    assertEquals("choose another --out", refused.hint());
    assertEquals("cannot build into '" + dir.resolve("dev-null") + "' (which leads to '/dev/null'): it is a file, not a folder",
        refusal(link("dev-null", Path.of("/dev/null"))));
    assertEquals("cannot build into '" + dir.resolve("file.txt/site") + "': '" + dir.resolve("file.txt") + "' is a file, not a folder",
        refusal(dir.resolve("file.txt/site")));
  }

  @Test
  void everyRefusalSaysWhatToDo() {
    OutputRefused refused = assertThrows(OutputRefused.class, () -> guard.check(content));
    assertEquals("the build replaces its output folder as a whole: give the site a folder of its own, e.g. --out site", refused.hint());
  }

  @Test
  void aFolderOfItsOwnIsAccepted() throws Exception {
    assertEquals(dir.resolve("site"), guard.check(dir.resolve("site")));
    assertEquals(course.resolve("site"), guard.check(course.resolve("site")), "beside the content, inside the repository");
    assertEquals(home.resolve("courses/site"), guard.check(home.resolve("courses/site")), "inside a home folder");
    Path elsewhere = Files.createDirectories(dir.resolve("www/real-site"));
    assertEquals(elsewhere, guard.check(link("site-link", elsewhere)), "a link is followed to where the site goes");
  }

  @Test
  void theCacheStaysOutOfTheSourcesAndTheSite() throws Exception {
    Path site = dir.resolve("site");
    for (Map.Entry<Path, String> bad : Map.of(content.resolve("cache"), "the content folder 'content'",
        templates, "the templates folder 'templates'", site.resolve("cache"), "the output folder").entrySet()) {
      OutputRefused refused = assertThrows(OutputRefused.class, () -> guard.checkCache(bad.getKey(), site));
      assertEquals("refusing to keep the PDF cache in '" + bad.getKey() + "': it is inside " + bad.getValue(), refused.getMessage());
    }
    guard.checkCache(dir.resolve(".site.attune-cache"), site);
  }

  @Test
  void theMachinesOwnFoldersAreFound() throws IOException {
    Path passwd = dir.resolve("passwd");
    TestCourses.write(passwd, "root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nbroken line\n");
    assertEquals(List.of(Path.of("/root"), Path.of("/var/www")), HostFolders.passwdHomes(passwd));
    assertEquals(List.of(), HostFolders.passwdHomes(dir.resolve("no-passwd")));
    HostFolders current = HostFolders.current();
    assertEquals(Path.of("").toAbsolutePath(), current.workingDir());
    assertEquals(Path.of(System.getProperty("user.home")), current.homes().get(0));
  }
}
