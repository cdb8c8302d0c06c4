package dev.attune.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code :::name} … {@code :::} containers as real Markdown blocks, so their content can be
 * any Markdown. A {@code :::} line closes the innermost open container; inside a fenced code block
 * it is just code.
 */
final class ContainerBlockParser extends AbstractBlockParser {
  /** {@code :::name attributes}, with Pandoc's optional trailing colons ({@code ::: name ::::}). */
  static final Pattern OPENING = Pattern.compile("^(:{3,})[ \\t]*([A-Za-z][A-Za-z0-9_-]*)(.*?)(?:[ \\t]+:{3,})?[ \\t]*$");
  private static final int CODE_INDENT = 4;
  /** The line number of a ':::' line that closed a container and still needs consuming. */
  static final DataKey<Integer> CLOSING_LINE = new DataKey<>("ATTUNE_CLOSING_LINE", -1);

  private final ContainerBlock block = new ContainerBlock();

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.getIndent() < CODE_INDENT && isClosingLine(state) && !nestedBlockOwnsLine(state)) {
      block.markClosed();
      if (state.getActiveBlockParser() == this) {
        return BlockContinue.finished();
      }
      // Flexmark's "finished" would close this block but leave an open paragraph or list inside
      // it active. Declining the line closes them all; the line itself is then taken by a
      // ClosingLine block, so it does not become paragraph text.
      CLOSING_LINE.set(state.getProperties(), state.getLineNumber());
      return BlockContinue.none();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private static boolean isClosingLine(ParserState state) {
    BasedSequence line = state.getLine();
    return isClosing(line.subSequence(state.getNextNonSpaceIndex(), line.length()).trimEOL());
  }

  /**
   * Whether {@code text} is a closing line: three or more ':' and then only spaces or tabs. A
   * loop, not a regular expression: every open container asks this of every line.
   */
  static boolean isClosing(CharSequence text) {
    int colons = 0;
    while (colons < text.length() && text.charAt(colons) == ':') {
      colons++;
    }
    if (colons < 3) {
      return false;
    }
    for (int i = colons; i < text.length(); i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A ':::' line belongs to a container or code block opened inside this one. */
  private boolean nestedBlockOwnsLine(ParserState state) {
    // From the innermost block out to this one: every container on the line asks, so a walk
    // from this one inwards made a thousand nested containers take seconds to close.
    List<BlockParser> active = state.getActiveBlockParsers();
    for (int i = active.size() - 1; i >= 0 && active.get(i) != this; i--) {
      BlockParser inner = active.get(i);
      if (inner instanceof ContainerBlockParser || inner.getBlock() instanceof FencedCodeBlock) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void closeBlock(ParserState state) {
    block.setCharsFromContent();
  }

  /** Consumes the ':::' line of a container that was closed while a paragraph in it was open. */
  private static final class ClosingLineParser extends AbstractBlockParser {
    private final ClosingLine block = new ClosingLine();

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
      block.setCharsFromContent();
    }
  }

  /** The node of a consumed closing line; it renders as nothing. */
  static final class ClosingLine extends Block {
    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** Registers the parser with Flexmark. */
  static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
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
    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CODE_INDENT) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int start = state.getNextNonSpaceIndex();
      BasedSequence rest = line.subSequence(start, line.length()).trimEOL();
      if (CLOSING_LINE.get(state.getProperties()) == state.getLineNumber() && isClosing(rest)) {
        return BlockStart.of(new ClosingLineParser()).atIndex(line.length());
      }
      Matcher m = OPENING.matcher(rest);
      if (!m.matches()) {
        return BlockStart.none();
      }
      ContainerBlockParser parser = new ContainerBlockParser();
      parser.block.setOpeningMarker(rest.subSequence(m.start(1), m.end(1)));
      parser.block.setName(rest.subSequence(m.start(2), m.end(2)));
      parser.block.setAttributeText(rest.subSequence(m.start(3), m.end(3)));
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
