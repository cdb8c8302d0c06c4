package dev.attune.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's autolink extension (plain web and mail addresses become links), with a quick look
 * first: its post-processor runs regular expressions over every run of text, which took an
 * eighth of a build's time, though almost no run holds an address. A run without ':', '@', "www"
 * or an entity cannot hold one, and is passed by; every other run goes to flexmark's processor
 * unchanged.
 */
final class Autolinks implements Parser.ParserExtension {
  static Autolinks create() {
    return new Autolinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Whether the text run that starts at {@code node} (as flexmark's processor joins it) could hold an address. */
  static boolean mayHoldAddress(Node node) {
    for (Node n = node; n == node || n instanceof Text || n instanceof TypographicText || n instanceof HtmlEntity; n = n.getNext()) {
      if (n instanceof HtmlEntity || mayHoldAddress(n.getChars())) {
        return true;
      }
    }
    return false;
  }

  static boolean mayHoldAddress(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '@' || c == '&') {
        return true;
      }
      if ((c == 'w' || c == 'W') && i + 2 < text.length() && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }

  private static final class Filter extends NodePostProcessor {
    private final AutolinkNodePostProcessor autolinks;

    Filter(Document document) {
      this.autolinks = new AutolinkNodePostProcessor(document);
    }

    @Override
    public void process(@NotNull NodeTracker state, @NotNull Node node) {
      if (mayHoldAddress(node)) {
        autolinks.process(state, node);
      }
    }
  }

  static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @NotNull
    @Override
    public NodePostProcessor apply(@NotNull Document document) {
      return new Filter(document);
    }
  }
}
