package dev.attune.cli;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code attune check --format json} prints: one document holding every diagnostic, for
 * editors and scripts. Its shape is {@code docs/check.schema.json}; a field is only ever added.
 */
final class DiagnosticsJson {
  static final String FORMAT = "attune-check";
  static final int VERSION = 1;

  private DiagnosticsJson() {}

  /** The document for {@code diagnostics}; {@code failed} says whether the check fails (exit 1). */
  static String of(Diagnostics diagnostics, int pages, boolean failed) {
    // Every diagnostic, not the capped list a terminal gets: a program can take them all.
    List<Diagnostic> all = new ArrayList<>(diagnostics.all());
    all.sort(Diagnostic.READING_ORDER);
    Json json = Json.pretty().beginObject()
        .field("format", FORMAT)
        .field("version", VERSION)
        .field("passed", !failed)
        .field("pages", pages)
        .field("errors", diagnostics.errorCount())
        .field("warnings", diagnostics.warningCount())
        .name("diagnostics").beginArray();
    for (Diagnostic d : all) {
      json.beginObject()
          .field("file", d.path())
          .field("line", d.line())
          .field("column", d.column())
          .field("severity", d.severity().label())
          .field("code", d.code().id())
          .field("message", d.message())
          .field("hint", d.hint())
          .endObject();
    }
    return json.endArray().endObject().text();
  }
}
