package dev.attune.parse;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of {@code :::name} block that are part of the prose (everything but quizzes and
 * worksheets): callouts such as {@code :::note}, and the Carpentries lesson blocks such as
 * {@code :::challenge} with its {@code :::solution}. Each kind says how it is shown.
 */
enum BlockKind {
  NOTE("note", "Note", Shape.BOX),
  TIP("tip", "Tip", Shape.BOX),
  CAUTION("caution", "Caution", Shape.BOX),
  TRY("try", "Try this", Shape.BOX),
  CALLOUT("callout", "Callout", Shape.BOX),
  DISCUSSION("discussion", "Discussion", Shape.BOX),
  PREREQ("prereq", "Prerequisite", Shape.BOX),
  CHECKLIST("checklist", "Checklist", Shape.BOX),
  TESTIMONIAL("testimonial", "Testimonial", Shape.BOX),
  OBJECTIVES("objectives", "In this lesson you will", Shape.BOX),
  QUESTIONS("questions", "Questions", Shape.BOX),
  KEYPOINTS("keypoints", "Key points", Shape.BOX),
  CHALLENGE("challenge", "Challenge", Shape.BOX),
  SOLUTION("solution", "Show solution", Shape.COLLAPSED),
  HINT("hint", "Show hint", Shape.COLLAPSED),
  SPOILER("spoiler", "Show more", Shape.COLLAPSED),
  INSTRUCTOR("instructor", "Instructor note", Shape.HIDDEN);

  /** How a kind is shown to learners. */
  enum Shape {
    /** A titled box, open. */
    BOX,
    /** A {@code <details>} element, closed until the learner opens it (open on paper). */
    COLLAPSED,
    /** Never on learners' pages: kept for the facilitator page. */
    HIDDEN
  }

  private static final Map<String, BlockKind> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(BlockKind::cssName, Function.identity()));

  private final String name;
  private final String defaultTitle;
  private final Shape shape;

  BlockKind(String name, String defaultTitle, Shape shape) {
    this.name = name;
    this.defaultTitle = defaultTitle;
    this.shape = shape;
  }

  static Optional<BlockKind> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  String cssName() {
    return name;
  }

  /** The title shown when the block has no {@code title=} and no heading of its own. */
  String defaultTitle() {
    return defaultTitle;
  }

  Shape shape() {
    return shape;
  }

  /** Blocks that belong inside a {@code :::challenge} (or another block), never alone in the prose. */
  boolean needsChallenge() {
    return this == SOLUTION || this == HINT;
  }
}
