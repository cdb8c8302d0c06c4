package dev.attune.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.util.ast.Node;
import dev.attune.diagnostics.Code;
import java.util.ArrayList;
import java.util.List;

/**
 * Tabs in indentation. Markdown counts a tab as up to four spaces, so a list indented with one
 * silently becomes a code block, and in a quiz a tab before an option makes it part of the
 * previous option's feedback. Outside quizzes and worksheets that is a warning; inside them,
 * where it changes what is asked or accepted, an error. Code and raw HTML may hold tabs.
 */
final class TabIndents {
  private TabIndents() {}

  /** @param wholeFileIsBlock the file is a worksheet of its own, so every line is a block's */
  static void check(Node document, String text, RenderContext context, boolean wholeFileIsBlock) {
    if (text.indexOf('\t') < 0) {
      return;
    }
    List<int[]> blocks = new ArrayList<>();
    List<int[]> exempt = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof ContainerBlock block && BlockNames.isInteractive(block.name().toString())) {
        blocks.add(new int[] {node.getStartOffset(), node.getEndOffset()});
      } else if (node instanceof FencedCodeBlock || node instanceof HtmlBlockBase) {
        exempt.add(new int[] {node.getStartOffset(), node.getEndOffset()});
      }
    }
    boolean previousHadTab = false;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int indent = start;
      boolean tab = false;
      while (indent < end && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
        tab |= text.charAt(indent) == '\t';
        indent++;
      }
      boolean report = tab && indent < end && !within(exempt, start);
      if (report && !previousHadTab) {
        if (wholeFileIsBlock || within(blocks, start)) {
          context.error(Code.TAB_INDENT, start, "this line is indented with a tab, which changes what the block reads",
              "indent with spaces: Markdown counts a tab as up to four, so a quiz option or a checklist item can become part of the one before it");
        } else {
          context.warning(Code.TAB_INDENT, start, "this line is indented with a tab",
              "indent with spaces: Markdown counts a tab as up to four, which can turn a list into a code block");
        }
      }
      previousHadTab = report;
      start = end + 1;
    }
  }

  private static boolean within(List<int[]> ranges, int offset) {
    for (int[] range : ranges) {
      if (offset >= range[0] && offset < range[1]) {
        return true;
      }
    }
    return false;
  }
}
