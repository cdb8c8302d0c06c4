package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.load.SourceFile;
import dev.attune.testing.TestCourses;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusedAssetsTest {
  @TempDir Path dir;
  private final LinkTable links = new LinkTable(Set.of(), Set.of());
  private final List<SourceFile> files = new ArrayList<>();
  private final Diagnostics diagnostics = new Diagnostics();

  private void file(String path, String text) {
    TestCourses.write(dir.resolve(path), text);
    files.add(new SourceFile(dir.resolve(path), path, "content/" + path));
    links.addAsset(path, path);
  }

  private static List<String> paths(List<SourceFile> files) {
    return files.stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void aFileIsUsedWhenAPageOrAStyleSheetNamesIt() {
    links.addDocument("lessons/01-a.md", "lessons/a/", Set.of());
    file("assets/linked.png", "");
    file("assets/raw.mp4", "");
    file("assets/css/extra.css", "body { background: url( '../img/bg.png' ); }\n@import \"more.css\";\n");
    file("assets/css/more.css", "p { background: url(../img/dots%20small.png) }");
    file("assets/img/bg.png", "");
    file("assets/img/dots small.png", "");
    file("assets/left-over.png", "");
    file("CNAME", "example.org");
    file("downloads/unlinked.pdf", "");
    UnusedAssets use = new UnusedAssets(links);
    use.addresses("lessons/01-a.md", "lessons/a/", List.of("../assets/linked.png", "../../assets/raw.mp4", "https://example.org/x.png", "#top"));
    use.styleSheets(files);
    assertEquals(List.of("assets/css/extra.css", "assets/left-over.png"), paths(use.unused(files)),
        "a style sheet that nothing loads is unused itself; files outside assets/ are published on purpose");
  }

  @Test
  void aFileNamedByTheOverrideFolderIsUsedAndTheOthersAreWarnedAbout() {
    file("assets/logo.svg", "");
    file("assets/caf\u00E9 menu.png", "");
    file("assets/old.png", "");
    Map<String, ByteBuffer> theme = Map.of(
        "layout.ftlh", ByteBuffer.wrap("<img src=\"${page.root}assets/logo.svg\" alt=\"\">".getBytes(StandardCharsets.UTF_8)),
        "assets/css/site.css", ByteBuffer.wrap("h1 { background: url(../../assets/caf%C3%A9%20menu.png) }".getBytes(StandardCharsets.UTF_8)));
    UnusedAssets.report(files, theme, diagnostics);
    assertEquals(List.of("content/assets/old.png: warning: nothing links to this file, so no learner will come across it [A0219]"
        + System.lineSeparator() + "  hint: link to it or show it in a lesson or page (from a lesson, its address is ../assets/old.png), or delete it;"
        + " to publish it on purpose without a link, move it out of assets/"), diagnostics.sorted().stream().map(Diagnostic::format).toList());
  }
}
