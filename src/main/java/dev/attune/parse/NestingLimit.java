package dev.attune.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Keeps a syntax tree shallow enough for everything that walks it. Flexmark's post-processing and
 * rendering, and Attune's own checks, recurse once per level of nesting, so a few thousand block
 * quotes, list items, {@code :::} blocks or emphasis markers inside each other would overflow the
 * stack. Flexmark's block and inline parsers themselves keep their state in lists, so deep input
 * parses safely; right after, before any post-processor walks the tree, every branch deeper than
 * {@link #MAX_DEPTH} is cut off (by a walk without recursion) and the first cut is kept in the
 * document for the render to report. The same first step sets right the parent links Flexmark
 * gets wrong ({@link ParentLinks}), which the later walks rely on.
 */
final class NestingLimit implements Parser.ParserExtension {
  /**
   * Levels a node may be below the page: each block quote, list, list item, {@code :::} block,
   * paragraph, table part, emphasis, link and run of text is one. Real lessons stay under 20;
   * rendering takes about a kilobyte of stack a level, a tenth of a thread's stack at this limit.
   */
  static final int MAX_DEPTH = 100;

  /** Where nesting first went too deep: the node one level past the limit, and how deep its branch went. */
  record TooDeep(int offset, int depth) {
    String message() {
      return String.format(Locale.ROOT, "block quotes, lists, blocks or emphasis nest %,d levels deep here; at most %d levels are allowed",
          depth, MAX_DEPTH);
    }

    String hint() {
      return "each block quote, list, list item, ':::' block, paragraph, emphasis or link inside another is a level;"
          + " flatten the nesting (a stray '>', indent or '*' can add levels)";
    }
  }

  private static final NullableDataKey<TooDeep> KEY = new NullableDataKey<>("ATTUNE_TOO_DEEP");

  static NestingLimit create() {
    return new NestingLimit();
  }

  /** Where {@code document}'s nesting was cut, if it was. */
  static Optional<TooDeep> of(Document document) {
    return Optional.ofNullable(KEY.get(document));
  }

  /**
   * Cuts off everything deeper than {@link #MAX_DEPTH}, remembering the first cut. Walks down and
   * along with a stack of where to go on, never up by parent links (see {@link ParentLinks}).
   */
  static void apply(Document document) {
    TooDeep first = null;
    List<Node> resume = new ArrayList<>();
    Node node = document.getFirstChild();
    while (node != null || !resume.isEmpty()) {
      if (node == null) {
        node = resume.remove(resume.size() - 1);
        continue;
      }
      int depth = resume.size() + 1;
      if (depth == MAX_DEPTH && node.hasChildren()) {
        if (first == null) {
          first = new TooDeep(node.getFirstChild().getStartOffset(), depth + levelsBelow(node));
        }
        node.removeChildren();
      }
      if (node.hasChildren()) {
        resume.add(node.getNext());
        node = node.getFirstChild();
      } else {
        node = node.getNext();
      }
    }
    if (first != null) {
      document.set(KEY, first);
    }
  }

  /** How many levels the deepest descendant of {@code top} is below it. */
  private static int levelsBelow(Node top) {
    int deepest = 0;
    List<Node> resume = new ArrayList<>();
    Node node = top.getFirstChild();
    while (node != null || !resume.isEmpty()) {
      if (node == null) {
        node = resume.remove(resume.size() - 1);
        continue;
      }
      deepest = Math.max(deepest, resume.size() + 1);
      if (node.hasChildren()) {
        resume.add(node.getNext());
        node = node.getFirstChild();
      } else {
        node = node.getNext();
      }
    }
    return deepest;
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Runs before every other post-processor, which walk the tree with recursion and by its parent links. */
  private static final class Factory extends DocumentPostProcessorFactory {
    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(Autolinks.Factory.class);
    }

    @NotNull
    @Override
    public DocumentPostProcessor apply(@NotNull Document document) {
      return new DocumentPostProcessor() {
        @NotNull
        @Override
        public Document processDocument(@NotNull Document document) {
          ParentLinks.repair(document);
          NestingLimit.apply(document);
          return document;
        }
      };
    }
  }
}
