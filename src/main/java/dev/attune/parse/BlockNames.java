package dev.attune.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The container names authors can open with {@code :::}. */
final class BlockNames {
  /** Blocks that become interactive parts rendered by templates. */
  static final Set<String> INTERACTIVE = Set.of(QuizReader.NAME, WorksheetReader.NAME);

  private BlockNames() {}

  /** Fresh readers for one document (readers count their blocks to derive ids). */
  static java.util.Map<String, BlockReader> readers() {
    return java.util.Map.of(QuizReader.NAME, new QuizReader(), WorksheetReader.NAME, new WorksheetReader());
  }

  static boolean isInteractive(String name) {
    return INTERACTIVE.contains(name);
  }

  static boolean isKnown(String name) {
    return isInteractive(name) || BlockKind.named(name).isPresent();
  }

  static List<String> all() {
    List<String> names = new ArrayList<>(INTERACTIVE);
    for (BlockKind callout : BlockKind.values()) {
      names.add(callout.cssName());
    }
    return names;
  }
}
