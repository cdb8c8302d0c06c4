package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.Bytes;
import dev.attune.testing.CliRunner;
import dev.attune.testing.Dirs;
import dev.attune.testing.FileNames;
import dev.attune.testing.SiteLinks;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad or hostile input files, each with the exact outcome of a build: what it reports, and for
 * a build that succeeds, what it publishes. These are made at run time rather than kept under
 * {@code src/test/resources/invalid}, because links, bytes that are not UTF-8 and names in NFD
 * do not survive every checkout.
 */
class HostileInputsIT {
  private static final String SECRET = "TOP SECRET, outside the content folder";
  private static final String OUTSIDE_HINT = "  hint: copy what it leads to into the content folder instead of linking to it: "
      + "links are followed only when they stay inside the content folder";

  @TempDir Path dir;

  /**
   * A clean course: one lesson and the home text showing a picture (the home text keeps it in use
   * when a test writes another lesson); and a secret file beside the content folder.
   */
  private Path course() {
    Path content = dir.resolve("course/content");
    TestCourses.write(content.resolve("course.yml"), "title: Hostile\n");
    TestCourses.write(content.resolve("index.md"), "![A picture](assets/pic.svg)\n");
    TestCourses.write(content.resolve("lessons/01-one.md"), "---\ntitle: One\n---\n## Start\n\n![A picture](../assets/pic.svg)\n");
    TestCourses.write(content.resolve("assets/pic.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    TestCourses.write(dir.resolve("outside/secret.txt"), SECRET);
    return content;
  }

  private Path site() {
    return dir.resolve("site");
  }

  private BuildResult build(Path content) {
    return new SiteBuilder(BuildListener.SILENT).build(new BuildOptions(content, "content", Optional.empty(), "", site(),
        Optional.empty(), false, false, Optional.empty(), false));
  }

  /** The build's diagnostics as printed, with the temporary folder written as {@code <tmp>}. */
  private String report(BuildResult result) throws IOException {
    String real = dir.toRealPath().toString();
    return result.diagnostics().sorted().stream()
        .map(Diagnostic::format)
        .map(s -> s.replace(System.lineSeparator(), "\n").replace(real, "<tmp>").replace(dir.toString(), "<tmp>"))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private void assertRefused(BuildResult result, String expected) throws IOException {
    assertEquals(expected, report(result));
    assertFalse(result.written());
    assertFalse(Files.exists(site()), "nothing is published");
  }

  /** The site's files, without the theme's. */
  private Map<String, byte[]> published() {
    Map<String, byte[]> files = Dirs.snapshot(site());
    files.keySet().removeIf(path -> path.startsWith("theme/"));
    return files;
  }

  private void assertNothingFromOutside() {
    for (Map.Entry<String, byte[]> file : Dirs.snapshot(site()).entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.ISO_8859_1);
      assertFalse(text.contains(SECRET) || text.contains("root:x:0:0"), file.getKey() + " holds a file from outside the content folder");
    }
  }

  private static Document page(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  // Links (symbolic links)

  @Test
  void aLinkToEtcPasswdIsRefusedWithExitOne() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/passwd.txt"), Path.of("/etc/passwd"));
    CliRunner cli = new CliRunner();
    int exit = cli.run("build", "--content", content.toString(), "--out", site().toString(), "--no-pdf");
    assertEquals(1, exit);
    assertTrue(cli.err().replace(System.lineSeparator(), "\n").startsWith(
        content + "/assets/passwd.txt: error: this link leads to '/etc/passwd', outside the content folder [A0207]\n" + OUTSIDE_HINT + "\n"), cli.err());
    assertFalse(Files.exists(site()));
  }

  @Test
  void linksToFilesAndFoldersOutsideAreRefusedAtAnyDepth() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/secret.txt"), Path.of("../../../outside/secret.txt"));
    Files.createDirectories(content.resolve("assets/a/b"));
    Files.createSymbolicLink(content.resolve("assets/a/b/c"), dir.resolve("outside"));
    Files.createSymbolicLink(content.resolve("lessons/02-passwd.md"), Path.of("/etc/passwd"));
    assertRefused(build(content), """
        content/assets/a/b/c: error: this link leads to '<tmp>/outside', outside the content folder [A0207]
        %1$s
        content/assets/secret.txt: error: this link leads to '../../../outside/secret.txt' (<tmp>/outside/secret.txt), outside the content folder [A0207]
        %1$s
        content/lessons/02-passwd.md: error: this link leads to '/etc/passwd', outside the content folder [A0207]
        %1$s
        """.formatted(OUTSIDE_HINT));
  }

  @Test
  void linksInsideTheContentFolderArePublishedUnderTheirOwnNames() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/alias.svg"), Path.of("pic.svg"));
    Files.createDirectories(content.resolve("more"));
    Files.createSymbolicLink(content.resolve("more/images"), Path.of("../assets"));
    TestCourses.write(content.resolve("lessons/01-one.md"), "---\ntitle: One\n---\n![A](../assets/alias.svg) ![B](../more/images/pic.svg)\n");
    BuildResult result = build(content);
    assertEquals("\n", report(result));
    assertEquals(List.of(".attune-site", "404.html", "assets/alias.svg", "assets/pic.svg", "index.html", "lessons/one/index.html",
        "more/images/alias.svg", "more/images/pic.svg"), List.copyOf(published().keySet()));
    assertArrayEquals(Files.readAllBytes(content.resolve("assets/pic.svg")), published().get("assets/alias.svg"), "the file the link leads to");
    assertEquals(List.of(), SiteLinks.broken(site()));
    assertNothingFromOutside();
  }

