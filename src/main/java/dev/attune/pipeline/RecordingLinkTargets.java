package dev.attune.pipeline;

import dev.attune.parse.LinkTarget;
import dev.attune.parse.LinkTargets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Link targets that remember every address a page asked about and the answer it got. A page's
 * render depends on the rest of the course only through these answers, so when they are all the
 * same in a later build, so is the render. One page renders on one thread, so it is not shared.
 */
final class RecordingLinkTargets implements LinkTargets {
  /** One question a page asked. */
  record Lookup(String href, boolean image) {}

  private final LinkTargets targets;
  private final Map<Lookup, LinkTarget> answers = new LinkedHashMap<>();

  RecordingLinkTargets(LinkTargets targets) {
    this.targets = targets;
  }

  @Override
  public LinkTarget resolve(String href, boolean image) {
    return answers.computeIfAbsent(new Lookup(href, image), lookup -> targets.resolve(lookup.href(), lookup.image()));
  }

  Map<Lookup, LinkTarget> answers() {
    return Map.copyOf(answers);
  }

  /** Whether {@code targets} answer every recorded question as before. */
  static boolean sameAnswers(Map<Lookup, LinkTarget> answers, LinkTargets targets) {
    for (Map.Entry<Lookup, LinkTarget> answer : answers.entrySet()) {
      if (!answer.getValue().equals(targets.resolve(answer.getKey().href(), answer.getKey().image()))) {
        return false;
      }
    }
    return true;
  }
}
