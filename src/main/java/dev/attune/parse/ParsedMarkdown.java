package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import dev.attune.model.Body;
import dev.attune.model.BodyPart;
import dev.attune.model.Html;
import dev.attune.model.HtmlPart;
import dev.attune.model.Ids;
import dev.attune.model.Solution;
import dev.attune.model.Worksheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed page body. Its heading anchors are known at once, so links between pages can be
 * checked; it renders later, once every page of the course has been parsed.
 */
public final class ParsedMarkdown {
  private static final Pattern HEADING_HTML = Pattern.compile("(?s)<h([1-6]) id=\"([^\"]+)\">(.*?)</h\\1>");

  private final SourceText source;
  private final Document document;
  private final HtmlRenderer renderer;
  private final boolean trustedHtml;
  private final AttributeBlocks.Result attributes;
  private String lessonWords;

  ParsedMarkdown(SourceText source, Document document, HtmlRenderer renderer, boolean trustedHtml, AttributeBlocks.Result attributes) {
    this.source = source;
    this.document = document;
    this.renderer = renderer;
    this.trustedHtml = trustedHtml;
    this.attributes = attributes;
  }

  /** Where an offset is in the file; lines are found once a render, not once a diagnostic (20,000 stray ':::' took seconds). */
  private IntFunction<Position> positions() {
    return source.lines()::position;
  }

  /** The ids a link can point at with {@code #id}: headings, and spans and images given an id ({@code [text]{#id}}); footnotes are taken on trust. */
  public Set<String> anchors() {
    Set<String> anchors = new LinkedHashSet<>();
    for (Heading heading : headings(false)) {
      anchors.add(heading.getAnchorRefId());
    }
    anchors.addAll(new TreeSet<>(attributes.ids().keySet()));
    return anchors;
  }