  @Test
  void theContentFolderMayBeALink() throws Exception {
    Path content = course();
    Path link = Files.createSymbolicLink(dir.resolve("content-link"), content);
    CliRunner cli = new CliRunner();
    assertEquals(0, cli.run("build", "--content", link.toString(), "--out", site().toString(), "--no-pdf"), cli.out() + cli.err());
    assertEquals(List.of(".attune-site", "404.html", "assets/pic.svg", "index.html", "lessons/one/index.html"), List.copyOf(published().keySet()));
  }

  @Test
  void aLinkLoopIsRefusedAndADanglingLinkWarned() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/loop"), Path.of(".."));
    Files.createSymbolicLink(content.resolve("assets/gone.svg"), Path.of("nowhere.svg"));
    assertRefused(build(content), """
        content/assets/gone.svg: warning: this link leads nowhere, so nothing is published for it [A0205]
          hint: point the link at a file in the content folder, or remove it
        content/assets/loop: error: this link leads to '..' (<tmp>/course/content), a folder that holds the link, so the folder would never end [A0208]
          hint: remove the link, or point it at a folder beside this one
        """);
  }

  // Files that are not UTF-8 text

  @Test
  void aLessonThatIsNotUtf8IsReportedAtItsFirstBadByteAndNothingElse() throws Exception {
    Path content = course();
    TestCourses.write(content.resolve("lessons/01-one.md"), "---\ntitle: One\n---\nSee [two](02-two.md), [its part](02-two.md#part) and [the end](02-two.md#end).\n");
    Files.write(content.resolve("lessons/02-two.md"), Bytes.of("---\ntitle: Two\n---\n## Part\n\nGood line\ncafé ", 0xE9, "t", 0xE9, "\n"));
    TestCourses.write(content.resolve("worksheets/check-in.md"), "---\ntitle: Check in\nlesson: ../lessons/02-two.md\n---\n### How are you? {#how kind=short}\n");
    assertRefused(build(content), """
        content/lessons/02-two.md:7:6: error: the file is not valid UTF-8 text: the byte 0xE9 here cannot be read as UTF-8 [A0202]
          hint: save it with the UTF-8 encoding in your editor (it is probably saved in another one, such as Windows-1252)
        """);
  }

  @Test
  void aBinaryFileNamedMdSaysItLooksBinary() throws Exception {
    Path content = course();
    Files.write(content.resolve("lessons/02-two.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    TestCourses.write(content.resolve("lessons/01-one.md"), "---\ntitle: One\n---\nSee [two](02-two.md).\n");
    assertRefused(build(content), """
        content/lessons/02-two.md:1:1: error: the file is not valid UTF-8 text: the byte 0x89 here cannot be read as UTF-8 [A0202]
          hint: this looks like a binary file, not text: give it the extension of what it is (e.g. .png), or replace it with the text
        """);
  }

  @Test
  void aCourseFileInLatin1IsOneErrorNotAMissingCourseFile() throws Exception {
    Path content = course();
    Files.write(content.resolve("course.yml"), Bytes.of("title: Caf", 0xE9, "\n"));
    assertRefused(build(content), """
        content/course.yml:1:11: error: the file is not valid UTF-8 text: the byte 0xE9 here cannot be read as UTF-8 [A0202]
          hint: save it with the UTF-8 encoding in your editor (it is probably saved in another one, such as Windows-1252)
        """);
  }

  // Names

  @Test
  void assetNamesWithSpacesHashesAndPercentSignsAreLinkedEncoded() throws Exception {
    Path content = course();
    for (String name : List.of("a b#1.svg", "50%.svg", "what?.svg", "c++.svg")) {
      TestCourses.write(content.resolve("assets/" + name), "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + name.replace("&", "") + "</title></svg>\n");
    }
    TestCourses.write(content.resolve("lessons/01-one.md"), """
        ---
        title: One
        ---
        ![A](../assets/a%20b%231.svg)
        ![B](<../assets/a b#1.svg>)
        ![C](../assets/50%25.svg)
        ![D](../assets/50%.svg)
        ![E](../assets/what%3F.svg)
        ![F](../assets/c++.svg)
        """);
    BuildResult result = build(content);
    assertEquals("\n", report(result));
    Path lesson = site().resolve("lessons/one/index.html");
    List<String> sources = page(lesson).select("main img").eachAttr("src");
    assertEquals(List.of("../../assets/a%20b%231.svg", "../../assets/a%20b%231.svg", "../../assets/50%25.svg", "../../assets/50%25.svg",
        "../../assets/what%3F.svg", "../../assets/c++.svg"), sources);
    for (String src : sources) {
      Path file = lesson.getParent().resolve(URI.create(src).getPath()).normalize();
      assertTrue(Files.isRegularFile(file), src + " leads to " + file);
    }
    assertTrue(Files.isRegularFile(site().resolve("assets/a b#1.svg")), "the file keeps its name on disk");
    assertEquals(List.of(), SiteLinks.broken(site()));
  }

  @Test
  void lessonsNamedInAnyScriptGetAddressesOfTheirOwn() throws Exception {
    FileNames.assumeUtf8();
    Path content = course();
    String quiz = ":::quiz\n### Right? {#right}\n\n- [x] Yes\n- [ ] No\n:::\n";
    TestCourses.write(content.resolve("lessons/02-日本語.md"), "---\ntitle: Japanese\n---\n## 見出し\n\n" + quiz);
    TestCourses.write(content.resolve("lessons/03-привет.md"), "---\ntitle: Russian\n---\n## Заголовок\n\n" + quiz);
    TestCourses.write(content.resolve("lessons/04-Ελληνικά.md"), "---\ntitle: Greek\n---\n[Back](02-日本語.md#見出し), "
        + "[Russian](03-%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82.md#заголовок)\n");
    BuildResult result = build(content);
    assertEquals("\n", report(result), "and no clash of the two quizzes' ids");
    assertEquals(List.of(".attune-site", "404.html", "answer-key/index.html", "assets/pic.svg", "index.html", "lessons/one/index.html", "lessons/ελληνικά/index.html",
        "lessons/привет/index.html", "lessons/日本語/index.html"), List.copyOf(published().keySet()));
    Document greek = page(site().resolve("lessons/ελληνικά/index.html"));
    assertEquals(List.of("../%E6%97%A5%E6%9C%AC%E8%AA%9E/#%E8%A6%8B%E5%87%BA%E3%81%97",
        "../%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/#%D0%B7%D0%B0%D0%B3%D0%BE%D0%BB%D0%BE%D0%B2%D0%BE%D0%BA"), greek.select("main p a").eachAttr("href"));
    assertEquals(List.of(), SiteLinks.broken(site()), "every link leads to its file and heading");
  }

  @Test
  void namesWithoutLettersAreErrorsThatSayWhatToDo() throws Exception {
    FileNames.assumeUtf8();
    Path content = course();
    TestCourses.write(content.resolve("lessons/02-🙂.md"), "---\ntitle: Smile\n---\n");
    TestCourses.write(content.resolve("lessons/03-🎉🎉.md"), "---\ntitle: Party\n---\n");
    assertRefused(build(content), """
        content/lessons/02-🙂.md: error: this file's name has no letter or digit to make its address of [A0213]
          hint: rename the file so that its name has a word in it, e.g. '02-welcome.md' (the address is made of its letters and digits)
        content/lessons/03-🎉🎉.md: error: this file's name has no letter or digit to make its address of [A0213]
          hint: rename the file so that its name has a word in it, e.g. '03-welcome.md' (the address is made of its letters and digits)
        """);
  }

  @Test
  void aLinkWrittenInNfdFindsAFileNamedInNfcAndTheOtherWayRound() throws Exception {
    FileNames.assumeUtf8();
    Path content = course();
    String nfc = "caf\u00E9";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    TestCourses.write(content.resolve("lessons/02-" + nfc + ".md"), "---\ntitle: Cafe\n---\nx\n");
    TestCourses.write(content.resolve("assets/" + nfd + ".svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    TestCourses.write(content.resolve("lessons/01-one.md"), "---\ntitle: One\n---\n[To the cafe](02-" + nfd + ".md) ![A cup](../assets/" + nfc + ".svg)\n");
    BuildResult result = build(content);
    assertEquals("\n", report(result));
    Document one = page(site().resolve("lessons/one/index.html"));
    assertEquals(List.of("../cafe/"), one.select("main p a").eachAttr("href"));
    assertEquals(List.of("../../assets/caf%C3%A9.svg"), one.select("main p img").eachAttr("src"));
    assertTrue(published().containsKey("assets/" + nfc + ".svg"), "published under its NFC name: " + published().keySet());
    assertEquals(List.of(), SiteLinks.broken(site()));
  }
}
