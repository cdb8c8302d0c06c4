package dev.attune.model;

import java.util.List;
import java.util.Objects;

/**
 * One prompt of a worksheet. Fields that do not apply to its kind are empty.
 *
 * @param help Markdown shown with the prompt; may be empty
 * @param lines writing lines on paper (long, partner, and each table cell)
 * @param scale the scale of a scale prompt, else null
 * @param items the items of a checklist or choice
 * @param columns the answer columns of a table (the author's header cells after the first)
 * @param rowHeader the header of a table's first column, which names the rows
 * @param rows the rows of a table
 * @param people the two people of a partner prompt, e.g. "Partner A" and "Partner B"
 */
public record Prompt(
    String id,
    PromptKind kind,
    Html text,
    String plainText,
    Html help,
    int lines,
    Scale scale,
    List<Item> items,
    List<Item> columns,
    Html rowHeader,
    List<Item> rows,
    List<String> people) {

  public Prompt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    items = List.copyOf(items);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    people = List.copyOf(people);
    if (kind == PromptKind.SCALE && scale == null) {
      throw new IllegalArgumentException("scale prompt without scale: " + id);
    }
    if ((kind == PromptKind.CHECKLIST || kind == PromptKind.CHOICE) && items.isEmpty()) {
      throw new IllegalArgumentException(kind.code() + " prompt without items: " + id);
    }
    if (kind == PromptKind.TABLE && (columns.isEmpty() || rows.isEmpty())) {
      throw new IllegalArgumentException("table prompt without cells: " + id);
    }
    if (kind == PromptKind.PARTNER && people.size() != 2) {
      throw new IllegalArgumentException("partner prompt needs two people: " + id);
    }
  }
}