  /**
   * Every address the body names, as written, for knowing which files of the course it uses:
   * links, images and link definitions (relative to the file), and the addresses in raw HTML
   * (published as written, so relative to the page). Nothing is resolved or reported.
   */
  public List<String> addresses() {
    Set<String> found = new LinkedHashSet<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof LinkNodeBase link) {
        found.add(link.getUrl().unescape());
      } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        found.addAll(RawHtmlAddresses.of(node.getChars().toString()));
      }
    }
    found.remove("");
    return List.copyOf(found);
  }

  /** Renders the body, reporting problems (broken links, unknown blocks) to {@code diagnostics}. */
  public Body render(LinkTargets links, Diagnostics diagnostics) {
    return render(links, diagnostics, new IdRegistry().page(0));
  }

  /**
   * Renders the body, reporting problems (broken links, unknown blocks, invalid quizzes) to
   * {@code diagnostics}; the page's block ids are recorded in {@code ids}.
   */
  public Body render(LinkTargets links, Diagnostics diagnostics, IdRegistry.PageIds ids) {
    RenderContext context = context(links, diagnostics);
    TabIndents.check(document, source.text(), context, false);
    checkContainers(document, context);
    checkStrayClosingLines(document, context);
    checkHeadingLevels(context);
    checkImageDescriptions(document, context);
    document.set(RenderContext.KEY, context);
    List<BodyPart> interactive = readInteractiveBlocks(context, ids);
    LessonBlocks blocks = new LessonBlocks(document, new NodeHtml(renderer, context));
    List<Html> instructorNotes = blocks.instructorNotes(context);
    List<Solution> solutions = blocks.solutions();
    List<BodyPart> parts = split(renderer.render(document), interactive, context);
    StringBuilder html = new StringBuilder();
    for (BodyPart part : parts) {
      if (part instanceof HtmlPart htmlPart) {
        html.append(htmlPart.html().value());
      }
    }
    return new Body(parts, tableOfContents(html.toString()), instructorNotes, solutions, blocks.names());
  }

  private RenderContext context(LinkTargets links, Diagnostics diagnostics) {
    RenderContext context = new RenderContext(source.path(), positions(), links, diagnostics, trustedHtml, source.text());
    context.report(attributes.problems());
    NestingLimit.of(document).ifPresent(tooDeep -> context.error(Code.MARKDOWN_TOO_DEEP, tooDeep.offset(), tooDeep.message(), tooDeep.hint()));
    context.readRawHtml(document);
    return context;
  }

  private void checkContainers(Node parent, RenderContext context) {
    for (Node node : parent.getChildren()) {
      if (node instanceof ContainerBlock block) {
        String name = block.name().toString();
        if (!BlockNames.isKnown(name)) {
          context.error(Code.UNKNOWN_BLOCK, block.name().getStartOffset(), "unknown block ':::" + name + "'",
              Suggestions.didYouMean(name, BlockNames.all(), "the blocks are"));
        }
        BlockKind.named(name).filter(BlockKind::needsChallenge).filter(kind -> !LessonBlocks.insideChallenge(block)).ifPresent(kind ->
            context.error(Code.BLOCK_OUT_OF_PLACE, block.openingMarker().getStartOffset(), "a ':::" + name + "' must be inside a ':::challenge'",
                "move it before the ':::' line that closes the challenge it belongs to, or make it a ':::spoiler' to stand alone"));
        if (!block.isClosed()) {
          context.error(Code.BLOCK_NOT_CLOSED, block.openingMarker().getStartOffset(), "':::" + name + "' is never closed",
              "add a line ':::' where the " + name + " ends");
        }
        Attributes.Parse attributes = Attributes.parse(block.attributeText().toString());
        if (!attributes.ok()) {
          context.error(Code.BAD_ATTRIBUTES, block.attributeText().getStartOffset() + Math.max(0, attributes.errorOffset()), attributes.error(),
              "write attributes as name=value, with quotes around values that contain spaces");
        }
      }
      checkContainers(node, context);
    }
  }

  /**
   * Reads the whole file as one worksheet (a file in {@code worksheets/}): an introduction, then
   * prompts. Empty, after reporting why, when it is not a valid worksheet.
   */
  public Optional<Worksheet> renderWorksheet(String id, String title, LinkTargets links, Diagnostics diagnostics, IdRegistry.PageIds ids) {
    RenderContext context = context(links, diagnostics);
    context.withoutHeadingAnchors();
    TabIndents.check(document, source.text(), context, true);
    checkContainers(document, context);
    checkStrayClosingLines(document, context);
    checkImageDescriptions(document, context);
    document.set(RenderContext.KEY, context);
    for (ContainerBlock block : interactiveBlocks(document, new ArrayList<>())) {
      context.error(Code.BLOCK_IN_WORKSHEET, block.openingMarker().getStartOffset(), "a worksheet file cannot contain a ':::" + block.name() + "' block",
          "the whole file is the worksheet: write its prompts as '###' headings");
      return Optional.empty();
    }
    BlockContext blockContext = new BlockContext(context, new NodeHtml(renderer, context), ids, source, this::lessonWords);
    if (!Ids.isValid(id)) {
      context.error(Code.UNUSABLE_ID, 0, "the worksheet id '" + id + "' is not usable", "use lower-case letters, digits and '-' in 'id:' or the file name");
      return Optional.empty();
    }
    if (!blockContext.claim("worksheet", id, 0)) {
      return Optional.empty();
    }
    return new WorksheetReader().worksheet(id, title, BlockContext.children(document), 0, blockContext);
  }

  /** Turns quizzes and worksheets into model parts, each rendered in place of its block. */
  private List<BodyPart> readInteractiveBlocks(RenderContext context, IdRegistry.PageIds ids) {
    Map<String, BlockReader> readers = BlockNames.readers();
    BlockContext blockContext = new BlockContext(context, new NodeHtml(renderer, context), ids, source, this::lessonWords);
    List<BodyPart> parts = new ArrayList<>();
    for (ContainerBlock block : interactiveBlocks(document, new ArrayList<>())) {
      String name = block.name().toString();
      if (!(block.getParent() instanceof Document)) {
        context.error(Code.BLOCK_NOT_AT_TOP, block.openingMarker().getStartOffset(), "a " + name + " cannot be inside a list, a quote or another block",
            "start the ':::" + name + "' line at the beginning of a line, outside other blocks");
        context.replaceWithPart(block, RenderContext.NOTHING);
        continue;
      }
      Optional<BodyPart> part = readers.get(name).read(block, blockContext);
      if (part.isPresent()) {
        context.replaceWithPart(block, parts.size());
        parts.add(part.get());
      } else {
        context.replaceWithPart(block, RenderContext.NOTHING);
      }
    }
    return parts;
  }

  /** The page's words outside its quizzes and worksheets, for the quiz checks: made once, and only when a quiz asks. */
  private String lessonWords() {
    if (lessonWords == null) {
      StringBuilder text = new StringBuilder();
      for (Node node : document.getChildren()) {
        if (!(node instanceof ContainerBlock block && BlockNames.isInteractive(block.name().toString()))) {
          text.append(NodeHtml.text(node)).append('\n');
        }
      }
      lessonWords = QuizLint.words(text.toString());
    }
    return lessonWords;
  }

  private static List<ContainerBlock> interactiveBlocks(Node parent, List<ContainerBlock> found) {
    for (Node node : parent.getChildren()) {
      if (node instanceof ContainerBlock block && BlockNames.isInteractive(block.name().toString())) {
        found.add(block);
      } else {
        interactiveBlocks(node, found);
      }
    }
    return found;
  }

  /** A ':::' line outside any block is almost always a typo in the block's opening line. */
  private void checkStrayClosingLines(Node parent, RenderContext context) {
    for (Node node : parent.getChildren()) {
      if (node instanceof Paragraph paragraph) {
        for (BasedSequence line : paragraph.getContentLines()) {
          if (ContainerBlockParser.isClosing(line.trim())) {
            context.error(Code.STRAY_CLOSING_FENCE, line.getStartOffset(), "':::' closes no block",
                "check the block's opening line above, which must be ':::name' (e.g. ':::note'), or remove this line");
          }
        }
      } else {
        checkStrayClosingLines(node, context);
      }
    }
  }

  private void checkHeadingLevels(RenderContext context) {
    for (Heading heading : headings(true)) {
      if (heading.getLevel() == 1) {
        context.warning(Code.TITLE_HEADING, heading.getStartOffset(), "a '#' heading in the body repeats the page title",
            "the title comes from the front matter; start sections at '##'");
      }
    }
  }

  /** Every image needs a text alternative for people who cannot see it (WCAG 1.1.1). */
  private void checkImageDescriptions(Node parent, RenderContext context) {
    Map<Image, Map<String, String>> given = AttributeBlocks.IMAGES.get(document);
    for (Node node : parent.getChildren()) {
      // An alt= in the attribute block describes the image; alt='' says on purpose that it is decoration.
      boolean hasAlt = given != null && given.containsKey(node) && given.get(node).containsKey("alt");
      if (node instanceof Image image && image.getText().isBlank() && !hasAlt) {
        context.warning(Code.IMAGE_WITHOUT_ALT, image.getStartOffset(), "this image has no text alternative",
            "describe what it shows between the brackets, ![what the image shows](" + image.getUrl() + "), or in {alt='…'} after it");
      }
      checkImageDescriptions(node, context);
    }
  }

  /** Headings outside interactive blocks; with {@code topOnly}, outside every container. */
  private List<Heading> headings(boolean topOnly) {
    List<Heading> found = new ArrayList<>();
    collectHeadings(document, topOnly, found);
    return found;
  }

  private static void collectHeadings(Node parent, boolean topOnly, List<Heading> found) {
    for (Node node : parent.getChildren()) {
      if (node instanceof Heading heading && !heading.getAnchorRefId().isEmpty()) {
        found.add(heading);
      } else if (node instanceof ContainerBlock block
          && (topOnly || BlockNames.isInteractive(block.name().toString()) || block.name().toString().equals(BlockKind.INSTRUCTOR.cssName()))) {
        continue;
      } else {
        collectHeadings(node, topOnly, found);
      }
    }
  }

  /**
   * The page's sections for "On this page": its {@code ##} headings, or its {@code ###} headings
   * when it has no {@code ##} (a lesson written one level down still gets a list).
   */
  private List<dev.attune.model.Heading> tableOfContents(String html) {
    Map<String, String> rendered = new HashMap<>();
    Matcher m = HEADING_HTML.matcher(html);
    while (m.find()) {
      rendered.putIfAbsent(m.group(2), AttributedNodeRenderer.headingWords(m.group(3)));
    }
    List<Heading> top = headings(true);
    int level = top.stream().anyMatch(h -> h.getLevel() == 2) ? 2 : 3;
    List<dev.attune.model.Heading> toc = new ArrayList<>();
    for (Heading heading : top) {
      String inner = rendered.get(heading.getAnchorRefId());
      if (heading.getLevel() == level && inner != null) {
        toc.add(new dev.attune.model.Heading(heading.getLevel(), heading.getAnchorRefId(), new Html(inner)));
      }
    }
    return toc;
  }

  /** The rendered body cut at its parts' placeholders, each piece of HTML as it may be published. */
  private static List<BodyPart> split(String html, List<BodyPart> interactive, RenderContext context) {
    List<BodyPart> parts = new ArrayList<>();
    Matcher m = context.placeholders().matcher(html);
    int last = 0;
    while (m.find()) {
      addHtml(parts, html.substring(last, m.start()), context);
      parts.add(interactive.get(Integer.parseInt(m.group(1))));
      last = m.end();
    }
    addHtml(parts, html.substring(last), context);
    return parts;
  }

  private static void addHtml(List<BodyPart> parts, String html, RenderContext context) {
    String publishable = context.publishable(html);
    if (!publishable.isBlank()) {
      parts.add(new HtmlPart(new Html(publishable.endsWith("\n") ? publishable : publishable + "\n")));
    }
  }
}
