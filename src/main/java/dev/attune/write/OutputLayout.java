package dev.attune.write;

import java.nio.file.Path;

/**
 * Where each kind of page is published. One folder per page with an {@code index.html}, so that
 * addresses stay clean ({@code lessons/what-is-mutual-empathy/}) on any static host.
 */
public final class OutputLayout {
  public static final String HOME = "";
  public static final String NOT_FOUND = "404.html";
  public static final String SITEMAP = "sitemap.xml";
  public static final String ANSWER_KEY = "answer-key/";
  public static final String WORKSHEETS = "worksheets/";
  /** The facilitator page: the schedule and the instructor notes, made only when a lesson has either. */
  public static final String FACILITATOR = "facilitator/";
  public static final String WORKBOOK_PDF = "worksheets/workbook.pdf";
  public static final String THEME_FOLDER = "theme/";

  private OutputLayout() {}

  /** A lesson's address; {@code moduleSlug} is empty in a course without modules. */
  public static String lesson(String moduleSlug, String lessonSlug) {
    return moduleSlug.isEmpty() ? "lessons/" + lessonSlug + "/" : "lessons/" + moduleSlug + "/" + lessonSlug + "/";
  }

  public static String page(String slug) {
    return slug + "/";
  }

  /** A worksheet's own page. */
  public static String worksheet(String id) {
    return WORKSHEETS + id + "/";
  }

  /** A worksheet's printable PDF. */
  public static String worksheetPdf(String id) {
    return WORKSHEETS + id + ".pdf";
  }

  /** A content asset keeps its path, so relative links between assets keep working. */
  public static String asset(String contentRelativePath) {
    return contentRelativePath;
  }

  /** A theme file under {@code templates/assets/} is published under {@code theme/}. */
  public static String themeAsset(String pathInAssets) {
    return THEME_FOLDER + pathInAssets;
  }

  /**
   * A file or folder of Attune's beside the site folder, named {@code .site.attune-kind} after it:
   * the staging folders, the lock and the cache. A build writes nowhere else outside the site.
   */
  public static Path sibling(Path site, String kind) {
    return site.resolveSibling("." + site.getFileName() + ".attune-" + kind);
  }

  /** The file that serves {@code url}: folders get their {@code index.html}. */
  public static String file(String url) {
    return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
  }
}
