package dev.attune.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} option of the commands that add to a course, as the other commands take it. */
final class ContentOption {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = SourceOptions.DEFAULT_CONTENT,
      description = "The course's content folder (default: ${DEFAULT-VALUE}).")
  String content;

  Path folder() {
    return Path.of(SourceOptions.display(content));
  }

  /** The option as the next command should repeat it: nothing for the default folder. */
  String repeated() {
    String folder = SourceOptions.display(content);
    return folder.equals(SourceOptions.DEFAULT_CONTENT) ? "" : " --content " + NewCommand.shellWord(folder);
  }
}
