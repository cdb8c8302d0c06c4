package dev.attune.parse;

import dev.attune.diagnostics.Code;
import dev.attune.model.Option;
import dev.attune.model.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item-writing checks: the cues that let a learner pass a question without having read the
 * lesson. Each finding is a warning with advice, never an error: an author may know better, and
 * says so with {@code lint=false} on the question.
 */
final class QuizLint {
  /** The right answer is "clearly" the longest when it is this much longer than every other option... */
  static final double LONGEST_RATIO = 1.3;
  /** ...and longer by at least this many characters, so that short options are not judged by a word. */
  static final int LONGEST_MARGIN = 12;
  /** Shorter keyed answers are not checked for being copied from the lesson: short phrases repeat by chance. */
  static final int COPIED_MIN_WORDS = 6;

  private static final Pattern ALL_OR_NONE = Pattern.compile("(?i)\\b(all|none|both|neither) of (the|these) (above|options|answers)\\b");
  private static final Pattern ABSOLUTE = Pattern.compile("(?i)\\b(always|never|only|must|every)\\b");
  private static final String NUMBER = "(one|two|three|four|five|six|seven|\\d+)";
  private static final Pattern HOW_MANY = Pattern.compile("(?i)\\b(choose|select|pick|tick|mark|find|there are|there is)\\b[^.]{0,30}\\b"
      + NUMBER + "\\b|\\b" + NUMBER + "\\b[^.]{0,20}\\b(are|is) (right|correct|true)\\b|\\b" + NUMBER + " (right|correct) (answers?|options?)\\b");

  /** A cue found in a question: what it is and how to take it away. */
  record Finding(Code code, String message, String hint) {}

  private QuizLint() {}

  /**
   * @param lessonText the normalized words of the page around the quiz (see {@link #words}), to find keyed answers copied from it
   */
  static List<Finding> check(QuestionType type, String stemText, List<Option> options, String hintText, String lessonText) {
    List<Finding> findings = new ArrayList<>();
    if (type == QuestionType.SINGLE) {
      longestKey(options).ifPresent(findings::add);
    }
    if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE) {
      for (Option option : options) {
        Matcher m = ALL_OR_NONE.matcher(option.text());
        if (m.find()) {
          findings.add(new Finding(Code.ANSWER_BY_ELIMINATION, "the option '" + option.text() + "' is answered by elimination, not by knowing the lesson",
              "'" + m.group() + "' is right as soon as a learner spots two right options (or one wrong one); write a real alternative instead"));
        }
      }
      for (Option option : options) {
        if (option.correct() && copied(option.text(), lessonText)) {
          findings.add(copiedFinding(option.text()));
        }
      }
    }
    if (type == QuestionType.TRUE_FALSE) {
      Matcher m = ABSOLUTE.matcher(stemText);
      if (m.find()) {
        findings.add(new Finding(Code.ABSOLUTE_WORD, "this true/false statement says '" + m.group().toLowerCase(Locale.ROOT)
            + "'; statements with absolute words are nearly always false, so the word gives the answer away",
            "state the claim with the limits the lesson gives it, or ask a single-choice question instead"));
      }
      boolean keyedTrue = options.stream().anyMatch(o -> o.correct() && o.text().equalsIgnoreCase("true"));
      if (keyedTrue && copied(stemText, lessonText)) {
        findings.add(copiedFinding(stemText));
      }
    }
    if (HOW_MANY.matcher(hintText).find()) {
      findings.add(new Finding(Code.HINT_COUNTS_ANSWERS, "the hint says how many answers to choose",
          "a hint should send the learner back to the lesson (\"think about what the listener does next\"), not narrow the options"));
    }
    return findings;
  }

  private static Optional<Finding> longestKey(List<Option> options) {
    int key = -1;
    int longestOther = 0;
    for (Option option : options) {
      if (option.correct()) {
        key = option.text().length();
      } else {
        longestOther = Math.max(longestOther, option.text().length());
      }
    }
    if (key >= longestOther * LONGEST_RATIO && key - longestOther >= LONGEST_MARGIN) {
      return Optional.of(new Finding(Code.LONGEST_ANSWER, "the right answer is clearly the longest option (" + key + " characters; the longest other has "
          + longestOther + ")", "learners who are unsure pick the longest option; make the wrong options as full and specific as the right one,"
          + " or say the right one more briefly"));
    }
    return Optional.empty();
  }

  private static Finding copiedFinding(String text) {
    return new Finding(Code.ANSWER_COPIED, "the right answer '" + text + "' repeats the lesson word for word, so it tests recognition, not understanding",
        "put it in other words, or ask the learner to apply it to a situation");
  }

  private static boolean copied(String answer, String lessonText) {
    String words = words(answer);
    return words.strip().split(" ").length >= COPIED_MIN_WORDS && lessonText.contains(words);
  }

  /** {@code text} as lower-case words separated by single spaces, with a space at each end. */
  static String words(String text) {
    String flat = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return flat.isEmpty() ? " " : " " + flat + " ";
  }
}
