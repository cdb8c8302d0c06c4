package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Suggestions;
import dev.attune.model.BodyPart;
import dev.attune.model.Html;
import dev.attune.model.Ids;
import dev.attune.model.Item;
import dev.attune.model.Prompt;
import dev.attune.model.PromptKind;
import dev.attune.model.Scale;
import dev.attune.model.Worksheet;
import dev.attune.model.WorksheetPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code :::worksheet} block, or a whole file of {@code worksheets/}. Blocks before the
 * first heading are the introduction; each heading is a prompt ({@code {#id kind=…}} at its
 * end) followed by its help text, and by its items (a list) for checklists and choices or its
 * grid (a table) for tables.
 */
final class WorksheetReader implements BlockReader {
  static final String NAME = "worksheet";
  static final String DEFAULT_TITLE = "Reflection";
  static final List<String> PEOPLE = List.of("Partner A", "Partner B");
  private static final List<String> WORKSHEET_ATTRIBUTES = List.of("id", "title");
  private static final Map<PromptKind, List<String>> PROMPT_ATTRIBUTES = Map.of(
      PromptKind.LONG, List.of("id", "kind", "lines"),
      PromptKind.SHORT, List.of("id", "kind"),
      PromptKind.SCALE, List.of("id", "kind", "min", "max", "low", "high"),
      PromptKind.CHECKLIST, List.of("id", "kind"),
      PromptKind.CHOICE, List.of("id", "kind"),
      PromptKind.TABLE, List.of("id", "kind", "lines"),
      PromptKind.PARTNER, List.of("id", "kind", "lines", "a", "b"));
  static final int DEFAULT_LINES = 5;
  static final int DEFAULT_CELL_LINES = 2;
  private static final int MAX_LINES = 30;
  private static final int MAX_SCALE_POINTS = 11;

  private int count;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<BodyPart> read(ContainerBlock block, BlockContext context) {
    count++;
    int attributesAt = block.attributeText().getStartOffset();
    Attributes attributes = Attributes.parse(block.attributeText().toString()).attributes();
    context.rejectUnknownAttributes(attributes, WORKSHEET_ATTRIBUTES, attributesAt, "a worksheet");
    Optional<String> id = context.blockId("worksheet", attributes, attributesAt, block.openingMarker().getStartOffset(),
        context.idPrefix() + "-worksheet" + (count > 1 ? "-" + count : ""));
    String title = attributes.get("title").filter(t -> !t.isBlank()).orElse(DEFAULT_TITLE);
    Optional<Worksheet> worksheet = worksheet(id.orElse("worksheet"), title, BlockContext.children(block),
        block.openingMarker().getStartOffset(), context);
    return id.isPresent() ? worksheet.map(WorksheetPart::new) : Optional.empty();
  }

  /** A worksheet made of {@code nodes}: the children of a block, or the body of a worksheet file. */
  Optional<Worksheet> worksheet(String id, String title, List<Node> nodes, int blockAt, BlockContext context) {
    Sections sections = Sections.of(nodes);
    List<Prompt> prompts = new ArrayList<>();
    Set<String> promptIds = new HashSet<>();
    boolean valid = true;
    for (Sections.Section section : sections.sections()) {
      valid &= prompt(section.heading(), section.nodes(), context, promptIds).map(prompts::add).isPresent();
    }
    if (sections.sections().isEmpty()) {
      context.error(Code.WORKSHEET_WITHOUT_PROMPTS, blockAt, "this worksheet has no prompts",
          "start each prompt with a heading, e.g. '### What do you need? {#needs kind=long lines=5}'");
      return Optional.empty();
    }
    return valid ? Optional.of(new Worksheet(id, title, context.html().blocks(sections.intro()), prompts)) : Optional.empty();
  }

  private Optional<Prompt> prompt(Heading heading, List<Node> nodes, BlockContext context, Set<String> ids) {
    HeadingAttributes.Read read = HeadingAttributes.take(heading);
    if (!read.ok()) {
      context.error(Code.BAD_ATTRIBUTES, read.errorOffset(), read.error(), "write prompt attributes as {#id kind=long lines=5}");
      return Optional.empty();
    }
    Attributes attributes = read.attributes();
    String text = NodeHtml.text(heading);
    if (text.isEmpty()) {
      context.error(Code.PROMPT_WITHOUT_TEXT, heading, "this prompt has no text", "write the prompt after the '###'");
      return Optional.empty();
    }
    String written = attributes.get("kind").orElse(PromptKind.LONG.code()).toLowerCase(Locale.ROOT);
    Optional<PromptKind> kind = PromptKind.fromCode(written);
    if (kind.isEmpty()) {
      context.error(Code.UNKNOWN_PROMPT_KIND, read.offset() + attributes.offsetOf("kind", 0), "unknown prompt kind '" + written + "'",
          Suggestions.didYouMean(written, PromptKind.codes(), "the kinds are"));
      return Optional.empty();
    }
    context.rejectUnknownAttributes(attributes, PROMPT_ATTRIBUTES.get(kind.get()), read.offset(), "a " + written + " prompt");
    Optional<String> id = context.headingId(attributes, read.offset(), heading, text, ids, "prompt", NAME);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = new Fields(attributes, read.offset(), context);
    Optional<Prompt> prompt = switch (kind.get()) {
      case LONG, SHORT -> plain(id.get(), kind.get(), heading, text, nodes, fields, context);
      case SCALE -> scale(id.get(), heading, text, nodes, fields, context);
      case CHECKLIST, CHOICE -> items(id.get(), kind.get(), heading, text, nodes, context);
      case TABLE -> table(id.get(), heading, text, nodes, fields, context);
      case PARTNER -> partner(id.get(), heading, text, nodes, fields, context);
    };
    return fields.ok() ? prompt : Optional.empty();
  }

  private static Optional<Prompt> plain(String id, PromptKind kind, Heading heading, String text, List<Node> nodes,
      Fields fields, BlockContext context) {
    int lines = kind == PromptKind.LONG ? fields.lines(DEFAULT_LINES) : 1;
    return Optional.of(prompt(id, kind, heading, text, context.html().blocks(nodes), lines, null, List.of(), List.of(), Html.EMPTY,
        List.of(), List.of(), context));
  }

  private static Optional<Prompt> scale(String id, Heading heading, String text, List<Node> nodes, Fields fields, BlockContext context) {
    int min = fields.integer("min", 1, -10, 10);
    int max = fields.integer("max", 5, -10, 10);
    if (!fields.ok()) {
      return Optional.empty();
    }
    if (min >= max || max - min + 1 > MAX_SCALE_POINTS) {
      context.error(Code.BAD_SCALE, heading, min >= max ? "the scale's min=" + min + " is not below its max=" + max
          : "a scale has at most " + MAX_SCALE_POINTS + " points, not " + (max - min + 1),
          "write e.g. min=1 max=5 low=\"Drained\" high=\"Energized\"");
      return Optional.empty();
    }
    Scale scale = new Scale(min, max, fields.text("low"), fields.text("high"));
    return Optional.of(prompt(id, PromptKind.SCALE, heading, text, context.html().blocks(nodes), 1, scale, List.of(), List.of(),
        Html.EMPTY, List.of(), List.of(), context));
  }

  private static Optional<Prompt> items(String id, PromptKind kind, Heading heading, String text, List<Node> nodes, BlockContext context) {
    List<Node> help = new ArrayList<>();
    ListBlock list = null;
    for (Node node : nodes) {
      if (node instanceof ListBlock candidate && list == null) {
        list = candidate;
      } else {
        help.add(node);
      }
    }
    String what = kind == PromptKind.CHECKLIST ? "checklist" : "choice";
    if (list == null) {
      context.error(Code.PROMPT_WITHOUT_ITEMS, heading, "this " + what + " has no items", "list the items under the prompt as '- item' lines");
      return Optional.empty();
    }
    List<Item> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Node node : list.getChildren()) {
      Node first = ((ListItem) node).getFirstChild();
      String itemText = first instanceof Paragraph ? NodeHtml.text(first) : "";
      if (itemText.isEmpty()) {
        context.error(Code.EMPTY_ITEM, node, "this item is empty", "write the item's text, or remove the line");
        return Optional.empty();
      }
      items.add(new Item(itemId(itemText, seen), context.html().inline(first), itemText));
    }
    if (items.size() < 2) {
      context.error(Code.TOO_FEW_ITEMS, heading, "a " + what + " needs at least two items", "add items as '- item' lines");
      return Optional.empty();
    }
    return Optional.of(prompt(id, kind, heading, text, context.html().blocks(help), 1, null, items, List.of(), Html.EMPTY,
        List.of(), List.of(), context));
  }

  private static Optional<Prompt> table(String id, Heading heading, String text, List<Node> nodes, Fields fields, BlockContext context) {
    int lines = fields.lines(DEFAULT_CELL_LINES);
    List<Node> help = new ArrayList<>();
    TableBlock table = null;
    for (Node node : nodes) {
      if (node instanceof TableBlock candidate && table == null) {
        table = candidate;
      } else {
        help.add(node);
      }
    }
    if (table == null) {
      context.error(Code.TABLE_MISSING, heading, "this table prompt has no table",
          "add a Markdown table: a header row naming the columns, then one row per line the learner fills, e.g. '| Pattern | What I felt |'");
      return Optional.empty();
    }
    List<TableCell> header = cells(table, TableHead.class).stream().findFirst().orElse(List.of());
    List<List<TableCell>> body = cells(table, TableBody.class);
    if (header.size() < 2 || body.isEmpty()) {
      context.error(Code.TABLE_TOO_SMALL, table, header.size() < 2 ? "a table prompt needs at least two columns: the row names, then what to fill in"
          : "a table prompt needs at least one row", "e.g. '| Pattern | What I felt |' then '| Avoiding conflict | |'");
      return Optional.empty();
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Item> columns = new ArrayList<>();
    for (TableCell cell : header.subList(1, header.size())) {
      String columnText = NodeHtml.text(cell);
      columns.add(new Item(itemId(columnText.isEmpty() ? "column" : columnText, seen), context.html().inline(cell), columnText));
    }
    List<Item> rows = new ArrayList<>();
    for (List<TableCell> row : body) {
      String rowText = row.isEmpty() ? "" : NodeHtml.text(row.get(0));
      if (rowText.isEmpty()) {
        context.error(Code.TABLE_ROW_WITHOUT_NAME, row.isEmpty() ? table : row.get(0), "each row of a table prompt starts with its name", "write the row's name in its first cell");
        return Optional.empty();
      }
      for (TableCell cell : row.subList(1, row.size())) {
        if (!NodeHtml.text(cell).isEmpty()) {
          context.error(Code.TABLE_CELL_FILLED, cell, "the cells after a row's name are for the learner and must be empty", "move this text into the prompt's help, or into the row's name");
          return Optional.empty();
        }
      }
      rows.add(new Item(itemId(rowText, seen), context.html().inline(row.get(0)), rowText));
    }
    return Optional.of(prompt(id, PromptKind.TABLE, heading, text, context.html().blocks(help), lines, null, List.of(), columns,
        context.html().inline(header.get(0)), rows, List.of(), context));
  }

  private static Optional<Prompt> partner(String id, Heading heading, String text, List<Node> nodes, Fields fields, BlockContext context) {
    int lines = fields.lines(DEFAULT_LINES);
    List<String> people = List.of(fields.text("a").isBlank() ? PEOPLE.get(0) : fields.text("a"),
        fields.text("b").isBlank() ? PEOPLE.get(1) : fields.text("b"));
    return Optional.of(prompt(id, PromptKind.PARTNER, heading, text, context.html().blocks(nodes), lines, null, List.of(), List.of(),
        Html.EMPTY, List.of(), people, context));
  }

  private static Prompt prompt(String id, PromptKind kind, Heading heading, String text, Html help, int lines, Scale scale,
      List<Item> items, List<Item> columns, Html rowHeader, List<Item> rows, List<String> people, BlockContext context) {
    return new Prompt(id, kind, context.html().inline(heading), text, help, lines, scale, items, columns, rowHeader, rows, people);
  }

  private static List<List<TableCell>> cells(TableBlock table, Class<? extends Node> section) {
    List<List<TableCell>> rows = new ArrayList<>();
    for (Node part : table.getChildren()) {
      if (section.isInstance(part)) {
        for (Node row : part.getChildren()) {
          if (row instanceof TableRow) {
            List<TableCell> cells = new ArrayList<>();
            row.getChildren().forEach(cell -> {
              if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
              }
            });
            rows.add(cells);
          }
        }
      }
    }
    return rows;
  }

  /** An id from an item's text, so saved answers follow the item when the author reorders them. */
  private static String itemId(String text, Map<String, Integer> seen) {
    String base = "i-" + Ids.fingerprint(text.strip().toLowerCase(Locale.ROOT));
    int n = seen.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  /** Reads a prompt's numeric and text attributes, reporting bad values. */
  private static final class Fields {
    private final Attributes attributes;
    private final int at;
    private final BlockContext context;
    private boolean ok = true;

    Fields(Attributes attributes, int at, BlockContext context) {
      this.attributes = attributes;
      this.at = at;
      this.context = context;
    }

    boolean ok() {
      return ok;
    }

    String text(String name) {
      return attributes.get(name).orElse("").strip();
    }

    int lines(int fallback) {
      return integer("lines", fallback, 1, MAX_LINES);
    }

    int integer(String name, int fallback, int min, int max) {
      Optional<String> value = attributes.get(name);
      if (value.isEmpty()) {
        return fallback;
      }
      try {
        int number = Integer.parseInt(value.get().strip());
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below, like an out-of-range number
      }
      context.error(Code.NUMBER_OUT_OF_RANGE, at + attributes.offsetOf(name, 0), name + "= must be a whole number from " + min + " to " + max + ", not '" + value.get() + "'",
          "write a whole number in that range, e.g. " + name + "=" + Math.max(min, Math.min(max, 5)));
      ok = false;
      return fallback;
    }
  }
}
