package dev.attune.config;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read with positions, so every complaint about a value points at its line and
 * column. Accessors record a diagnostic and return empty when a value has the wrong shape; the
 * caller carries on and the author sees every mistake at once.
 */
public final class YamlMapping {
  /**
   * How deep lists and mappings may nest. SnakeYAML builds nodes with one level of recursion per
   * level of nesting, so ten thousand '[' overflowed the stack; Attune's own settings nest two.
   */
  static final int MAX_DEPTH = 50;
  /** Aliases to lists and mappings: each copies what it names, so a few can make billions of nodes. */
  static final int MAX_COLLECTION_ALIASES = 20;
  private static final Pattern GLUED_KEY = Pattern.compile("^([^\\s:]+):(\\S+)");

  private final String path;
  private final int firstLine;
  private final Diagnostics diagnostics;
  private final Position start;
  private final Map<String, NodeTuple> entries;

  private YamlMapping(
      String path, int firstLine, Diagnostics diagnostics, Position start, Map<String, NodeTuple> entries) {
    this.path = path;
    this.firstLine = firstLine;
    this.diagnostics = diagnostics;
    this.start = start;
    this.entries = entries;
  }

  /**
   * Parses {@code text} as a YAML mapping. Syntax errors and a root that is not a mapping are
   * reported; the result is then empty.
   *
   * @param firstLine the file line on which {@code text} starts (front matter starts on line 2)
   */
  public static Optional<YamlMapping> parse(
      String text, String path, int firstLine, Diagnostics diagnostics) {
    LoadSettings settings = LoadSettings.builder().setLabel(path).setMaxAliasesForCollections(MAX_COLLECTION_ALIASES).build();
    Optional<Node> root;
    try {
      if (!withinLimits(text, settings, path, firstLine, diagnostics)) {
        return Optional.empty();
      }
      root = new Compose(settings).composeString(text);
    } catch (YamlEngineException e) {
      YamlError error = YamlSyntaxErrors.explain(e, text);
      diagnostics.error(Code.YAML_SYNTAX, path, error.at().shiftedDown(firstLine - 1), "invalid YAML: " + error.message(), error.hint());
      return Optional.empty();
    }
    if (root.isEmpty()) {
      return Optional.of(new YamlMapping(path, firstLine, diagnostics, new Position(firstLine, 1), Map.of()));
    }
    Node node = root.get();
    if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
      return Optional.of(new YamlMapping(path, firstLine, diagnostics, new Position(firstLine, 1), Map.of()));
    }
    if (!(node instanceof MappingNode mapping)) {
      diagnostics.error(Code.YAML_NOT_MAPPING, path, position(node, firstLine), "expected 'key: value' lines, found " + shape(node), notKeyValueHint(node));
      return Optional.empty();
    }
    YamlComments.check(mapping, text, path, firstLine, diagnostics);
    return Optional.of(fromNode(mapping, path, firstLine, diagnostics));
  }

  /**
   * Whether {@code text} nests no deeper than {@link #MAX_DEPTH} and names lists and mappings by
   * alias at most {@link #MAX_COLLECTION_ALIASES} times; reports where it first does not. Read
   * as a stream of events, which takes no recursion, before SnakeYAML builds nodes, which does.
   */
  private static boolean withinLimits(String text, LoadSettings settings, String path, int firstLine, Diagnostics diagnostics) {
    int depth = 0;
    int aliases = 0;
    Set<Anchor> collections = new HashSet<>();
    for (Event event : new Parse(settings).parseString(text)) {
      if (event instanceof CollectionStartEvent start) {
        start.getAnchor().ifPresent(collections::add);
        if (++depth > MAX_DEPTH) {
          diagnostics.error(Code.YAML_TOO_DEEP, path, position(event, firstLine), "lists and mappings nest more than " + MAX_DEPTH + " levels deep here",
              "Attune's settings nest two levels at most; check the brackets and the indentation");
          return false;
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      } else if (event instanceof AliasEvent alias && collections.contains(alias.getAlias()) && ++aliases > MAX_COLLECTION_ALIASES) {
        diagnostics.error(Code.YAML_TOO_MANY_ALIASES, path, position(event, firstLine),
            "more than " + MAX_COLLECTION_ALIASES + " aliases ('*" + alias.getAlias().getValue() + "') repeat lists or mappings",
            "write the values out instead of repeating them with '&name' and '*name'");
        return false;
      }
    }
    return true;
  }

  private static YamlMapping fromNode(MappingNode mapping, String path, int firstLine, Diagnostics diagnostics) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode key)) {
        diagnostics.error(Code.YAML_KEY_NOT_WORD, path, position(keyNode, firstLine), "a key must be a plain word, found " + shape(keyNode),
            "write the key as a word before the ':', e.g. 'title: …'; a line starting with '[' or '{' needs quotes around its text");
        continue;
      }
      if (entries.containsKey(key.getValue())) {
        diagnostics.error(Code.YAML_DUPLICATE_KEY, path, position(keyNode, firstLine), "'" + key.getValue() + "' is given twice", "remove one of the two lines");
        continue;
      }
      entries.put(key.getValue(), tuple);
    }
    return new YamlMapping(path, firstLine, diagnostics, position(mapping, firstLine), entries);
  }

  public String path() {
    return path;
  }

  /** Where the mapping starts; used for "missing key" errors. */
  public Position start() {
    return start;
  }

  public boolean has(String key) {
    return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
  }

  /** Where {@code key}'s value is, or where the mapping starts when the key is absent. */
  public Position positionOf(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? start : position(tuple.getValueNode(), firstLine);
  }

  /** Reports every key not in {@code known}, suggesting the closest known key. */
  public void rejectUnknownKeys(Collection<String> known, String what) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!known.contains(entry.getKey())) {
        diagnostics.error(Code.UNKNOWN_KEY, 
            path,
            position(entry.getValue().getKeyNode(), firstLine),
            "unknown key '" + entry.getKey() + "' in " + what,
            Suggestions.didYouMean(entry.getKey(), known, "known keys are"));
      }
    }
  }

  /** Reports that {@code key}'s value is not acceptable, pointing at the value. */
  public void rejectValue(Code code, String key, String message) {
    rejectValue(code, key, message, "");
  }

  /** Reports that {@code key}'s value is not acceptable, with a hint. */
  public void rejectValue(Code code, String key, String message, String hint) {
    diagnostics.error(code, path, positionOf(key), message, hint);
  }

  /**
   * A text value. A number or true/false is taken as written ({@code title: 1984}), since YAML's
   * types are not the author's; a list or a mapping is reported.
   */
  public Optional<String> string(String key) {
    return scalar(key, "'" + key + "' must be text", "write the text after '" + key + ":' on the same line, in quotes if it starts with '[' or '{'");
  }

  /** A text value that must be present and not blank. */
  public Optional<String> requiredString(String key, String what) {
    if (!entries.containsKey(key)) {
      diagnostics.error(Code.MISSING_KEY, path, start, "missing '" + key + "'", "add a line '" + key + ": " + what + "'");
      return Optional.empty();
    }
    Optional<String> value = string(key);
    if (value.isPresent() && value.get().isEmpty() || value.isEmpty() && isNull(entries.get(key).getValueNode())) {
      diagnostics.error(Code.EMPTY_VALUE, path, positionOf(key), "'" + key + "' is empty", "write " + what + " after '" + key + ":'");
      return Optional.empty();
    }
    return value;
  }

  /** A whole number in {@code [min, max]}; written in quotes or not. */
  public Optional<Integer> integer(String key, int min, int max) {
    String expected = "'" + key + "' must be a whole number from " + min + " to " + max;
    String hint = "write one whole number after '" + key + ":', e.g. '" + key + ": " + Math.max(min, Math.min(max, 10)) + "'";
    Optional<String> text = scalar(key, expected, hint);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigInteger value = new BigInteger(text.get());
      if (value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
        return Optional.of(value.intValueExact());
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below with the same message as an out-of-range number
    }
    diagnostics.error(Code.NOT_A_WHOLE_NUMBER, path, positionOf(key), expected + ", not '" + text.get() + "'", hint);
    return Optional.empty();
  }

  /** {@code true} or {@code false}, in any case, written in quotes or not. */
  public Optional<Boolean> bool(String key) {
    String expected = "'" + key + "' must be true or false";
    String hint = "write '" + key + ": true' or '" + key + ": false'";
    Optional<String> text = scalar(key, expected, hint);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true":
        return Optional.of(true);
      case "false":
        return Optional.of(false);
      default:
        diagnostics.error(Code.NOT_TRUE_OR_FALSE, path, positionOf(key), expected + ", not '" + text.get() + "'", hint);
        return Optional.empty();
    }
  }

  /** The text of {@code key}'s single value, as written; a list or mapping is reported as not what was {@code expected}. */
  private Optional<String> scalar(String key, String expected, String hint) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    if (reportedIndentedUnder(key, value)) {
      return Optional.empty();
    }
    diagnostics.error(Code.WRONG_VALUE_SHAPE, path, position(value, firstLine), expected + ", not " + shape(value), hint);
    return Optional.empty();
  }

  /**
   * A list of text items. A single text value counts as a list of one ({@code authors: Ada});
   * a single number or true/false is reported, as it is more likely a slip than a list. Items
   * that are numbers are taken as written, like {@link #string} values.
   */
  public List<String> stringList(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return List.of();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar && isText(scalar)) {
      return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
    }
    if (!(value instanceof SequenceNode sequence)) {
      if (reportedIndentedUnder(key, value)) {
        return List.of();
      }
      diagnostics.error(Code.WRONG_VALUE_SHAPE, path, position(value, firstLine), "'" + key + "' must be a list of strings, not " + shape(value),
          "write each item on a line of its own below '" + key + ":', as '- item' (in quotes if it is only a number: - \"5\")");
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
        items.add(scalar.getValue().strip());
      } else if (item instanceof ScalarNode) {
        diagnostics.error(Code.EMPTY_LIST_ITEM, path, position(item, firstLine), "an item of '" + key + "' is empty", "write the item after the '- ', or remove the line");
      } else {
        diagnostics.error(Code.WRONG_VALUE_SHAPE, path, position(item, firstLine), "each item of '" + key + "' must be text, found " + shape(item), "if the item contains ': ', put it in quotes");
      }
    }
    return List.copyOf(items);
  }

  /** A nested mapping. */
  public Optional<YamlMapping> mapping(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof MappingNode mapping) {
      return Optional.of(fromNode(mapping, path, firstLine, diagnostics));
    }
    return Optional.empty();
  }

  /** True when {@code key} holds a nested mapping (rather than text or a list). */
  public boolean isMapping(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple != null && tuple.getValueNode() instanceof MappingNode;
  }

  /** True when {@code key} holds a list. */
  public boolean isList(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple != null && tuple.getValueNode() instanceof SequenceNode;
  }

  /**
   * Reports {@code key:} with nothing after it and a key indented under it: YAML reads the
   * indented lines as part of {@code key}, where the author most often meant a key of its own
   * and indented it by mistake. False when {@code value} is not such lines.
   */
  private boolean reportedIndentedUnder(String key, Node value) {
    if (!(value instanceof MappingNode mapping) || mapping.getFlowStyle() != FlowStyle.BLOCK || mapping.getValue().isEmpty()) {
      return false;
    }
    Node inner = mapping.getValue().get(0).getKeyNode();
    String name = inner instanceof ScalarNode scalar ? scalar.getValue() : "…";
    int spaces = entries.get(key).getKeyNode().getStartMark().map(Mark::getColumn).orElse(0);
    diagnostics.error(Code.KEY_INDENTED_UNDER, path, position(inner, firstLine), "'" + key + "' has no value of its own: '" + name + ":' below is indented under it",
        "start '" + name + ":' where '" + key + ":' starts (" + YamlLines.spaces(spaces) + " before it), and write the value of '"
            + key + "' after '" + key + ":'");
    return true;
  }

  /** What to do when the text is not 'key: value' lines; 'title:x', without a space, is the usual slip. */
  private static String notKeyValueHint(Node node) {
    Matcher glued = GLUED_KEY.matcher(node instanceof ScalarNode scalar ? scalar.getValue() : "");
    return glued.find() ? "put a space after the ':' of each key: '" + glued.group(1) + ": " + glued.group(2) + "'" : "write one 'key: value' per line";
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getTag().getValue().endsWith(":null")
        && scalar.getScalarStyle().toString().equals("PLAIN");
  }

  /** What {@code node} is, for "must be …, not …" messages. */
  private static String shape(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping (nested 'key: value' lines)";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    String tag = node.getTag().getValue();
    if (tag.equals(Tag.INT.getValue()) || tag.equals(Tag.FLOAT.getValue())) {
      return "a number";
    }
    if (tag.equals(Tag.BOOL.getValue())) {
      return "a true/false value";
    }
    return "text";
  }

  /** Whether a single value is text: quoted, or plain and not a number or true/false. */
  private static boolean isText(ScalarNode scalar) {
    return shape(scalar).equals("text");
  }

  private static Position position(Node node, int firstLine) {
    return node.getStartMark().map(m -> position(m, firstLine)).orElse(new Position(firstLine, 1));
  }

  private static Position position(Event event, int firstLine) {
    return event.getStartMark().map(m -> position(m, firstLine)).orElse(new Position(firstLine, 1));
  }

  private static Position position(Mark mark, int firstLine) {
    return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
  }
}
