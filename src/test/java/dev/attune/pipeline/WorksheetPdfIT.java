package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worksheet PDFs a build makes: content, fonts, paper size, tagging, same bytes, and the cache. */
class WorksheetPdfIT {
  @TempDir Path dir;

  private Path build(Path content, String name, Optional<Path> cache) {
    Path site = dir.resolve(name);
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(content, site, cache));
    assertEquals(List.of(), result.diagnostics().sorted());
    assertEquals(3, result.pdfs(), "two worksheets and the workbook");
    return site;
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void eachWorksheetAndTheWorkbookHaveTheirPromptsAndAFooter() throws IOException {
    Path site = build(TestCourses.content("worksheets"), "site", Optional.empty());
    String kinds = text(site.resolve("worksheets/kinds.pdf"));
    for (String expected : List.of("Every kind of prompt", "Worksheet Fixture · Lesson 1: Every prompt kind", "1. What happened today?",
        "A few sentences are enough.", "3. How did you feel?", "Drained", "Energized", "I was listened to", "Mostly receiving",
        "What I needed", "Keeping quiet", "Sam", "Alex", "Page 1 of")) {
      assertTrue(kinds.contains(expected), expected + " in: " + kinds);
    }
    String workbook = text(site.resolve("worksheets/workbook.pdf"));
    assertTrue(workbook.contains("Every kind of prompt") && workbook.contains("A weekly check-in"), workbook);
    assertTrue(Files.size(site.resolve("worksheets/weekly-check-in.pdf")) > 1000);
  }

  @Test
  void fontsAreEmbeddedAndTheDocumentIsTaggedInItsLanguage() throws IOException {
    Path site = build(TestCourses.content("worksheets"), "site", Optional.empty());
    try (PDDocument document = Loader.loadPDF(site.resolve("worksheets/kinds.pdf").toFile())) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
          assertTrue(font.getName().contains("Atkinson"), font.getName());
        }
      }
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
      assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "has a structure tree");
      assertEquals("en", document.getDocumentCatalog().getLanguage());
      assertEquals("Every kind of prompt", document.getDocumentInformation().getTitle());
      PDPage first = document.getPage(0);
      assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4 by default");
      assertEquals(842, Math.round(first.getMediaBox().getHeight()));
    }
  }

  @Test
  void letterPaperWhenTheCourseAsksForIt() throws IOException {
    Path content = TestCourses.copy(TestCourses.content("worksheets"), dir.resolve("letter"));
    Files.writeString(content.resolve("course.yml"), "title: Worksheet Fixture\nid: worksheet-fixture\npaper: letter\n");
    Path site = build(content, "letter-site", Optional.empty());
    try (PDDocument document = Loader.loadPDF(site.resolve("worksheets/kinds.pdf").toFile())) {
      assertEquals(612, Math.round(document.getPage(0).getMediaBox().getWidth()));
      assertEquals(792, Math.round(document.getPage(0).getMediaBox().getHeight()));
    }
  }

  @Test
  void aRebuildGivesTheSameBytesAndReusesTheCache() throws Exception {
    Path cache = dir.resolve("cache");
    Path first = build(TestCourses.content("worksheets"), "first", Optional.of(cache));
    Thread.sleep(1100); // a timestamp in the PDF would now differ
    Path second = build(TestCourses.content("worksheets"), "second", Optional.empty());
    for (String pdf : List.of("kinds.pdf", "weekly-check-in.pdf", "workbook.pdf")) {
      assertArrayEquals(Files.readAllBytes(first.resolve("worksheets/" + pdf)), Files.readAllBytes(second.resolve("worksheets/" + pdf)), pdf);
    }
    List<Path> cached;
    try (Stream<Path> files = Files.list(cache)) {
      cached = files.filter(p -> p.toString().endsWith(".pdf")).toList();
    }
    assertEquals(3, cached.size());
    // Mark every cached PDF: a build that reuses the cache publishes the marked bytes.
    for (Path pdf : cached) {
      Files.write(pdf, "%reused\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);
    }
    Path third = build(TestCourses.content("worksheets"), "third", Optional.of(cache));
    assertTrue(Files.readString(third.resolve("worksheets/kinds.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("%reused\n"));

    Files.writeString(cache.resolve("notes.txt"), "someone's file");
    Path changed = TestCourses.copy(TestCourses.content("worksheets"), dir.resolve("changed"));
    Path lesson = changed.resolve("lessons/01-every-kind.md");
    Files.writeString(lesson, Files.readString(lesson).replace("What happened today?", "What happened this week?"));
    Path fourth = build(changed, "fourth", Optional.of(cache));
    assertTrue(!Files.readString(fourth.resolve("worksheets/kinds.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("%reused\n"),
        "a changed worksheet is laid out again");
    assertTrue(text(fourth.resolve("worksheets/kinds.pdf")).contains("What happened this week?"));
    assertTrue(Files.readString(fourth.resolve("worksheets/weekly-check-in.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("%reused\n"),
        "an unchanged one is not");
    try (Stream<Path> files = Files.list(cache)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(3, names.stream().filter(n -> n.endsWith(".pdf")).count(), "the old worksheet's and workbook's entries are pruned: " + names);
      assertTrue(names.contains("notes.txt"), "a file that is not a cache entry stays: " + names);
      assertTrue(names.contains("build.bin"), names.toString());
    }
  }
}
