package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import dev.attune.testing.Chromium;
import dev.attune.testing.StaticServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Learners' saved answers under attack, in real Chromium: corrupt and hostile data planted in
 * localStorage before the page loads, hostile files imported, and a storage that is full. Each
 * test states exactly what the learner sees and what is left in storage: nothing is written
 * over, what cannot be used is set aside under a recovery key, and one broken quiz or worksheet
 * does not stop the others.
 */
@ExtendWith(Chromium.class)
class LearnerDataBrowserIT {
  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver browser;
  private static final String QUIZ = "attune:learner-fixture:quiz:";
  private static final String WORKSHEET = "attune:learner-fixture:worksheet:";
  private static final String RECOVERED = ".recovered-";
  /** Stands in for a full storage: every write fails as a full localStorage's does. */
  private static final String FULL = "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };";
  private static final String NEWER_QUIZ = "Your answers to this quiz were saved by a newer copy of this course, so this copy shows what it can of "
      + "them and saves nothing over them. To carry on, open the newer copy of the course. To start again here instead, use "
      + "“Clear my answers to this quiz”: the newer answers are set aside in this browser, not deleted.";
  private static final String SET_ASIDE_QUIZ = "Some saved answers to this quiz could not be used (the course may have changed, or "
      + "they were damaged), so they were set aside in this browser, not deleted. Use “Download set-aside answers” to keep a copy.";
  private static final String SET_ASIDE_WORKSHEET = "Some saved answers to this worksheet could not be used (the course may have "
      + "changed, or they were damaged), so they were set aside in this browser, not deleted. Use “Download set-aside answers” to keep a copy.";
  private static final String SAVED_HERE = "Your answers are saved in this browser only.";
  private List<String> expectedConsoleErrors = List.of();

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = dir.resolve("site");
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(LearnerFixture.write(dir), site));
    assertTrue(result.succeeded(), result.diagnostics().sorted().toString());
    server = new StaticServer(site);
    browser = Chromium.start(true);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void emptyStorage() {
    browser.get(server.url(LearnerFixture.LESSON));
    browser.executeScript("window.localStorage.clear()");
  }

  @AfterEach
  void noUnexpectedScriptErrors() {
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("favicon.ico") && expectedConsoleErrors.stream().noneMatch(m::contains))
        .toList();
    assertEquals(List.of(), errors, "console errors");
  }

  /* ---- newer data ---- */

  @Test
  void quizAnswersFromANewerCopyAreShownAndNeverWrittenOver() {
    String raw = "{\"v\":2,\"questions\":{\"sky\":{\"key\":\"" + key("first", "sky") + "\",\"state\":\"correct\",\"answer\":[\""
        + option("sky", "Blue") + "\"]}},\"streak\":3}";
    plant(QUIZ + "first", raw);
    load();
    assertTrue(question("sky").getAttribute("class").contains("question--correct"), "what this copy understands is shown");
    assertEquals("You have answered 1 of 3 questions correctly. " + NEWER_QUIZ, score("first"));

    click(question("sky"), "retry");
    choose("sky", "Green");
    click(question("sky"), "check");
    assertEquals("Not quite. Read the feedback on your answer, then try again or show the answer.", result("sky"));
    assertEquals(raw, stored(QUIZ + "first"), "checking in the older copy saves nothing over the newer answers");
    load();
    assertEquals(raw, stored(QUIZ + "first"));

    quiz("first").findElement(By.cssSelector("[data-action=reset-quiz]")).click();
    assertNull(stored(QUIZ + "first"));
    assertEquals(List.of(raw), recovered(QUIZ + "first"), "clearing sets the newer answers aside");
    assertEquals("You have answered 0 of 3 questions correctly. Your saved answers to this quiz were set aside in this browser, "
        + "not deleted, and this quiz starts again here. " + SAVED_HERE, score("first"));
    choose("sky", "Blue");
    click(question("sky"), "check");
    assertTrue(stored(QUIZ + "first").startsWith("{\"v\":1,\"questions\":{\"sky\":"), stored(QUIZ + "first"));
  }

  @Test
  void worksheetAnswersFromANewerCopyAreReadOnlyAndAnImportCannotReplaceThem() throws IOException {
    String raw = "{\"v\":2,\"updated\":\"2030-01-01T00:00:00.000Z\",\"answers\":{\"today\":\"From the future\"},\"mood\":\"calm\"}";
    plant(WORKSHEET + "notes", raw);
    load();
    assertEquals("From the future", field("today").getAttribute("value"));
    assertEquals("true", field("today").getAttribute("readonly"));
    assertFalse(prompt("feel").findElement(By.cssSelector("input")).isEnabled());
    assertEquals("Your answers to this worksheet were saved by a newer copy of this course, so this copy shows what it can of "
        + "them and saves nothing over them. To carry on, open the newer copy of the course. To start again here instead, use "
        + "“Clear my answers”: the newer answers are set aside in this browser, not deleted.", status("notes"));

    field("word").sendKeys("typed");
    pause(900);
    assertEquals("", field("word").getAttribute("value"));
    importFile("notes", file("valid.json", worksheetFile("notes", "\"today\":\"imported\"")));
    assertEquals("Nothing was imported: the answers kept here come from a newer copy of this course, and importing would write "
        + "over them. Import the file in the newer copy of the course, or use “Clear my answers” first.", status("notes"));
    assertEquals(raw, stored(WORKSHEET + "notes"));
    assertEquals("From the future", field("today").getAttribute("value"));

    browser.get(server.url("worksheets/"));
    assertEquals("Saved by a newer copy of this course", worksheetState("notes"));

    load();
    click(worksheet("notes"), "clear");
    acceptConfirm();
    assertEquals("The answers kept here were set aside in this browser, not deleted; this worksheet starts again.", status("notes"));
    assertNull(stored(WORKSHEET + "notes"));
    assertEquals(List.of(raw), recovered(WORKSHEET + "notes"));
    assertEquals("", field("today").getAttribute("value"));
    field("word").sendKeys("fresh start");
    waitForStatus("notes", "Saved in this browser.");
  }

  /* ---- data that fails the check ---- */

  @Test
  void aWrongTypeIsSetAsideAndTheOtherAnswersComeBack() {
    String raw = "{\"v\":1,\"updated\":\"\",\"answers\":{\"today\":42,\"word\":\"kept\",\"apply\":\"not a list\"}}";
    plant(WORKSHEET + "notes", raw);
    load();
    assertEquals(SET_ASIDE_WORKSHEET + " Your other answers are back.", status("notes"));
    assertEquals("kept", field("word").getAttribute("value"));
    assertEquals("", field("today").getAttribute("value"));
    assertEquals(List.of(raw), recovered(WORKSHEET + "notes"));
    assertEquals("{\"v\":1,\"updated\":\"\",\"answers\":{\"word\":\"kept\"}}", stored(WORKSHEET + "notes"));
    assertTrue(worksheet("notes").findElement(By.cssSelector("[data-action=download-set-aside]")).isDisplayed());

    load();
    assertEquals("Your earlier answers are back. They are saved in this browser only.", status("notes"));
    assertEquals(1, recovered(WORKSHEET + "notes").size(), "set aside once, not on every visit");
    assertTrue(worksheet("notes").findElement(By.cssSelector("[data-action=download-set-aside]")).isDisplayed(),
        "the set-aside copy stays on offer");
  }

  @Test
  void quizQuestionsOfTheWrongShapeAreSetAsideAndNewAnswersAreSaved() {
    String raw = "{\"v\":1,\"questions\":[]}";
    plant(QUIZ + "first", raw);
    load();
    assertEquals("You have answered 0 of 3 questions correctly. " + SET_ASIDE_QUIZ + " " + SAVED_HERE, score("first"));
    assertEquals(List.of(raw), recovered(QUIZ + "first"));
    choose("sky", "Blue");
    click(question("sky"), "check");
    load();
    assertTrue(question("sky").getAttribute("class").contains("question--correct"), "the new answer was kept (before: lost)");
    assertEquals("You have answered 1 of 3 questions correctly. " + SAVED_HERE, score("first"));
  }

  @Test
  void idsLikeConstructorAndProtoAreNeverLookedUpOnPrototypes() {
    String raw = "{\"v\":1,\"questions\":{"
        + "\"__proto__\":{\"sky\":{\"key\":\"" + key("first", "sky") + "\",\"state\":\"correct\",\"answer\":[\"" + option("sky", "Blue") + "\"]}},"
        + "\"toString\":{\"key\":1},"
        + "\"constructor\":{\"key\":\"" + key("first", "constructor") + "\",\"state\":\"correct\",\"answer\":\"dyad\"},"
        + "\"removed-question\":{\"key\":\"0000abcd\",\"state\":\"incorrect\",\"answer\":[\"o-1\"]}}}";
    plant(QUIZ + "first", raw);
    load();
    assertFalse(question("sky").getAttribute("class").contains("question--correct"), "nothing comes from __proto__");
    assertTrue(question("constructor").getAttribute("class").contains("question--correct"), "a question may be called constructor");
    assertEquals("dyad", question("constructor").findElement(By.cssSelector("input[type=text]")).getAttribute("value"));
    assertEquals(List.of(raw), recovered(QUIZ + "first"));
    assertEquals("{\"v\":1,\"questions\":{\"constructor\":{\"key\":\"" + key("first", "constructor") + "\",\"state\":\"correct\","
        + "\"answer\":\"dyad\"},\"removed-question\":{\"key\":\"0000abcd\",\"state\":\"incorrect\",\"answer\":[\"o-1\"]}}}",
        stored(QUIZ + "first"), "an answer to a question the author removed is kept");

    WebElement typed = question("constructor");
    click(typed, "retry");
    for (String word : List.of("__proto__", "constructor", "hasOwnProperty")) {
      typed.findElement(By.cssSelector("input[type=text]")).clear();
      typed.findElement(By.cssSelector("input[type=text]")).sendKeys(word);
      click(typed, "check");
      assertEquals("Not quite. Check the spelling, or try another word.", result("constructor"), word);
      click(typed, "retry");
    }
  }

  @Test
  void aProtoKeyInWorksheetAnswersIsSetAsideNotObeyed() {
    String raw = "{\"v\":1,\"updated\":\"\",\"answers\":{\"__proto__\":{\"word\":\"injected\"},\"today\":\"mine\"}}";
    plant(WORKSHEET + "notes", raw);
    load();
    assertEquals("mine", field("today").getAttribute("value"));
    assertEquals("", field("word").getAttribute("value"));
    assertEquals(List.of(raw), recovered(WORKSHEET + "notes"));
    field("today").sendKeys(" more");
    waitForStatus("notes", "Saved in this browser.");
    assertTrue(stored(WORKSHEET + "notes").contains("\"answers\":{\"today\":\"mine more\"}"), stored(WORKSHEET + "notes"));
  }

  @Test
  void deepNestingIsSetAsideAndTheNextWorksheetStillWorks() {
    String deep = "{\"v\":1,\"updated\":\"\",\"answers\":{\"patterns\":" + "{\"a\":".repeat(100_000) + "\"x\"" + "}".repeat(100_000) + "}}";
    plant(WORKSHEET + "notes", deep);
    plant(WORKSHEET + "later", "{\"v\":1,\"updated\":\"\",\"answers\":{\"else\":\"later answer\"}}");
    plant(QUIZ + "second", "{\"v\":1,\"questions\":{\"wet\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}");
    load();
    assertEquals(SET_ASIDE_WORKSHEET, status("notes"));
    assertEquals(List.of(deep), recovered(WORKSHEET + "notes"));
    assertEquals("later answer", field("later", "else").getAttribute("value"), "before: the later worksheet never started");
    field("later", "else").sendKeys("!");
    waitForStatus("later", "Saved in this browser.");
    assertEquals(1, recovered(QUIZ + "second").size());
    assertEquals("You have answered 0 of 1 questions correctly. " + SET_ASIDE_QUIZ + " " + SAVED_HERE, score("second"));

    browser.get(server.url("worksheets/"));
    assertEquals("Not started", worksheetState("notes"));
    assertTrue(worksheetState("later").startsWith("Started, last saved "), worksheetState("later"));
  }

  @Test
  void anEntryTooBigToReadOrCopyIsLeftAloneAndTheWorksheetIsReadOnly() {
    // 3 million characters: over the 2 million an entry may hold, and with Chromium's quota of about
    // 5 million there is no room for a copy, so the entry can be neither used nor set aside.
    browser.executeScript("localStorage.setItem(arguments[0], JSON.stringify({v: 1, updated: '', answers: "
        + "{today: 'x'.repeat(3000000), word: 'small'}}))", WORKSHEET + "notes");
    String before = stored(WORKSHEET + "notes");
    load();
    assertEquals("Some saved answers to this worksheet could not be used, and this browser's storage is full, so they could not be "
        + "set aside. This page leaves them as they are and saves nothing over them. Free some space (clear answers you no "
        + "longer need), then reload the page.", status("notes"));
    assertEquals("true", field("word").getAttribute("readonly"));
    field("word").sendKeys("!");
    pause(900);
    assertEquals(before, stored(WORKSHEET + "notes"));
    assertEquals(List.of(), recovered(WORKSHEET + "notes"));
  }

  @Test
  void aCorruptDateNeverShowsAsInvalidDate() {
    String raw = "{\"v\":1,\"updated\":\"not a date\",\"answers\":{\"today\":\"x\"}}";
    plant(WORKSHEET + "notes", raw);
    browser.get(server.url("worksheets/"));
    assertEquals("Some saved answers need attention: open the worksheet", worksheetState("notes"));
    load();
    assertEquals(SET_ASIDE_WORKSHEET + " Your other answers are back.", status("notes"));
    assertEquals(List.of(raw), recovered(WORKSHEET + "notes"));
    browser.get(server.url("worksheets/"));
    assertEquals("Started", worksheetState("notes"));
  }

  /* ---- one broken quiz or worksheet ---- */

  @Test
  void aQuizWhoseSavedAnswersCannotBeReadLeavesThemAloneAndTheOthersWork() {
    String raw = savedSky("correct", "Blue");
    plant(QUIZ + "first", raw);
    String throwing = "(function () { var read = Storage.prototype.getItem; window.realGetItem = read;"
        + " Storage.prototype.getItem = function (key) { if (key === '" + QUIZ + "first') { throw new Error('simulated'); }"
        + " return read.apply(this, arguments); }; })();";
    withScriptBeforeLoad(throwing, () -> {
      load();
      assertEquals("You have answered 0 of 3 questions correctly. This browser would not read your saved answers to this quiz, "
          + "so this page leaves them as they are and saves nothing over them. Reload the page to try again.", score("first"));
      choose("sky", "Green");
      click(question("sky"), "check");
      choose("wet", "True");
      click(question("wet"), "check");
      assertEquals("Correct.", result("wet"));
      assertEquals(raw, browser.executeScript("return window.realGetItem.call(localStorage, arguments[0])", QUIZ + "first"),
          "before: overwritten by the first Check");
      assertTrue(String.valueOf(browser.executeScript("return window.realGetItem.call(localStorage, arguments[0])", QUIZ + "second"))
          .contains("\"state\":\"correct\""));
    });
  }

  @Test
  void aQuizThatFailsToStartSaysSoAndTheQuizzesAfterItWork() {
    expectedConsoleErrors = List.of("could not start");
    String raw = savedSky("correct", "Blue");
    plant(QUIZ + "first", raw);
    // Breaks the first quiz's markup after parsing and before the deferred scripts run.
    String breakIt = "document.addEventListener('readystatechange', function () { if (document.readyState === 'interactive') {"
        + " document.querySelector('section[data-quiz=first] .quiz__footer').remove(); } });";
    withScriptBeforeLoad(breakIt, () -> {
      load();
      assertEquals("This quiz could not start in this browser, so it is shown for study: open “Show answer” under each question. "
          + "Your saved answers to it are left as they are.", score("first"));
      assertFalse(question("sky").findElement(By.cssSelector(".question__actions")).isDisplayed());
      assertTrue(question("sky").findElement(By.cssSelector("details.question__answer")).isDisplayed(), "study material");
      choose("wet", "True");
      click(question("wet"), "check");
      assertEquals("Correct.", result("wet"), "before: every later quiz stayed inert");
      choose("pick", "A");
      choose("pick", "B");
      click(question("pick"), "check");
      assertEquals("Correct.", result("pick"));
      assertEquals(raw, stored(QUIZ + "first"));
    });
  }

  /* ---- a full storage ---- */

  @Test
  void whenStorageIsFullAtLoadSavedAnswersAreShownAndTheMessageSaysFull() {
    plant(QUIZ + "first", savedSky("correct", "Blue"));
    plant(WORKSHEET + "notes", "{\"v\":1,\"updated\":\"2024-05-01T10:00:00.000Z\",\"answers\":{\"today\":\"saved before\"}}");
    withScriptBeforeLoad(FULL, () -> {
      load();
      assertTrue(question("sky").getAttribute("class").contains("question--correct"), "before: hidden");
      assertEquals("saved before", field("today").getAttribute("value"), "before: hidden");
      assertEquals("You have answered 1 of 3 questions correctly. This browser's storage is full, so it is not saving your "
          + "answers to this quiz: they will be gone when you leave the page.", score("first"));
      assertEquals("This browser is not keeping your answers: its storage is full. Your saved answers are shown, but changes to "
          + "them are not saved. Use “Download” before you leave this page, or clear answers you no longer need.", status("notes"));
      assertFalse(browser.findElement(By.tagName("main")).getText().contains("private"));

      browser.get(server.url(""));
      assertEquals("Your progress: 1 question of 5 answered correctly; 0 lesson quizzes of 1 complete. This browser's storage "
          + "is full, so new answers are not being saved.", browser.findElement(By.cssSelector("[data-course-progress-summary]")).getText());
      browser.get(server.url("worksheets/"));
      assertTrue(worksheetState("notes").startsWith("Started, last saved "), worksheetState("notes"));
    });
  }

  @Test
  void anImportThatCannotBeSavedChangesNothing() throws IOException {
    plant(WORKSHEET + "notes", "{\"v\":1,\"updated\":\"\",\"answers\":{\"today\":\"keep me\"}}");
    load();
    browser.executeScript(FULL);
    importFile("notes", file("full.json", worksheetFile("notes", "\"today\":\"imported\"")));
    acceptConfirm(); // replace the current answers?
    waitForStatus("notes", "Nothing was imported from “full.json”: this browser's storage is full, so the answers could not be "
        + "saved. Your answers are as they were.");
    assertEquals("keep me", field("today").getAttribute("value"));
  }

  /* ---- imported files ---- */

  @Test
  void importErrorsStayOnScreenAndChangeNothing() throws IOException {
    String raw = "{\"v\":1,\"updated\":\"\",\"answers\":{\"today\":\"keep me\"}}";
    plant(WORKSHEET + "notes", raw);
    load();
    Map<String, String> files = new TreeMap<>(Map.of(
        "a-wrong-format.json", "{\"hello\":\"world\"}",
        "b-not-json.json", "this is not JSON",
        "c-newer.json", "{\"format\":\"attune-worksheet-answers\",\"version\":2,\"worksheet\":\"notes\",\"answers\":{\"today\":\"new\"}}",
        "d-deep.json", worksheetFile("notes", "\"word\":\"deep\",\"today\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
        "e-wrong-kind.json", worksheetFile("notes", "\"word\":\"fine\",\"apply\":{\"x\":1}")));
    Map<String, String> expected = Map.of(
        "a-wrong-format.json", "it is not a worksheet answers file (it should come from “Download for another device”).",
        "b-not-json.json", "it is not a JSON file saved from a worksheet.",
        "c-newer.json", "it was saved by a newer copy of this course. Import it there, or download the answers again from a copy like this one.",
        "d-deep.json", "some of its answers are damaged or do not fit this worksheet's prompts.",
        "e-wrong-kind.json", "some of its answers are damaged or do not fit this worksheet's prompts.");
    for (Map.Entry<String, String> each : files.entrySet()) {
      importFile("notes", file(each.getKey(), each.getValue()));
      String message = "Nothing was imported from “" + each.getKey() + "”: " + expected.get(each.getKey()) + " Your answers are as they were.";
      waitForStatus("notes", message);
      pause(1000); // before: "Saved in this browser." replaced the message after 0.4 s
      assertEquals(message, status("notes"));
      assertEquals(raw, stored(WORKSHEET + "notes"), each.getKey());
      assertEquals("keep me", field("today").getAttribute("value"));
      assertEquals("", field("word").getAttribute("value"));
    }
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.json");
    try (Writer out = Files.newBufferedWriter(big)) {
      out.write("{\"format\":\"attune-worksheet-answers\",\"version\":1,\"worksheet\":\"notes\",\"answers\":{\"word\":\"big\",\"today\":\"");
      char[] megabyte = new char[1 << 20];
      Arrays.fill(megabyte, 'x');
      for (int i = 0; i < 50; i++) {
        out.write(megabyte);
      }
      out.write("\"}}");
    }
    load();
    importFile("notes", big);
    waitForStatus("notes", "Nothing was imported: “big.json” is 50 MB, and a worksheet answers file is at most 5 MB. Choose the file "
        + "that “Download for another device” saved.");
    pause(1000);
    assertEquals("", field("word").getAttribute("value"));
    assertNull(stored(WORKSHEET + "notes"));
  }

  @Test
  void anImportTakesOnlyThePromptsOnThePage() throws IOException {
    plant(WORKSHEET + "notes", "{\"v\":1,\"updated\":\"\",\"answers\":{\"old-prompt\":\"written before the course changed\"}}");
    load();
    importFile("notes", file("odd.json", worksheetFile("notes",
        "\"word\":\"ok\",\"nope\":\"zzz\",\"__proto__\":{\"today\":\"polluted\"},\"apply\":[\"" + item("apply", 0) + "\"]")));
    acceptConfirm(); // the answer to a removed prompt counts as a current answer
    waitForStatus("notes", "Imported the answers from “odd.json”. They are saved in this browser. 2 answers in the file, to prompts "
        + "not in this worksheet, were left out.");
    assertEquals("ok", field("word").getAttribute("value"));
    assertEquals("", field("today").getAttribute("value"));
    String saved = stored(WORKSHEET + "notes");
    assertTrue(saved.contains("\"answers\":{\"old-prompt\":\"written before the course changed\",\"word\":\"ok\",\"apply\":["), saved);
    assertFalse(saved.contains("zzz") || saved.contains("polluted"), saved);
  }

  /* ---- resetting progress ---- */

  @Test
  void resettingProgressKeepsNewerAnswersAndSetAsideCopies() {
    String newer = "{\"v\":2,\"questions\":{}}";
    plant(QUIZ + "first", newer);
    load();
    plant(QUIZ + "second", "{\"v\":1,\"questions\":{\"wet\":{\"key\":\"" + key("second", "wet") + "\",\"state\":\"correct\","
        + "\"answer\":[\"" + option("wet", "True") + "\"]}}}");
    plant(QUIZ + "third" + RECOVERED + "2024-01-01T00:00:00.000Z", "damaged");
    browser.get(server.url(""));
    browser.findElement(By.cssSelector("[data-action=reset-progress]")).click();
    browser.switchTo().alert().accept();
    assertEquals(newer, stored(QUIZ + "first"));
    assertNull(stored(QUIZ + "second"));
    assertEquals("damaged", stored(QUIZ + "third" + RECOVERED + "2024-01-01T00:00:00.000Z"));
    assertTrue(browser.findElement(By.cssSelector("[data-course-progress-summary]")).getText().endsWith(
        "Answers to 1 quiz were kept: they were saved by a newer copy of this course, or this browser would not set them aside."));
  }

  /* ---- helpers ---- */

  private static void load() {
    browser.get(server.url(LearnerFixture.LESSON));
  }

  private static void plant(String key, String raw) {
    browser.executeScript("localStorage.setItem(arguments[0], arguments[1])", key, raw);
  }

  private static String stored(String key) {
    return (String) browser.executeScript("return localStorage.getItem(arguments[0])", key);
  }

  /** The set-aside copies of an entry, oldest first. */
  @SuppressWarnings("unchecked")
  private static List<String> recovered(String key) {
    return (List<String>) browser.executeScript("var out = [], keys = [];"
        + " for (var i = 0; i < localStorage.length; i++) { if (localStorage.key(i).indexOf(arguments[0]) === 0) keys.push(localStorage.key(i)); }"
        + " keys.sort().forEach(function (k) { out.push(localStorage.getItem(k)); }); return out;", key + RECOVERED);
  }

  /** Runs {@code check} with {@code script} run in every new document before the page's own scripts. */
  private static void withScriptBeforeLoad(String script, Runnable check) {
    Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    try {
      check.run();
    } finally {
      browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
    }
  }

  private static String key(String quiz, String question) {
    return (String) browser.executeScript("return JSON.parse(document.querySelector('section[data-quiz=' + arguments[0] + '] .quiz__data')"
        + ".textContent).questions[arguments[1]].key", quiz, question);
  }

  /** The id of the option labelled {@code label}. */
  private static String option(String question, String label) {
    return question(question).findElements(By.cssSelector(".option")).stream()
        .filter(o -> o.findElement(By.tagName("label")).getText().equals(label))
        .findFirst().orElseThrow().getAttribute("data-option");
  }

  private static String item(String prompt, int index) {
    return prompt(prompt).findElements(By.cssSelector("input")).get(index).getAttribute("value");
  }

  private static String savedSky(String state, String label) {
    load();
    return "{\"v\":1,\"questions\":{\"sky\":{\"key\":\"" + key("first", "sky") + "\",\"state\":\"" + state + "\",\"answer\":[\""
        + option("sky", label) + "\"]}}}";
  }

  private static WebElement quiz(String id) {
    return browser.findElement(By.cssSelector("section[data-quiz=" + id + "]"));
  }

  private static WebElement question(String id) {
    return browser.findElement(By.cssSelector("li[data-question=" + id + "]"));
  }

  private static void choose(String question, String label) {
    question(question).findElements(By.cssSelector(".option label")).stream()
        .filter(l -> l.getText().equals(label)).findFirst().orElseThrow().click();
  }

  private static void click(WebElement scope, String action) {
    scope.findElement(By.cssSelector("[data-action=" + action + "]")).click();
  }

  private static String result(String question) {
    return question(question).findElement(By.cssSelector(".question__result")).getText();
  }

  private static String score(String quiz) {
    return quiz(quiz).findElement(By.cssSelector("[data-quiz-score]")).getText();
  }

  private static WebElement worksheet(String id) {
    return browser.findElement(By.cssSelector("section[data-worksheet=" + id + "]"));
  }

  private static WebElement prompt(String id) {
    return browser.findElement(By.cssSelector("[data-prompt=" + id + "]"));
  }

  private static WebElement field(String prompt) {
    return field("notes", prompt);
  }

  private static WebElement field(String worksheet, String prompt) {
    return worksheet(worksheet).findElement(By.cssSelector("[data-prompt=" + prompt + "] [data-answer]"));
  }

  private static String status(String worksheet) {
    return worksheet(worksheet).findElement(By.cssSelector("[data-worksheet-status]")).getText();
  }

  private static void waitForStatus(String worksheet, String expected) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status(worksheet).equals(expected));
    } catch (org.openqa.selenium.TimeoutException e) {
      assertEquals(expected, status(worksheet));
    }
  }

  private static String worksheetState(String id) {
    return browser.findElement(By.cssSelector("[data-worksheet-status-for=" + id + "] [data-worksheet-state]")).getText();
  }

  private static void acceptConfirm() {
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
  }

  private static void importFile(String worksheet, Path file) {
    worksheet(worksheet).findElement(By.cssSelector("input[data-action=import]")).sendKeys(file.toString());
  }

  private static String worksheetFile(String id, String answers) {
    return "{\"format\":\"attune-worksheet-answers\",\"version\":1,\"worksheet\":\"" + id + "\",\"answers\":{" + answers + "}}";
  }

  private static Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
