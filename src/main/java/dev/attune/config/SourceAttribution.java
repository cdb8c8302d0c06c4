package dev.attune.config;

/** Where a course's material comes from, shown in every page's footer, its note after it. */
public record SourceAttribution(String title, String author, String url, String note) {
  public static final SourceAttribution NONE = new SourceAttribution("", "", "", "");

  public boolean isPresent() {
    return !title.isEmpty();
  }
}
