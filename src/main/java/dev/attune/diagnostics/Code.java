package dev.attune.diagnostics;

import dev.attune.diagnostics.Code;
/**
 * The stable code of each kind of problem Attune reports, e.g. {@code A0401}. The message of a
 * diagnostic may be reworded from one release to the next; its code may not, so that editors, CI
 * filters and searches keep working. Each code is explained, with its fix, in
 * {@code docs/diagnostics.md} under a heading of the same code; a test keeps the two in step.
 *
 * <p>The hundreds say where a problem is found: 01 YAML and course.yml, 02 files and folders, 03
 * front matter, 04 Markdown, blocks and links, 05 quizzes, 06 worksheets, 07 the theme's
 * templates, 08 writing the site and its PDFs. A retired code is never given to another problem.
 */
public enum Code {
  YAML_SYNTAX("A0101", "the YAML cannot be read"),
  YAML_NOT_MAPPING("A0102", "the YAML is not a list of 'key: value' lines"),
  YAML_TOO_DEEP("A0103", "lists and mappings nest too deeply"),
  YAML_TOO_MANY_ALIASES("A0104", "too many aliases repeat lists or mappings"),
  YAML_KEY_NOT_WORD("A0105", "a key is not a plain word"),
  YAML_DUPLICATE_KEY("A0106", "a key is given twice"),
  UNKNOWN_KEY("A0107", "a key Attune does not know"),
  MISSING_KEY("A0108", "a required key is missing"),
  EMPTY_VALUE("A0109", "a required value is empty"),
  WRONG_VALUE_SHAPE("A0110", "a value is a list, a mapping or text where something else is expected"),
  NOT_A_WHOLE_NUMBER("A0111", "a value is not a whole number in range"),
  NOT_TRUE_OR_FALSE("A0112", "a value is not true or false"),
  EMPTY_LIST_ITEM("A0113", "an item of a list is empty"),
  INVALID_SETTING("A0114", "a course.yml setting has a value it cannot take"),
  KEY_INDENTED_UNDER("A0115", "a key is indented under a key that has no value"),
  COMMENT_CUTS_VALUE("A0116", "a '#' turns the rest of a value into a comment"),

  CANNOT_READ("A0201", "a file or folder cannot be read"),
  NOT_UTF8("A0202", "a file is not UTF-8 text"),
  FILE_NAME_ENCODING("A0203", "a file name cannot be read as UTF-8"),
  UNICODE_NAME_CLASH("A0204", "two names differ only in their Unicode form"),
  LINK_LEADS_NOWHERE("A0205", "a symbolic link leads nowhere"),
  LINK_CANNOT_BE_FOLLOWED("A0206", "a symbolic link cannot be followed"),
  LINK_LEADS_OUTSIDE("A0207", "a symbolic link leads outside the content folder"),
  LINK_LEADS_TO_ITS_FOLDER("A0208", "a symbolic link leads to a folder that holds it"),
  LESSON_TOO_DEEP("A0209", "a lesson is more than one folder deep"),
  MODULE_FILE_MISPLACED("A0210", "a _module.yml outside a module folder"),
  NO_COURSE_FILE("A0211", "the course has no course.yml"),
  STRAY_MARKDOWN("A0212", "a Markdown file in no folder the course reads"),
  NAME_WITHOUT_WORD("A0213", "a file or folder name has no letter or digit"),
  LESSON_OUTSIDE_MODULE("A0214", "a lesson outside the module folders"),
  MODULE_WITHOUT_FILE("A0215", "a module folder has no _module.yml"),
  SAME_ADDRESS("A0216", "two sources would be published at the same address"),
  EMPTY_MODULE("A0217", "a module has no lessons"),
  LEFTOVER_FILE("A0218", "an editor's or system's leftover file among the course's files"),
  UNUSED_ASSET("A0219", "nothing links to a file in assets/"),

  NO_FRONT_MATTER("A0301", "a file has no front matter"),
  FRONT_MATTER_NOT_CLOSED("A0302", "the front matter is never closed"),
  WORKSHEET_LESSON("A0303", "a worksheet's 'lesson' names no lesson"),
  UNUSABLE_ID("A0304", "an id cannot be made into an address"),
  FRONT_MATTER_CLOSED_AT_ONCE("A0305", "a second '---' closes the front matter before its keys"),
  DURATION_MISMATCH("A0306", "'duration' is not the sum of 'teaching' and 'exercises'"),
  GIVEN_TWICE("A0307", "objectives or key points are given both in the front matter and as a block"),

