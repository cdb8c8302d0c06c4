package dev.attune.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.attune.diagnostics.Code;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's attribute blocks, as Carpentries lessons write them: after an image
 * ({@code ![](fig/x.svg){alt='…' width="40%"}}), after bracketed text, which becomes a span
 * ({@code [text]{#id .class}}), and on a code fence ({@code ```{.output}}). Read once, right after
 * parsing, so that span ids are link targets before any page renders. Only attributes that are
 * safe to publish are kept; every other one, and every block that cannot be read, is reported.
 */
final class AttributeBlocks {
  /** The attributes each image gets, by image node. */
  static final NullableDataKey<Map<Image, Map<String, String>>> IMAGES = new NullableDataKey<>("ATTUNE_IMAGE_ATTRIBUTES");

  static final String HINT = "write attributes as {#id .class key=value}, with quotes around values that contain spaces:"
      + " {alt='what the image shows' width=\"40%\"}";
  private static final Set<String> IMAGE_KEYS = Set.of("alt", "title", "width", "height");
  private static final Set<String> SPAN_KEYS = Set.of("title", "lang", "dir");
  private static final Pattern PIXELS = Pattern.compile("(\\d{1,5})(?:px)?");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)%");

  /** A problem found while reading, reported when the page renders (where its position is known). */
  record Problem(Code code, boolean error, int offset, String message, String hint) {}

  /** What the pass found: problems, and the ids of spans and images with where each is first written. */
  record Result(List<Problem> problems, Map<String, Integer> ids) {
    static final Result NONE = new Result(List.of(), Map.of());
  }

  private final CharSequence text;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> ids = new LinkedHashMap<>();
  /** Every id given, in the order written, and what it was given to ("a span", "an image"), for the check for twins. */
  private final List<Claim> claims = new ArrayList<>();

  private record Claim(String id, int offset, String what) {}
  private final Map<Image, Map<String, String>> images = new IdentityHashMap<>();

  private AttributeBlocks(CharSequence text) {
    this.text = text;
  }

  /**
   * Reads the attribute blocks of {@code document} (whose headings already have their ids) and
   * takes them out of its text.
   *
   * @param lineOf the line of an offset, for naming where an id was first used
   */
  static Result apply(Document document, IntUnaryOperator lineOf) {
    CharSequence text = document.getChars();
    if (text.toString().indexOf('{') < 0) {
      return Result.NONE;
    }
    AttributeBlocks pass = new AttributeBlocks(text);
    List<Node> nodes = new ArrayList<>();
    document.getDescendants().forEach(nodes::add);
    for (Node node : nodes) {
      if (node instanceof Image image) {
        pass.image(image);
      } else if (node instanceof LinkRef ref && !ref.isDefined() && ref.getChars().length() == ref.getReference().length() + 2) {
        pass.span(ref);
      } else if (node instanceof FencedCodeBlock code) {
        pass.codeFence(code);
      }
    }
    if (!pass.images.isEmpty()) {
      document.set(IMAGES, pass.images);
    }
    pass.checkIds(document, lineOf);
    return new Result(List.copyOf(pass.problems), Map.copyOf(pass.ids));
  }

  private void image(Image image) {
    PandocAttributes attributes = take(image);
    if (attributes == null) {
      return;
    }
    Map<String, String> html = new LinkedHashMap<>();
    keepIdAndClasses(attributes, html);
    for (Map.Entry<String, String> entry : attributes.values().entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      int at = attributes.offsetOf(key, image.getEndOffset());
      if (!IMAGE_KEYS.contains(key)) {
        leftOut(key, at, "an image", "alt, title, width, height, #id and .class");
      } else if (key.equals("width") || key.equals("height")) {
        size(key, value, at, html);
      } else {
        html.put(key, value);
      }
    }
    images.put(image, html);
    claim(attributes, image.getStartOffset(), "an image");
    if (html.containsKey("alt") && !image.getText().isBlank() && aloneInParagraph(image)) {
      // Pandoc's figure: with alt= for the description, the words in brackets are the caption.
      Node paragraph = image.getParent();
      ImageFigure figure = new ImageFigure();
      figure.setChars(paragraph.getChars());
      paragraph.insertBefore(figure);
      figure.appendChild(image);
      paragraph.unlink();
    }
  }

  private void size(String key, String value, int at, Map<String, String> html) {
    Matcher pixels = PIXELS.matcher(value);
    Matcher percent = PERCENT.matcher(value);
    if (pixels.matches()) {
      html.put(key, pixels.group(1));
    } else if (key.equals("width") && percent.matches()) {
      // Inline styles are blocked by the pages' Content-Security-Policy, so a share of the
      // column is a class: the theme has one for every tenth.
      long tenths = Math.max(1, Math.min(10, Math.round(Double.parseDouble(percent.group(1)) / 10)));
      html.merge("class", "img-w" + tenths * 10, (a, b) -> a + " " + b);
    } else {
      problems.add(new Problem(Code.ATTRIBUTE_VALUE, false, at, key + "='" + value + "' is not a size Attune can use, so it was left out",
          key.equals("width") ? "give the width in pixels (width=300) or as a share of the column (width=\"40%\")"
              : "give the height in pixels (height=200), or leave it out to keep the image's proportions"));
    }
  }

  private void span(LinkRef ref) {
    PandocAttributes attributes = take(ref);
    if (attributes == null) {
      return;
    }
    Map<String, String> html = new LinkedHashMap<>();
    keepIdAndClasses(attributes, html);
    for (Map.Entry<String, String> entry : attributes.values().entrySet()) {
      if (SPAN_KEYS.contains(entry.getKey())) {
        html.put(entry.getKey(), entry.getValue());
      } else {
        leftOut(entry.getKey(), attributes.offsetOf(entry.getKey(), ref.getStartOffset()), "a span", "#id, .class, title, lang and dir");
      }
    }
    claim(attributes, ref.getStartOffset(), "a span");
    Span span = new Span(html);
    span.setChars(ref.getChars());
    ref.insertBefore(span);
    span.takeChildren(ref);
    ref.unlink();
  }

  private void codeFence(FencedCodeBlock code) {
    BasedSequence info = code.getInfo();
    if (info.isNull() || !info.toString().startsWith("{")) {
      return;
    }
    PandocAttributes.Read read = PandocAttributes.read(text, info.getStartOffset(), info.getEndOffset());
    if (read == null) {
      problems.add(new Problem(Code.BAD_ATTRIBUTES, true, info.getStartOffset(), "'{' is not closed by '}'", HINT));
    } else if (!read.ok()) {
      problems.add(new Problem(Code.BAD_ATTRIBUTES, true, read.errorOffset(), read.error(), HINT));
    } else {
      PandocAttributes attributes = read.attributes();
      for (Map.Entry<String, Integer> part : attributes.offsets().entrySet()) {
        if (!part.getKey().startsWith(".")) {
          String name = part.getKey().equals("#") ? "#" + attributes.id() : part.getKey();
          problems.add(new Problem(Code.UNKNOWN_ATTRIBUTE, false, part.getValue(),
              "'" + name + "' is not an attribute a code block may have, so it was left out",
              "a code block takes classes only: its language (.bash) or .output or .error"));
        }
      }
    }
  }

  /** The attribute block right after {@code node}, taken out of the text; null when there is none or it cannot be read. */
  private PandocAttributes take(Node node) {
    int open = node.getEndOffset();
    Node parent = node.getParent();
    if (open >= text.length() || text.charAt(open) != '{' || parent == null) {
      return null;
    }
    PandocAttributes.Read read = PandocAttributes.read(text, open, parent.getEndOffset());
    if (read == null) {
      return null;
    }
    if (!read.ok()) {
      // Braces whose first word is no attribute at all ("[1, 2]{ and so on }") are text, as in
      // Pandoc; a block that starts like one and then goes wrong is a mistake worth pointing at.
      int first = open + 1;
      while (first < read.errorOffset() && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      if (read.errorOffset() > first) {
        problems.add(new Problem(Code.BAD_ATTRIBUTES, true, read.errorOffset(), read.error(), HINT));
      }
      return null;
    }
    List<Node> covered = new ArrayList<>();
    for (Node next = node.getNext(); next != null && next.getStartOffset() < read.end(); next = next.getNext()) {
      if (next.getEndOffset() > read.end() && !(next instanceof Text)) {
        problems.add(new Problem(Code.BAD_ATTRIBUTES, true, open, "this attribute block cannot be told apart from the code, quote or"
            + " emphasis that runs across its end, so it is left as text", "write a backtick, * or _ in a value as \\`, \\* or \\_"));
        return null;
      }
      covered.add(next);
    }
    for (Node next : covered) {
      if (next.getEndOffset() <= read.end()) {
        next.unlink();
      } else {
        Text rest = (Text) next;
        rest.setChars(rest.getChars().subSequence(read.end() - rest.getStartOffset()));
      }
    }
    return read.attributes();
  }

  private static void keepIdAndClasses(PandocAttributes attributes, Map<String, String> html) {
    if (!attributes.id().isEmpty()) {
      html.put("id", attributes.id());
    }
    if (!attributes.classes().isEmpty()) {
      html.put("class", String.join(" ", attributes.classes()));
    }
  }

  private void leftOut(String key, int at, String what, String allowed) {
    String lower = key.toLowerCase(Locale.ROOT);
    String why = lower.startsWith("on") ? "event handlers would run code in the learner's browser"
        : lower.equals("style") ? "inline styles are blocked by the pages' Content-Security-Policy"
        : "it is not an attribute " + what + " may have";
    problems.add(new Problem(Code.UNKNOWN_ATTRIBUTE, false, at, "'" + key + "' was left out: " + why,
        "use only " + allowed + "; for a look of your own, give a .class and style it in a template override"));
  }

  private void claim(PandocAttributes attributes, int start, String what) {
    if (!attributes.id().isEmpty()) {
      ids.putIfAbsent(attributes.id(), start);
      claims.add(new Claim(attributes.id(), start, what));
    }
  }

  private static boolean aloneInParagraph(Image image) {
    if (!(image.getParent() instanceof Paragraph paragraph)) {
      return false;
    }
    for (Node child : paragraph.getChildren()) {
      boolean blank = child instanceof SoftLineBreak || (child instanceof Text t && t.getChars().isBlank());
      if (child != image && !blank) {
        return false;
      }
    }
    return true;
  }

  /** Ids must be unique on the page, headings' ids included, or a link could not tell them apart. */
  private void checkIds(Document document, IntUnaryOperator lineOf) {
    if (ids.isEmpty()) {
      return;
    }
    Map<String, Integer> headings = new LinkedHashMap<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Heading heading && !heading.getAnchorRefId().isEmpty()) {
        headings.putIfAbsent(heading.getAnchorRefId(), heading.getStartOffset());
      }
    }
    Map<String, Claim> seen = new LinkedHashMap<>();
    for (Claim claim : claims) {
      Integer heading = headings.get(claim.id());
      Claim earlier = seen.putIfAbsent(claim.id(), claim);
      if (heading != null || earlier != null) {
        String first = heading != null ? "a heading at line " + lineOf.applyAsInt(heading)
            : earlier.what() + " at line " + lineOf.applyAsInt(earlier.offset());
        problems.add(new Problem(Code.DUPLICATE_ID, true, claim.offset(), "the id '" + claim.id() + "' is already used on this page, by " + first,
            "give " + claim.what().replaceFirst("^an? ", "this ") + " an id of its own: links to '#" + claim.id() + "' can lead to one place only"));
      }
    }
  }
}
