package dev.attune.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import dev.attune.model.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.w3c.dom.Document;

/**
 * Lays out a complete XHTML document as a tagged (PDF/UA) PDF, with the theme's fonts embedded
 * and the same bytes on every build of the same input.
 *
 * <p>Paper size, margins and the running footer come from the document's CSS ({@code @page}). The
 * only font is the theme's, as {@code font-family: "Attune Sans"} ({@link #FONT_FAMILY}); the
 * generic families map to it too. The document must be self-contained: CSS in a {@code <style>}
 * element, images as {@code data:} URIs; no file or network address is ever loaded. A renderer
 * can be kept for many documents and shared between threads.
 */
public final class PdfRenderer {
  /** The CSS font family under which the theme's fonts are registered. */
  public static final String FONT_FAMILY = PdfFonts.FAMILY;
  /**
   * How deep elements may nest. The PDF library lays out with one level of recursion per element
   * and overflowed the stack at about 800; Markdown nests at most 100 levels, the templates add 15.
   */
  public static final int MAX_DEPTH = 256;

  private static final String PRODUCER = "Attune";
  // Relative URLs in a document resolve against this; isInline() never lets them load.
  private static final String BASE_URI = "file:///attune-pdf/";

  private final PdfFonts fonts;

  /** Reads the fonts from {@code theme} once; every document this renderer lays out uses them. */
  public PdfRenderer(Theme theme) throws IOException {
    // The library logs to the console by default, and only the CLI may print; what it has to say
    // reaches render() through a diagnostic consumer instead. Its logger is global, so setting the
    // same silent one again is harmless.
    XRLog.setLoggerImpl(Silent.LOGGER);
    this.fonts = PdfFonts.from(theme);
  }

  /**
   * The PDF for {@code xhtml}, a whole XHTML document as Attune's templates write it. The
   * metadata replaces the document's own {@code <title>}, {@code <meta>} and {@code lang}.
   *
   * @throws TooDeep if its elements nest deeper than the layout can go
   * @throws IllegalArgumentException if {@code xhtml} is not well-formed XML, or the PDF library
   *     warns about it (a CSS mistake, an unknown font family, a resource it may not load): the
   *     templates are ours, so these are bugs, and a warning often means text went missing
   * @throws IllegalStateException if the PDF library fails
   */
  public byte[] render(String xhtml, PdfMetadata metadata) {
    Document document = Xhtml.parse(xhtml, metadata.title());
    Xhtml.checkDepth(document, metadata.title());
    // The catalog's /Lang is read from the root element, so the metadata's language goes there.
    document.getDocumentElement().setAttribute("lang", metadata.language());

    List<String> warnings = new ArrayList<>();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .withW3cDocument(document, BASE_URI)
        .usePdfUaAccessibility(true)
        .withProducer(PRODUCER)
        .useExternalResourceAccessControl((uri, type) -> isInline(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> isInline(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withDiagnosticConsumer(diagnostic -> {
          if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(explain(diagnostic));
          }
        });
    fonts.registerWith(builder);

    byte[] bytes;
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new MetadataWriter(metadata));
      renderer.layout();
      renderer.createPDFWithoutClosing();
      // Saved before the renderer closes: subsetting the fonts happens now and needs them open.
      try (PDDocument pdf = renderer.getPdfDocument()) {
        makeReproducible(pdf, xhtml, metadata);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        bytes = out.toByteArray();
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot render the PDF '" + metadata.title() + "': " + e, e);
    }
    if (!warnings.isEmpty()) {
      throw new IllegalArgumentException("the XHTML for PDF '" + metadata.title() + "' has problems:\n  "
          + String.join("\n  ", new TreeSet<>(warnings)));
    }
    return bytes;
  }

  /** The library's message, with what to do for the ones whose cause is not obvious. */
  private static String explain(Diagnostic diagnostic) {
    String message = diagnostic.getFormattedMessage();
    if (diagnostic.getLogMessageId() == LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY) {
      return message + " Text in an unknown font-family is dropped; use \"" + FONT_FAMILY + "\", the only font.";
    }
    if (diagnostic.getLogMessageId() == LogMessageId.LogMessageId2Param.LOAD_RESOURCE_ACCESS_REJECTED) {
      return message + ". A PDF loads no files: put CSS in a <style> element and images in data: URIs.";
    }
    return message;
  }

  /**
   * Whether a resource may be used: only a {@code data:} URI, whose bytes are in the document.
   * Anything else would make the PDF depend on the network or on files outside the build.
   */
  private static boolean isInline(String uri) {
    return uri.startsWith("data:");
  }

  /**
   * The characters of {@code text} that the PDF font cannot show, each once, in order; a PDF
   * prints them as {@code #}. Lets a caller report authored text that will not print, e.g.
   * Cyrillic or a ☐ typed into a prompt, where it knows the file and line.
   */
  public String missingCharacters(String text) {
    StringBuilder missing = new StringBuilder();
    text.codePoints().distinct()
        .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .filter(c -> !fonts.covers(c))
        .forEach(missing::appendCodePoint);
    return missing.toString();
  }

  /**
   * Replaces what differs from one build to the next: the time of the build in the document
   * information, the XMP packet (see {@link Xmp}), and the trailer's /ID, which PDFBox would
   * otherwise make from the clock.
   */
  private void makeReproducible(PDDocument pdf, String xhtml, PdfMetadata metadata) throws IOException {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.setTime(Date.from(metadata.date()));
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreationDate(date);
    info.setModificationDate(date);
    pdf.getDocumentCatalog().getMetadata().importXMPMetadata(Xmp.packet(metadata, PRODUCER));
    pdf.getDocument().setDocumentID(documentId(xhtml, metadata));
  }

  /** A hash of everything that decides the content, so that the same input always gets the same /ID. */
  private COSArray documentId(String xhtml, PdfMetadata metadata) {
    MessageDigest sha256 = Sha256.digest();
    sha256.update(xhtml.getBytes(StandardCharsets.UTF_8));
    sha256.update(metadata.toString().getBytes(StandardCharsets.UTF_8));
    sha256.update(fonts.digest());
    byte[] id = Arrays.copyOf(sha256.digest(), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    return ids;
  }

  /** Hands the metadata to the library just before it writes the document information and XMP. */
  private record MetadataWriter(PdfMetadata metadata) implements PDFCreationListener {
    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
      // The document's own <title> and <meta> go: the information dictionary written from this
      // list must say what the XMP packet, written from the same metadata, says.
      PdfBoxOutputDevice device = renderer.getOutputDevice();
      device.getMetadata().clear();
      device.addMetadata("title", metadata.title());
      device.addMetadata("subject", metadata.subject());
      if (!metadata.author().isEmpty()) {
        device.addMetadata("author", metadata.author());
      }
      if (!metadata.keywords().isEmpty()) {
        device.addMetadata("keywords", String.join(", ", metadata.keywords()));
      }
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {}
  }

  /** Drops the library's log lines; render() collects its warnings on its own thread. */
  private enum Silent implements XRLogger {
    LOGGER;

    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }

  /** A document whose elements nest deeper than {@link #MAX_DEPTH}: it comes from HTML written into the content. */
  public static final class TooDeep extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TooDeep(String message) {
      super(message);
    }
  }
}