  UNKNOWN_BLOCK("A0401", "an unknown ':::' block"),
  BLOCK_NOT_CLOSED("A0402", "a ':::' block is never closed"),
  BAD_ATTRIBUTES("A0403", "attributes in '{…}' cannot be read"),
  BLOCK_IN_WORKSHEET("A0404", "a ':::' block inside a worksheet file"),
  BLOCK_NOT_AT_TOP("A0405", "a quiz or worksheet inside a list, a quote or another block"),
  STRAY_CLOSING_FENCE("A0406", "a ':::' line closes no block"),
  TITLE_HEADING("A0407", "a '#' heading repeats the page title"),
  IMAGE_WITHOUT_ALT("A0408", "an image has no text alternative"),
  TAB_INDENT("A0409", "a line is indented with a tab"),
  MARKDOWN_TOO_DEEP("A0410", "lists, quotes or blocks nest too deeply"),
  BROKEN_LINK("A0411", "a link or image leads nowhere"),
  DUPLICATE_ID("A0412", "an id is used twice"),
  UNSAFE_ADDRESS("A0413", "an address that could run code or load from elsewhere was removed"),
  RAW_HTML_REMOVED("A0414", "raw HTML was removed"),
  UNKNOWN_ATTRIBUTE("A0415", "an attribute in '{…}' that Attune does not know"),
  MISSING_ID("A0416", "a question or prompt has no {#id}"),
  ATTRIBUTE_VALUE("A0417", "an attribute in '{…}' has a value Attune cannot use"),
  BLOCK_OUT_OF_PLACE("A0418", "a ':::solution' or ':::hint' outside a challenge"),

  QUIZ_WITHOUT_QUESTIONS("A0501", "a quiz has no questions"),
  QUESTION_WITHOUT_TEXT("A0502", "a question has no text"),
  SHUFFLE_NOT_APPLICABLE("A0503", "shuffle= on a question that is never shuffled"),
  NOT_A_BOOLEAN_ATTRIBUTE("A0504", "an attribute is not true or false"),
  UNKNOWN_QUESTION_TYPE("A0505", "an unknown question type"),
  REPEATED_PARAGRAPH("A0506", "a question has two 'Hint:' or 'Explanation:' paragraphs"),
  TEXT_AFTER_OPTIONS("A0507", "something other than a hint or explanation follows the options"),
  QUESTION_WITHOUT_OPTIONS("A0508", "a question has no options"),
  PATTERN_NOT_APPLICABLE("A0509", "pattern= on a question that is not short-answer"),
  PATTERN_NOT_FOR_BROWSER("A0510", "a pattern the learner's browser reads differently"),
  PATTERN_INVALID("A0511", "a pattern is not a valid regular expression"),
  STEPS_WITH_BOXES("A0512", "the steps of an ordering question have boxes"),
  OPTION_WITHOUT_BOX("A0513", "an option has no [ ] or [x]"),
  EMPTY_OPTION("A0514", "an option is empty"),
  ANSWERS_DO_NOT_FIT("A0515", "the right answers do not fit the question type"),
  DUPLICATE_ANSWER("A0516", "an answer is listed twice"),
  ANSWER_BY_ELIMINATION("A0517", "an option is answered by elimination"),
  ANSWER_COPIED("A0518", "a right answer repeats the lesson word for word"),
  ABSOLUTE_WORD("A0519", "a true/false statement turns on a word such as 'always'"),
  HINT_COUNTS_ANSWERS("A0520", "a hint says how many answers to choose"),
  LONGEST_ANSWER("A0521", "the right answer is clearly the longest option"),
  TRUE_FALSE_IMBALANCE("A0522", "the course's true/false statements are nearly all keyed the same way"),

  WORKSHEET_WITHOUT_PROMPTS("A0601", "a worksheet has no prompts"),
  PROMPT_WITHOUT_TEXT("A0602", "a prompt has no text"),
  UNKNOWN_PROMPT_KIND("A0603", "an unknown prompt kind"),
  BAD_SCALE("A0604", "a scale's range is empty or too large"),
  PROMPT_WITHOUT_ITEMS("A0605", "a list prompt has no items"),
  EMPTY_ITEM("A0606", "an item of a prompt is empty"),
  TOO_FEW_ITEMS("A0607", "a prompt needs at least two items"),
  TABLE_MISSING("A0608", "a table prompt has no table"),
  TABLE_TOO_SMALL("A0609", "a table prompt has too few columns or rows"),
  TABLE_ROW_WITHOUT_NAME("A0610", "a row of a table prompt has no name"),
  TABLE_CELL_FILLED("A0611", "a learner's cell of a table prompt has text"),
  NUMBER_OUT_OF_RANGE("A0612", "a number attribute is not a whole number in range"),

  TEMPLATE_MISSING("A0701", "a template is not found"),
  TEMPLATE_SYNTAX("A0702", "a template cannot be read"),
  TEMPLATE_VALUE_MISSING("A0703", "a template uses a value that is not there"),
  TEMPLATE_FAILED("A0704", "a template failed while rendering"),
  THEME_UNREADABLE("A0705", "the theme or a template cannot be read"),
  TEMPLATE_RECURSION("A0706", "a template calls itself without end"),
  THEME_FOLDER_MISSING("A0707", "the folder 'theme:' names is not there, or is a file"),
  THEME_INSIDE_CONTENT("A0708", "the theme folder is inside the content folder"),
  UNUSED_OVERRIDE("A0709", "a file in the theme folder replaces nothing"),

  CANNOT_WRITE_SITE("A0801", "the site cannot be written"),
  PDF_FAILED("A0802", "a printable PDF cannot be made"),
  PDF_MISSING_GLYPHS("A0803", "the PDF font lacks letters the worksheet uses");

  private final String id;
  private final String summary;

  Code(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  /** The code as printed and documented, e.g. {@code A0401}. */
  public String id() {
    return id;
  }

  /** What kind of problem it is, in a few words, as the heading in docs/diagnostics.md. */
  public String summary() {
    return summary;
  }
}
