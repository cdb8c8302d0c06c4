package dev.attune.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Thematic breaks ({@code ***}, {@code - - -}, {@code ___}) found as Flexmark's own parser finds
 * them, in its place among the block parsers, but by a loop over the line: Flexmark's regular
 * expression recurses once a character, so a line of a few thousand '*', '-' or '_' overflowed
 * the stack.
 */
final class ThematicBreaks implements Parser.ParserExtension {
  private static final int CODE_INDENT = 4;

  static ThematicBreaks create() {
    return new ThematicBreaks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    options.set(Parser.THEMATIC_BREAK_PARSER, false);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new Factory());
  }

  /**
   * Whether {@code text} is a thematic break: three or more of the same one of '*', '-' or '_',
   * with nothing else but spaces and tabs.
   */
  static boolean isBreak(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    char mark = text.charAt(0);
    if (mark != '*' && mark != '-' && mark != '_') {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == mark) {
        marks++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marks >= 3;
  }

  private static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class, FencedCodeBlockParser.Factory.class,
          HtmlBlockParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {
    private final boolean relaxedStart;

    StartFactory(DataHolder options) {
      super(options);
      relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
    }

    /** As Flexmark's ThematicBreakParser.BlockFactory, with {@link #isBreak} for its pattern. */
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CODE_INDENT || (matched.getBlockParser().isParagraphParser() && !relaxedStart)) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      if (!isBreak(line.subSequence(state.getNextNonSpaceIndex(), line.length()))) {
        return BlockStart.none();
      }
      return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex()))).atIndex(line.length());
    }
  }
}
