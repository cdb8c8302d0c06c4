package dev.attune.parse;

import java.util.Map;
import java.util.Optional;

/** The callout kinds authors can write as {@code :::note}, {@code :::tip} and so on. */
enum Callout {
  NOTE("note", "Note"),
  TIP("tip", "Tip"),
  CAUTION("caution", "Caution"),
  TRY("try", "Try this");

  private static final Map<String, Callout> BY_NAME =
      Map.of("note", NOTE, "tip", TIP, "caution", CAUTION, "try", TRY);

  private final String name;
  private final String defaultTitle;

  Callout(String name, String defaultTitle) {
    this.name = name;
    this.defaultTitle = defaultTitle;
  }

  static Optional<Callout> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  String cssName() {
    return name;
  }

  String defaultTitle() {
    return defaultTitle;
  }
}
