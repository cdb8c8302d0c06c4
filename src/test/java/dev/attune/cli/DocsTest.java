package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's tables of options say what the commands really take. */
class DocsTest {
  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** The options a command's --help lists, without --help and --version. */
  private static Set<String> helpOptions(String... command) {
    CliRunner cli = new CliRunner();
    String[] args = java.util.Arrays.copyOf(command, command.length + 1);
    args[command.length] = "--help";
    assertEquals(0, cli.run(args));
    Set<String> options = matches(Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z-]+)"), cli.out());
    options.removeAll(Set.of("--help", "--version"));
    return options;
  }

  /** The options in the README's table under {@code ### `attune command`}. */
  private static Set<String> readmeOptions(String command) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("### `attune " + command + "`");
    int end = readme.indexOf("\n### ", start + 1);
    return matches(Pattern.compile("(?m)^\\| `(--[a-z-]+)"), readme.substring(start, end < 0 ? readme.length() : end));
  }

  @Test
  void theBuildTableListsEveryBuildOption() throws IOException {
    assertEquals(helpOptions("build"), readmeOptions("build"));
  }

  @Test
  void theNewTableListsEveryOptionOfItsKinds() throws IOException {
    Set<String> options = new TreeSet<>();
    for (String kind : new String[] {"course", "lesson", "worksheet", "page"}) {
      options.addAll(helpOptions("new", kind));
    }
    assertEquals(options, readmeOptions("new"));
  }
}
