package dev.attune.render;

/**
 * Where the site's fixed pages are published, as the build's output layout decides; passed in so
 * that the renderer never keeps a second copy of the layout.
 */
public record SiteAddresses(String notFound, String answerKey, String worksheets, String workbookPdf, String facilitator) {
  /** The addresses of a site without a facilitator page. */
  public SiteAddresses(String notFound, String answerKey, String worksheets, String workbookPdf) {
    this(notFound, answerKey, worksheets, workbookPdf, "facilitator/");
  }
}
