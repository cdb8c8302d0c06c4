package dev.attune.cli;

import dev.attune.scaffold.Scaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune new page}: a standalone page, linked from every page's menu. */
@Command(
    name = "page",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Adds a standalone page, linked from every page's menu.",
      "The file, pages/title.md, is numbered when the pages there are; its front matter shows every key with a comment, and a callout gives a start."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune new page \"Glossary\"",
      "  attune new page \"Facilitator guide\" --content my-course/content",
      "",
      "Exit codes: 0 created, 2 wrong usage or a file in the way (nothing is written)."
    })
final class NewPageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The page's title; the file is named after it.")
  List<String> title;

  @Override
  public Integer call() {
    Path file = NewCommand.orRefused(() -> Scaffold.page(content.folder(), String.join(" ", title)));
    spec.commandLine().getOut().println("Created " + NewCommand.show(file) + ". Preview it with: attune serve" + content.repeated());
    return Cli.OK;
  }
}
