package dev.attune.parse;

import java.util.Optional;

/**
 * Whether a quiz's {@code pattern} means in the learner's browser what it means here. The build
 * checks patterns with Java's regular expressions; the quiz script runs them as JavaScript's,
 * which read some of Java's constructs as errors (a quiz that cannot check answers) or, worse, as
 * something else ({@code \A} is a plain "A" there). Those constructs are refused at their place.
 */
final class BrowserPattern {
  /** A construct the browser does not read as Java does, at {@code offset} in the pattern. */
  record Problem(int offset, String construct, String hint) {}

  private BrowserPattern() {}

  /** The first construct of {@code pattern} (already valid for Java) that the browser reads otherwise. */
  static Optional<Problem> problem(String pattern) {
    boolean inClass = false;
    boolean afterQuantifier = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        Optional<Problem> escape = escape(pattern, i);
        if (escape.isPresent()) {
          return escape;
        }
        i++;
        afterQuantifier = false;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
        } else if (c == '[') {
          return Optional.of(new Problem(i, "'[' inside a character class",
              "JavaScript reads it as a plain '['; write the class out in one, e.g. [a-z0-9]"));
        } else if (c == '&' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '&') {
          return Optional.of(new Problem(i, "'&&' inside a character class", "write the class out, listing what it should match"));
        }
        continue;
      }
      if (c == '+' && afterQuantifier) {
        return Optional.of(new Problem(i - 1, "the possessive quantifier '" + pattern.charAt(i - 1) + "+'",
            "use a plain quantifier: '" + pattern.charAt(i - 1) + "' (possessive ones are Java's only)"));
      }
      afterQuantifier = c == '*' || c == '+' || c == '?' && !(i > 0 && pattern.charAt(i - 1) == '(') || c == '}';
      if (c == '?' && i > 0 && isQuantifier(pattern.charAt(i - 1))) {
        afterQuantifier = false;
      }
      if (c == '[') {
        inClass = true;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
        Optional<Problem> group = group(pattern, i);
        if (group.isPresent()) {
          return group;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isQuantifier(char c) {
    return c == '*' || c == '+' || c == '?' || c == '}';
  }

  private static Optional<Problem> group(String pattern, int at) {
    String rest = pattern.substring(at + 2);
    if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=") || rest.startsWith("<!")
        || rest.matches("(?s)<[A-Za-z][A-Za-z0-9]*>.*")) {
      return Optional.empty();
    }
    if (rest.startsWith(">")) {
      return Optional.of(new Problem(at, "the atomic group '(?>'", "use a plain group '(?:' instead"));
    }
    String flags = rest.replaceFirst("(?s)^([A-Za-z-]*).*", "$1");
    return Optional.of(new Problem(at, "the flags '(?" + flags + "'",
        "remove them: answers are already compared ignoring case, and JavaScript has no inline flags"));
  }

  private static Optional<Problem> escape(String pattern, int at) {
    char next = pattern.charAt(at + 1);
    String hint = switch (next) {
      case 'A', 'Z', 'z', 'G' -> "remove it: the whole answer must match the pattern anyway (use ^ or $ if you need them)";
      case 'Q', 'E' -> "escape each special character with a backslash instead, e.g. c\\+\\+";
      case 'p', 'P' -> "list the characters instead, e.g. [a-zà-ÿ]";
      case 'h', 'H', 'R', 'v', 'V' -> "use \\s for white space";
      case 'X', 'K', 'N' -> "write out the characters it should match";
      case 'e', 'a' -> "write the character itself, or \\uXXXX";
      case 'x' -> at + 2 < pattern.length() && pattern.charAt(at + 2) == '{' ? "use \\uXXXX" : "";
      default -> "";
    };
    if (hint.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Problem(at, "'\\" + next + (next == 'x' ? "{" : "") + "'", hint));
  }
}
