package dev.attune.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the W3C's HTML validator), run offline on one file at a time. */
public final class HtmlValidator {
  private final List<String> problems = new ArrayList<>();
  private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
  private String current = "";

  public HtmlValidator() throws Exception {
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // Warnings are advice (e.g. "consider adding a lang attribute"); errors make a page invalid.
      }

      @Override
      public void error(SAXParseException e) {
        problems.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
  }

  /** The validation errors of {@code file}, as {@code name:line:col: message}. */
  public List<String> errors(File file, String name) throws Exception {
    problems.clear();
    current = name;
    validator.checkHtmlFile(file, true);
    return List.copyOf(problems);
  }
}
