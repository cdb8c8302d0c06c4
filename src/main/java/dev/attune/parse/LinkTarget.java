package dev.attune.parse;

/** What a link or image address in Markdown turns into on the built page. */
public sealed interface LinkTarget {
  /** Leave the address as written (an outside web address, a mail link). */
  record Keep() implements LinkTarget {}

  /** Write {@code url} instead: the address of the built page or copied file. */
  record Rewrite(String url) implements LinkTarget {}

  /** The address leads nowhere; the build reports it. */
  record Broken(String message, String hint) implements LinkTarget {}
}
