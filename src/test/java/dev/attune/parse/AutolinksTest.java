package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.attune.bench.CourseGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick look before flexmark's autolink processor changes nothing but the time it takes. */
class AutolinksTest {
  @TempDir Path dir;

  private static String render(Extension autolinks, String markdown) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), autolinks));
    return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
  }

  @Test
  void seesWhatCouldBeAnAddress() {
    assertTrue(Autolinks.mayHoldAddress("see https://example.org"));
    assertTrue(Autolinks.mayHoldAddress("write to someone@example.org"));
    assertTrue(Autolinks.mayHoldAddress("go to WWW.example.org"));
    assertTrue(Autolinks.mayHoldAddress("a time: 10:30"));
    assertFalse(Autolinks.mayHoldAddress("A plain sentence about how we listen, wait and respond."));
    assertFalse(Autolinks.mayHoldAddress("ww w"));
  }

  @Test
  void rendersExactlyAsFlexmarksOwnExtension() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "Visit https://example.org/a_b?c=d&e=f now… or www.example.org, or mail a.b@example.org.",
        "“Quoted www.example.org” — and ‘https://example.org/x’ … &amp; http://a.b/c&d",
        "ftp://files.example.org/x and mailto:someone@example.org and file:///etc",
        "`code https://example.org` and <https://example.org> and [text](https://example.org)",
        "Time 10:30, ratio 1:2, no address here. Email at the end: x@y.z",
        "Entities &#58; &#64; &copy; www&#46;example.org"));
    new CourseGenerator(30, 3).writeAttune(dir.resolve("generated"));
    for (Path folder : List.of(Path.of("content"), dir.resolve("generated"))) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          texts.add(Files.readString(file));
        }
      }
    }
    for (String text : texts) {
      assertEquals(render(AutolinkExtension.create(), text), render(Autolinks.create(), text), text.substring(0, Math.min(80, text.length())));
    }
  }
}
