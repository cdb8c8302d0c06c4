package dev.attune.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.attune.model.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The four faces of the PDF font, read once from the theme's {@code assets/fonts/}. A course can
 * change the font by overriding these files; the family name the CSS uses stays the same.
 */
final class PdfFonts {
  static final String FAMILY = "Attune Sans";

  private static final List<Face> FACES = List.of(
      new Face("fonts/AtkinsonHyperlegible-Regular.ttf", 400, FontStyle.NORMAL),
      new Face("fonts/AtkinsonHyperlegible-Bold.ttf", 700, FontStyle.NORMAL),
      new Face("fonts/AtkinsonHyperlegible-Italic.ttf", 400, FontStyle.ITALIC),
      new Face("fonts/AtkinsonHyperlegible-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private record Face(String asset, int weight, FontStyle style) {}

  private record LoadedFace(Face face, byte[] bytes) {}

  private final List<LoadedFace> faces;
  private final byte[] digest;
  private final BitSet covered;

  private PdfFonts(List<LoadedFace> faces, byte[] digest, BitSet covered) {
    this.faces = faces;
    this.digest = digest;
    this.covered = covered;
  }

  static PdfFonts from(Theme theme) throws IOException {
    SortedMap<String, byte[]> assets = theme.assets();
    List<LoadedFace> loaded = new ArrayList<>();
    MessageDigest sha256 = Sha256.digest();
    BitSet covered = null;
    for (Face face : FACES) {
      byte[] bytes = assets.get(face.asset());
      if (bytes == null) {
        // The built-in theme ships every face, and an override can only replace a file.
        throw new IllegalStateException("the theme has no assets/" + face.asset() + ", which PDFs need");
      }
      loaded.add(new LoadedFace(face, bytes));
      sha256.update(bytes);
      BitSet characters = characters(face, bytes);
      if (covered == null) {
        covered = characters;
      } else {
        covered.and(characters);
      }
    }
    return new PdfFonts(List.copyOf(loaded), sha256.digest(), covered);
  }

  /** The code points that {@code face} has a glyph for. */
  private static BitSet characters(Face face, byte[] bytes) throws IOException {
    BitSet characters = new BitSet();
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      CmapLookup cmap = font.getUnicodeCmapLookup(false);
      if (cmap == null) {
        throw new IllegalStateException("assets/" + face.asset() + " has no Unicode character map");
      }
      for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes != null) {
          codes.forEach(characters::set);
        }
      }
    } catch (IOException e) {
      throw new IOException("cannot read the font assets/" + face.asset() + ": " + e.getMessage(), e);
    }
    return characters;
  }

  /** Whether every face has a glyph for {@code codePoint}. */
  boolean covers(int codePoint) {
    return covered.get(codePoint);
  }

  /**
   * Registers every face under {@link #FAMILY}, subset so a PDF carries only the glyphs it uses.
   * The generic families get the same faces: the library's own stylesheet asks for {@code serif}
   * (and {@code monospace} for code), page margin boxes do not inherit the body's font, and with
   * PDF/UA on there is no built-in fallback, so without them such text would fail to render.
   * The library looks generic families up by these names (it renames {@code monospace} to
   * {@code Monospaced} and so on before the look-up).
   */
  void registerWith(PdfRendererBuilder builder) {
    for (String family : List.of(FAMILY, "Serif", "SansSerif", "Monospaced")) {
      for (LoadedFace loaded : faces) {
        byte[] bytes = loaded.bytes();
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, loaded.face().weight(), loaded.face().style(), true);
      }
    }
  }

  /** A hash of the font files, part of what makes a PDF's identity. */
  byte[] digest() {
    return digest.clone();
  }

}
