package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.TestCourses;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;
  private final CliRunner cli = new CliRunner();

  private int run(String... args) {
    return cli.run(args);
  }

  private String out() {
    return cli.out();
  }

  private String err() {
    return cli.err();
  }

  @Test
  void helpListsCommandsAndExamples() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("Commands:"), out());
    assertTrue(out().contains("build"), out());
    assertTrue(out().contains("Examples:"), out());
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String command : new String[] {"build", "check", "serve", "export"}) {
      cli.reset();
      assertEquals(0, run(command, "--help"));
      assertTrue(out().contains("Examples:"), command + ": " + out());
      assertTrue(out().contains("--content"), command + ": " + out());
    }
  }

  @Test
  void versionComesFromTheBuild() {
    assertEquals(0, run("--version"));
    assertTrue(out().matches("attune \\d+\\.\\d+\\.\\d+.*\\R"), out());
    cli.reset();
    assertEquals(0, run("build", "--version"));
    assertTrue(out().startsWith("attune "), out());
  }

  @Test
  void usageMistakesExitWithTwo() {
    assertEquals(2, run());
    assertEquals(2, run("build", "--no-such-option"));
    assertEquals(2, run("frobnicate"));
  }

  @Test
  void aMissingContentFolderIsAUsageMistakeWithAHint() {
    assertEquals(2, run("build", "--content", dir.resolve("nope").toString(), "--out", dir.resolve("site").toString()));
    assertTrue(err().contains("error: the content folder"), err());
    assertTrue(err().contains("hint: run attune in the course's folder, or pass --content DIR"), err());
  }

  @Test
  void refusesAnOutputFolderThatHoldsTheContent() {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    assertEquals(2, run("build", "--content", content.toString(), "--out", dir.toString()));
    assertTrue(err().startsWith("error: refusing to build into '" + dir + "': it holds the content folder '" + content + "'\n"), err());
    assertTrue(Files.exists(content.resolve("course.yml")));
  }

  @Test
  void buildsACourseAndSummarizesInOneLine() {
    Path site = dir.resolve("site");
    assertEquals(0, run("build", "--content", TestCourses.content("basic").toString(), "--out", site.toString()));
    assertTrue(out().matches("Built 7 pages and \\d+ files into .*site/ in \\d+\\.\\d\\d s\\R"), out());
    assertEquals("", err());
    assertTrue(Files.isRegularFile(site.resolve("lessons/first-steps/index.html")));
  }

  @Test
  void contentErrorsExitWithOneListEveryErrorAndLeaveTheSiteAlone() throws Exception {
    Path site = dir.resolve("site");
    assertEquals(0, run("build", "--content", TestCourses.content("basic").toString(), "--out", site.toString()));
    cli.reset();
    TestCourses.write(site.resolve("index.html"), "previous build");
    int code = run("build", "--content", TestCourses.resource("invalid/front-matter/content").toString(), "--out", site.toString());
    assertEquals(1, code);
    assertEquals(8, err().lines().filter(l -> l.contains(": error: ")).count(), err());
    assertTrue(err().contains("01-no-title.md:2:1: error: missing 'title' [A0108]"), err());
    assertTrue(err().contains("Build failed: 8 errors, 0 warnings."), err());
    assertFalse(err().contains("Exception"), err());
    assertFalse(err().contains("\tat "), err());
    assertEquals("previous build", Files.readString(site.resolve("index.html")));
  }

  @Test
  void checkReportsWithoutWriting() {
    assertEquals(0, run("check", "--content", TestCourses.content("basic").toString()));
    assertTrue(out().startsWith("Checked 7 pages in "), out());
    assertTrue(out().contains(": 0 errors, 0 warnings."), out());
    assertEquals(1, run("check", "--content", TestCourses.resource("invalid/links/content").toString()));
    assertTrue(err().contains("Checked 0 pages"), err());
  }

  @Test
  void draftsAreBuiltOnlyWhenAskedFor() {
    Path site = dir.resolve("site");
    assertEquals(0, run("build", "--content", TestCourses.content("basic").toString(), "--out", site.toString()));
    assertFalse(Files.exists(site.resolve("lessons/later")));
    assertEquals(0, run("build", "--drafts", "--content", TestCourses.content("basic").toString(), "--out", site.toString()));
    assertTrue(Files.exists(site.resolve("lessons/later/index.html")));
  }

  @Test
  void aBadBaseUrlIsAUsageMistake() {
    assertEquals(2, run("build", "--content", TestCourses.content("basic").toString(), "--out", dir.resolve("s").toString(), "--base-url", "example.org"));
    assertTrue(err().contains("--base-url: 'example.org' is not an http:// or https:// address"), err());
  }

  @Test
  void serveWarnsWhenItIsBoundBeyondThisComputer() throws Exception {
    assertEquals(Optional.empty(), ServeCommand.exposureWarning(InetAddress.getByName("127.0.0.1"), "127.0.0.1", 8000, true));
    assertEquals(Optional.empty(), ServeCommand.exposureWarning(InetAddress.getByName("::1"), "::1", 8000, true));
    assertEquals("warning: --bind 0.0.0.0 shows the preview to other devices: anyone on a network this computer is on who can"
        + " reach port 8000 can see every page of the course, draft lessons and pages included (--drafts is on), and the"
        + " errors of a failed build with their file paths. The preview has no password.\n"
        + "  hint: use it only on a network you trust; other devices open it at http://<this computer's IP address>:8000/"
        + " (by number: the preview refuses other names). Leave out --bind to keep the preview on this computer.",
        ServeCommand.exposureWarning(InetAddress.getByName("0.0.0.0"), "0.0.0.0", 8000, true).orElseThrow());
    String oneNetwork = ServeCommand.exposureWarning(InetAddress.getByName("192.0.2.7"), "192.0.2.7", 8080, false).orElseThrow();
    assertTrue(oneNetwork.startsWith("warning: --bind 192.0.2.7 shows the preview to other devices: anyone on the network of"
        + " 192.0.2.7 who can reach port 8080 can see every page of the course (not the drafts, which only --drafts adds),"), oneNetwork);
    assertTrue(oneNetwork.contains("other devices open it at http://192.0.2.7:8080/. "), oneNetwork);
  }

  @Test
  void servePrintsAnAddressThePreviewAnswers() throws Exception {
    assertEquals("http://127.0.0.1:8000/", ServeCommand.url(InetAddress.getByName("127.0.0.1"), "127.0.0.1", 8000));
    assertEquals("http://localhost:8000/", ServeCommand.url(InetAddress.getByName("0.0.0.0"), "0.0.0.0", 8000));
    assertEquals("http://localhost:8000/", ServeCommand.url(InetAddress.getByName("::"), "::", 8000));
    assertEquals("http://[::1]:8000/", ServeCommand.url(InetAddress.getByName("::1"), "::1", 8000));
  }

  @Test
  void serveOnAnAddressThatIsNotFoundIsAUsageMistake() {
    assertEquals(2, run("serve", "--content", TestCourses.content("basic").toString(), "--port", "0", "--bind", "nowhere.invalid"));
    assertEquals("error: --bind: 'nowhere.invalid' is not an address of this computer\n"
        + "  hint: leave out --bind to preview on this computer only, or use --bind 0.0.0.0 to let other devices see it\n", err());
  }

  @Test
  void displaysFoldersAsTyped() {
    assertEquals("content", SourceOptions.display("./content/"));
    assertEquals("a/b", SourceOptions.display("a\\b"));
  }
}
