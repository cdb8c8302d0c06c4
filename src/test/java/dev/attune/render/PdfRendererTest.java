package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A worksheet-like page through {@link PdfRenderer}, read back with PDFBox. */
class PdfRendererTest {
  private static final PdfMetadata METADATA =
      new PdfMetadata("Week 1 — Listening well", "Ada Lovelace", "Caring Conversations", "en");

  private static String worksheet;
  private static PdfRenderer renderer;
  private static byte[] a4;

  @BeforeAll
  static void render() throws IOException {
    try (InputStream in = PdfRendererTest.class.getResourceAsStream("/pdf/worksheet.xhtml")) {
      worksheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    renderer = new PdfRenderer(Theme.builtIn());
    a4 = renderer.render(worksheet, METADATA);
  }

  @Test
  void textHasThePromptsAndTheFooter() throws IOException {
    String text = text(a4);
    for (String prompt : List.of("1. When did someone last really listen to you?",
        "2. What made it feel like listening — not just waiting to talk?",
        "3. Track one conversation a day this week.", "Wednesday", "Leaving a pause before answering",
        "5. One thing I’ll do differently next week",
        "There are no “right” answers; write what is true for you, café or kitchen table.")) {
      assertTrue(text.contains(prompt), () -> "missing '" + prompt + "' in:\n" + text);
    }
    // The last prompt does not fit under the others and must not be split.
    assertEquals(2, pageCount(a4));
    assertTrue(text.contains("Caring Conversations — Week 1"), text);
    assertTrue(text.contains("Page 1 of 2"), text);
    assertTrue(text.contains("Page 2 of 2"), text);
  }

  @Test
  void everyFontIsEmbeddedAndIsTheThemeFont() throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(a4)) {
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
          assertTrue(font.getName().contains("+AtkinsonHyperlegible-"), () -> font.getName() + " is not a subset of the theme font");
          names.add(font.getName().substring(font.getName().indexOf('+') + 1));
        }
      }
    }
    assertTrue(names.containsAll(List.of("AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold", "AtkinsonHyperlegible-Italic")), names.toString());
  }

  @Test
  void paperSizeComesFromTheCss() throws IOException {
    assertPageSize(a4, PDRectangle.A4);
    assertPageSize(renderer.render(worksheet.replace("size: A4;", "size: letter;"), METADATA), PDRectangle.LETTER);
  }

  @Test
  void isTaggedForAccessibility() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(a4)) {
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      assertNotNull(catalog.getMarkInfo());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertNotNull(catalog.getStructureTreeRoot());
      assertFalse(catalog.getStructureTreeRoot().getKids().isEmpty());
      assertEquals("en", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      assertEquals("Week 1 — Listening well", pdf.getDocumentInformation().getTitle());
      assertEquals("Caring Conversations", pdf.getDocumentInformation().getSubject());
      assertEquals("Attune", pdf.getDocumentInformation().getProducer());
      XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
      assertEquals("Week 1 — Listening well", xmp.getDublinCoreSchema().getTitle());
      assertEquals("Caring Conversations", xmp.getDublinCoreSchema().getDescription());
      assertEquals(List.of("Ada Lovelace"), xmp.getDublinCoreSchema().getCreators());
      assertEquals("Attune", xmp.getAdobePDFSchema().getProducer());
      String packet = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(packet.contains("<pdfuaid:part>1</pdfuaid:part>"), packet);
    }
  }

  @Test
  void metadataWinsOverTheDocument() throws Exception {
    PdfMetadata other = new PdfMetadata("Semaine 1 <&>", "", "Conversations", "fr-CA", List.of("écoute", "care"), Instant.parse("2026-03-01T12:00:00Z"));
    String withOwnMetadata = worksheet.replace("<meta charset=\"utf-8\"/>", "<meta name=\"author\" content=\"Someone Else\"/>");
    try (PDDocument pdf = Loader.loadPDF(renderer.render(withOwnMetadata, other))) {
      assertEquals("Semaine 1 <&>", pdf.getDocumentInformation().getTitle());
      assertNull(pdf.getDocumentInformation().getAuthor());
      assertEquals("écoute, care", pdf.getDocumentInformation().getKeywords());
      assertEquals("fr-CA", pdf.getDocumentCatalog().getLanguage());
      Calendar created = pdf.getDocumentInformation().getCreationDate();
      assertEquals(Instant.parse("2026-03-01T12:00:00Z"), created.toInstant());
      XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
      assertEquals("Semaine 1 <&>", xmp.getDublinCoreSchema().getTitle());
      assertEquals(List.of("fr-CA"), xmp.getDublinCoreSchema().getLanguages());
      assertEquals("écoute, care", xmp.getAdobePDFSchema().getKeywords());
      assertEquals(Instant.parse("2026-03-01T12:00:00Z"), xmp.getXMPBasicSchema().getCreateDate().toInstant());
    }
  }

  @Test
  void sameBytesOnEveryBuild() throws Exception {
    Thread.sleep(1100);
    byte[] again = new PdfRenderer(Theme.builtIn()).render(worksheet, METADATA);
    assertArrayEquals(a4, again);
    try (PDDocument pdf = Loader.loadPDF(a4)) {
      assertEquals(PdfMetadata.FIXED_DATE, pdf.getDocumentInformation().getCreationDate().toInstant());
      assertEquals(PdfMetadata.FIXED_DATE, pdf.getDocumentInformation().getModificationDate().toInstant());
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertFalse(xmp.contains("uuid:"), xmp);
      assertTrue(xmp.contains("<xmp:CreateDate>2000-01-01T00:00:00Z</xmp:CreateDate>"), xmp);
      assertEquals(2, pdf.getDocument().getDocumentID().size());
    }
    // A different document gets a different identity.
    byte[] other = renderer.render(worksheet.replace("Wednesday", "Thursday"), METADATA);
    try (PDDocument a = Loader.loadPDF(a4); PDDocument b = Loader.loadPDF(other)) {
      assertNotEquals(a.getDocument().getDocumentID().toString(), b.getDocument().getDocumentID().toString());
    }
  }

  @Test
  void malformedXhtmlSaysWhere() {
    String broken = worksheet.replace("<li><span class=\"box\"></span>Asking an open question</li>", "<li><span class=\"box\">Asking an open question</li>");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(broken, METADATA));
    assertTrue(e.getMessage().contains("'Week 1 — Listening well' is not well-formed at line 80"), e.getMessage());
    assertTrue(e.getMessage().contains("80 | <li><span class=\"box\">Asking an open question</li>"), e.getMessage());
  }

  @Test
  void elementsNestedDeeperThanTheLayoutCanGoAreRefused() throws IOException {
    String deep = worksheet.replace("<li><span class=\"box\"></span>Asking an open question</li>",
        "<li>" + "<span>".repeat(2000) + "deep" + "</span>".repeat(2000) + "</li>");
    PdfRenderer.TooDeep e = assertThrows(PdfRenderer.TooDeep.class, () -> renderer.render(deep, METADATA));
    assertTrue(e.getMessage().startsWith("the XHTML for PDF 'Week 1 — Listening well' nests elements 2,00"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; a PDF can be laid out with at most 256"), e.getMessage());
    String atTheLimit = worksheet.replace("<li><span class=\"box\"></span>Asking an open question</li>",
        "<li>" + "<span>".repeat(200) + "deep" + "</span>".repeat(200) + "</li>");
    assertTrue(renderer.render(atTheLimit, METADATA).length > 0);
  }

  @Test
  void cssMistakesAreErrors() {
    String wrong = worksheet.replace("h1 { font-size: 20pt;", "h1 { font-family: Georgia; colour: red; font-size: 20pt;");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(wrong, METADATA));
    assertTrue(e.getMessage().contains("colour is an unrecognized CSS property"), e.getMessage());
    assertTrue(e.getMessage().contains("use \"Attune Sans\""), e.getMessage());
  }

  @Test
  void nothingIsLoadedFromOutside() {
    String withLink = worksheet.replace("</style>", "</style>\n<link rel=\"stylesheet\" href=\"https://example.org/print.css\"/>");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(withLink, METADATA));
    assertTrue(e.getMessage().contains("https://example.org/print.css"), e.getMessage());
  }

  @Test
  void imagesInDataUrisAreUsed() throws IOException {
    // A 1×1 PNG.
    String png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
    String withImage = worksheet.replace("<h1>", "<p><img src=\"data:image/png;base64," + png + "\" alt=\"A dot\" style=\"width: 5mm\"/></p>\n<h1>");
    try (PDDocument pdf = Loader.loadPDF(renderer.render(withImage, METADATA))) {
      assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "no image on page 1");
    }
  }

  @Test
  void missingCharactersAreThoseTheFontLacks() {
    assertEquals("", renderer.missingCharacters("“Café” — naïve, 50 € … ’tis\n\t"));
    assertEquals("☐中ω", renderer.missingCharacters("☐ tick 中 ω ω"));
  }

  @Test
  void metadataNeedsTitleSubjectAndLanguage() {
    assertThrows(IllegalArgumentException.class, () -> new PdfMetadata(" ", "", "Course", "en"));
    assertThrows(IllegalArgumentException.class, () -> new PdfMetadata("Title", "", "", "en"));
    assertThrows(IllegalArgumentException.class, () -> new PdfMetadata("Title", "", "Course", "en_GB"));
  }

  private static void assertPageSize(byte[] bytes, PDRectangle expected) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      for (PDPage page : pdf.getPages()) {
        assertEquals(expected.getWidth(), page.getMediaBox().getWidth(), 1, "width");
        assertEquals(expected.getHeight(), page.getMediaBox().getHeight(), 1, "height");
      }
    }
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  private static int pageCount(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return pdf.getNumberOfPages();
    }
  }
}
