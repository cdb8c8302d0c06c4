package dev.attune.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the XHTML that the PDF templates write. The PDF library could parse it too; parsed here,
 * a mistake's message names the line and column and shows that line, which is what the author of
 * a template needs to fix it.
 */
final class Xhtml {
  private static final int SHOWN_CHARACTERS = 120;

  private Xhtml() {}

  /**
   * The DOM of {@code xhtml}, namespace-aware as the PDF library expects.
   *
   * @param name what the document is, for the error message
   * @throws IllegalArgumentException if {@code xhtml} is not well-formed, naming line and column
   */
  static Document parse(String xhtml, String name) {
    try {
      DocumentBuilder parser = factory().newDocumentBuilder();
      parser.setErrorHandler(new Strict());
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new IllegalArgumentException("the XHTML for PDF '" + name + "' is not well-formed at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage() + lineAt(xhtml, e.getLineNumber()), e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalStateException("cannot parse the XHTML for PDF '" + name + "': " + e.getMessage(), e);
    }
  }

  /**
   * @throws PdfRenderer.TooDeep if elements nest deeper than {@link PdfRenderer#MAX_DEPTH}; found
   *     by a walk without recursion
   */
  static void checkDepth(Document document, String name) {
    int depth = 0;
    int deepest = 0;
    Node node = document.getDocumentElement();
    Node top = node;
    while (node != null) {
      if (node.getNodeType() == Node.ELEMENT_NODE) {
        deepest = Math.max(deepest, depth + 1);
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != top && node.getNextSibling() == null) {
        node = node.getParentNode();
        depth--;
      }
      node = node == top ? null : node.getNextSibling();
    }
    if (deepest > PdfRenderer.MAX_DEPTH) {
      throw new PdfRenderer.TooDeep(String.format(Locale.ROOT, "the XHTML for PDF '%s' nests elements %,d deep; a PDF can be laid out with at most %d",
          name, deepest, PdfRenderer.MAX_DEPTH));
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    // No DTD is read, so named entities such as &nbsp; are errors: templates write characters.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  /** The offending line, so the message shows the mistake without opening the template. */
  private static String lineAt(String xhtml, int lineNumber) {
    String[] lines = xhtml.split("\n", -1);
    if (lineNumber < 1 || lineNumber > lines.length) {
      return "";
    }
    String line = lines[lineNumber - 1].strip();
    if (line.length() > SHOWN_CHARACTERS) {
      line = line.substring(0, SHOWN_CHARACTERS) + "…";
    }
    return "\n  " + lineNumber + " | " + line;
  }

  /** Fails on the first error instead of printing it to the console, as the JDK's default does. */
  private static final class Strict implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
