package dev.attune.parse;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.model.Html;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Course Markdown: CommonMark plus tables, footnotes, typographic quotes, definition lists, task
 * lists, strikethrough, auto-links and {@code :::} containers. One instance is shared by a build.
 * Any text parses without overflowing the stack: nesting deeper than {@link NestingLimit#MAX_DEPTH}
 * is cut off and reported when the text renders.
 */
public final class MarkdownParser {
  private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)^<p>(.*)</p>\\s*$");

  private final DataHolder options;
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownParser() {
    MutableDataSet set = new MutableDataSet();
    set.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(),
        FootnoteExtension.create(),
        TypographicExtension.create(),
        DefinitionExtension.create(),
        TaskListExtension.create(),
        StrikethroughExtension.create(),
        Autolinks.create(),
        AttuneExtension.create(),
        ThematicBreaks.create(),
        NestingLimit.create()));
    // Real quote characters rather than entities: they read better in the HTML and in PDFs.
    // (Flexmark writes dashes and ellipses as entities whatever the options say.)
    set.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
    set.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
    set.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
    set.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
    set.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
    // Flexmark drops links that start with a lower-case "javascript:" and nothing else, without a
    // word; the course's own address check (SafeUrls) judges every spelling, and says so.
    set.set(HtmlRenderer.SUPPRESSED_LINKS, "");
    // A file name with a space may be linked as <a b.svg> (CommonMark since 0.29; this flexmark
    // predates it, and this option is how it reads such a link; it also takes [x](a b.svg)).
    set.set(Parser.SPACE_IN_LINK_URLS, true);
    set.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    set.set(HtmlRenderer.RENDER_HEADER_ID, true);
    set.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
    set.set(TablesExtension.CLASS_NAME, "table");
    set.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    this.options = set.toImmutable();
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new PregeneratedIds.Factory()).build();
  }

  /** Parses a whole page body, whose HTML is published only as far as it is safe. */
  public ParsedMarkdown parse(SourceText source) {
    return parse(source, false);
  }

  /**
   * Parses a whole page body; rendering waits until every page's anchors are known.
   *
   * @param trustedHtml publish HTML in the Markdown as written ({@code raw_html: trusted}), else only what is safe
   */
  public ParsedMarkdown parse(SourceText source, boolean trustedHtml) {
    Document document = parser.parse(source.text());
    PregeneratedIds.assign(document, options);
    AttributeBlocks.Result attributes = AttributeBlocks.apply(document, offset -> source.lines().position(offset).line());
    return new ParsedMarkdown(source, document, renderer, trustedHtml, attributes);
  }

  /**
   * Renders a short piece of Markdown such as a learning objective, without its paragraph tags.
   *
   * @param at where the text is in its file; every problem in it is reported there
   * @param trustedHtml publish HTML in the Markdown as written ({@code raw_html: trusted}), else only what is safe
   */
  public Html inline(String markdown, String path, Position at, LinkTargets links, Diagnostics diagnostics, boolean trustedHtml) {
    Document document = parser.parse(markdown);
    NestingLimit.of(document).ifPresent(tooDeep -> diagnostics.error(Code.MARKDOWN_TOO_DEEP, path, at, tooDeep.message(), tooDeep.hint()));
    RenderContext context = new RenderContext(path, offset -> at, links, diagnostics, trustedHtml, markdown);
    context.report(AttributeBlocks.apply(document, offset -> at.line()).problems());
    context.withoutHeadingAnchors();
    context.readRawHtml(document);
    document.set(RenderContext.KEY, context);
    String html = context.publishable(renderer.render(document)).strip();
    Matcher m = SINGLE_PARAGRAPH.matcher(html);
    return new Html(m.matches() && !m.group(1).contains("<p>") ? m.group(1) : html);
  }
}
