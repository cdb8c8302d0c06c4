package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.DocExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's tables of options say what the commands really take, and its commands are ones Attune reads. */
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

  /**
   * Every {@code attune …} line in a {@code sh} block of the README and the guides, such as
   * {@code attune new lesson "Repair" --module practice}: its command and options exist and take
   * what it gives them. Parsed as {@code attune} parses it, and not run.
   */
  @Test
  void everyCommandLineInTheDocsIsOneAttuneReads() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Path doc : List.of(Path.of("README.md"), Path.of("docs/authoring.md"), Path.of("docs/export.md"), Path.of("docs/templates.md"))) {
      for (DocExamples.Block block : DocExamples.blocks(Files.readString(doc))) {
        if (!block.language().equals("sh")) {
          continue;
        }
        for (String line : block.text().split("\n")) {
          Matcher command = Pattern.compile("^(?:\\./)?attune (.*?)\\s*(?:#.*)?$").matcher(line);
          if (!command.matches()) {
            continue;
          }
          List<String> args = words(command.group(1).replaceFirst("\\s*>.*$", ""));
          checked++;
          try {
            Cli.plain().commands().parseArgs(args.toArray(String[]::new));
          } catch (CommandLine.ParameterException e) {
            wrong.add(doc + ": " + line + ": " + e.getMessage());
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked >= 8, "found only " + checked + " command lines");
  }

  /** {@code new lesson "Active listening"} as the shell splits it. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
    }
    return words;
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
