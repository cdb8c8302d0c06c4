package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import dev.attune.testing.Chromium;
import dev.attune.testing.StaticServer;
import dev.attune.testing.TestCourses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Quizzes in real Chromium, served under a strict Content-Security-Policy. */
@ExtendWith(Chromium.class)
class QuizBrowserIT {
  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver browser;
  private static final String LESSON = "lessons/all-types/";

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = dir.resolve("site");
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(TestCourses.content("quizzes"), site));
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
  void freshStorage() {
    browser.get(server.url(LESSON));
    browser.executeScript("window.localStorage.clear()");
    browser.navigate().refresh();
  }

  @AfterEach
  void noScriptErrors() {
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("favicon.ico"))
        .toList();
    assertEquals(List.of(), errors, "console errors (a CSP violation would show here)");
  }

  private WebElement question(String id) {
    return browser.findElement(By.id("quiz-types-" + id));
  }

  private static void click(WebElement scope, String action) {
    scope.findElement(By.cssSelector("[data-action=" + action + "]")).click();
  }

  private static String result(WebElement question) {
    return question.findElement(By.cssSelector(".question__result")).getText();
  }

  /** The option the author wrote at {@code index}: options are shown shuffled, but their inputs are numbered as written. */
  private static WebElement option(WebElement question, int index) {
    String input = question.getAttribute("id") + "-" + (index + 1);
    return question.findElement(By.xpath(".//input[@id='" + input + "']/ancestor::li[contains(@class, 'option')][1]"));
  }

  @Test
  void aWrongThenRightSingleChoiceGivesFeedbackAndTheExplanation() {
    WebElement sky = question("sky");
    assertFalse(sky.findElement(By.cssSelector(".question__answer")).isDisplayed(), "the no-script answer is hidden");
    assertFalse(sky.findElement(By.cssSelector(".question__explanation")).isDisplayed());
    click(sky, "check");
    assertEquals("Choose an answer first.", result(sky));

    option(sky, 0).findElement(By.tagName("label")).click();
    click(sky, "check");
    assertTrue(result(sky).startsWith("Not quite."), result(sky));
    WebElement green = option(sky, 0);
    assertTrue(green.findElement(By.cssSelector(".option__feedback")).isDisplayed());
    assertTrue(green.getText().contains("✗ Not right."), green.getText());
    assertTrue(green.getText().contains("Green is the colour of grass"), green.getText());
    assertFalse(option(sky, 1).findElement(By.cssSelector(".option__feedback")).isDisplayed(), "the right answer stays hidden");
    assertFalse(sky.findElement(By.cssSelector(".question__explanation")).isDisplayed());
    assertEquals("status", sky.findElement(By.cssSelector(".question__result")).getAttribute("role"));

    click(sky, "retry");
    option(sky, 1).findElement(By.tagName("label")).click();
    click(sky, "check");
    assertEquals("Correct.", result(sky));
    assertTrue(option(sky, 1).getText().contains("✓ Right."));
    assertTrue(sky.findElement(By.cssSelector(".question__explanation")).getText().contains("Air scatters short wavelengths"));
  }

  @Test
  void multipleSelectMarksEachChosenOptionAndCountsWhatIsMissing() {
    WebElement fruits = question("fruits");
    option(fruits, 0).findElement(By.tagName("label")).click();
    option(fruits, 1).findElement(By.tagName("label")).click();
    click(fruits, "check");
    assertEquals("Not quite: you chose 1 right answer and 1 wrong one; 1 right answer is still missing.", result(fruits));
    assertTrue(option(fruits, 0).getText().contains("✓ Right."));
    assertTrue(option(fruits, 1).getText().contains("✗ Not right."));
    click(fruits, "reveal");
    assertEquals("Here is the answer.", result(fruits));
    assertTrue(option(fruits, 2).findElement(By.tagName("input")).isSelected());
    assertTrue(option(fruits, 1).getText().contains("✓ Right to leave out."));
  }

  @Test
  void shortAnswersIgnoreCaseSpacesAndEndPunctuationAndAcceptThePattern() {
    WebElement dyad = question("dyad");
    WebElement input = dyad.findElement(By.cssSelector("input[type=text]"));
    input.sendKeys("  Relational   DYAD. ");
    click(dyad, "check");
    assertEquals("Correct.", result(dyad));
    click(dyad, "retry");
    input.clear();
    input.sendKeys("couple", Keys.ENTER);
    assertTrue(result(dyad).startsWith("Not quite."), result(dyad));
    assertTrue(dyad.getText().contains("usually means romantic partners"), dyad.getText());
    click(dyad, "retry");
    input.clear();
    input.sendKeys("dyads");
    click(dyad, "check");
    assertEquals("Correct.", result(dyad), "matches pattern=\"dyads?\"");
  }

  @Test
  void orderingWorksWithTheKeyboardAlone() {
    WebElement numbers = question("numbers");
    // Put the shuffled items in order by keyboard: focus each item's Move up and press Enter.
    for (int guard = 0; guard < 10 && !order(numbers).equals(List.of("One", "Two", "Three")); guard++) {
      List<WebElement> items = numbers.findElements(By.cssSelector(".order-item"));
      for (int i = 1; i < items.size(); i++) {
        if (rank(text(items.get(i))) < rank(text(items.get(i - 1)))) {
          WebElement up = items.get(i).findElement(By.cssSelector("[data-move=up]"));
          ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", up);
          browser.switchTo().activeElement().sendKeys(Keys.ENTER);
          break;
        }
      }
    }
    assertEquals(List.of("One", "Two", "Three"), order(numbers));
    assertTrue(numbers.findElement(By.cssSelector("[aria-live]")).getText().contains("position"), "moves are announced");
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    click(numbers, "check");
    assertEquals("Correct.", result(numbers));
  }

  @Test
  void orderingWorksByDraggingWithAPointer() {
    WebElement numbers = question("numbers");
    List<String> right = List.of("One", "Two", "Three");
    for (int position = 0; position < right.size(); position++) {
      List<WebElement> items = numbers.findElements(By.cssSelector(".order-item"));
      String wanted = right.get(position);
      WebElement item = items.stream().filter(x -> text(x).equals(wanted)).findFirst().orElseThrow();
      if (items.indexOf(item) == position) {
        continue;
      }
      WebElement target = items.get(position);
      // Drop just inside the top edge of the item now in that place: the dragged one goes before it.
      new org.openqa.selenium.interactions.Actions(browser)
          .moveToElement(item.findElement(By.cssSelector(".order-item__text")))
          .clickAndHold()
          .moveToElement(target, 0, -target.getSize().getHeight() / 2 + 3)
          .release()
          .perform();
    }
    assertEquals(right, order(numbers));
    click(numbers, "check");
    assertEquals("Correct.", result(numbers));
  }

  @Test
  void theKeyboardAlonePathThroughAChoiceQuestion() {
    WebElement boil = question("boil");
    WebElement first = boil.findElement(By.cssSelector("input[type=radio]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
    browser.switchTo().activeElement().sendKeys(Keys.SPACE);
    assertTrue(first.isSelected());
    // Tab leaves the radio group and reaches the Check button.
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals("check", browser.switchTo().activeElement().getAttribute("data-action"));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertEquals("Correct.", result(boil));
    assertEquals("retry", browser.switchTo().activeElement().getAttribute("data-action"), "focus moves to Try again");
  }

  @Test
  void progressSurvivesAReloadAndShowsOnTheHomePage() {
    WebElement sky = question("sky");
    option(sky, 1).findElement(By.tagName("label")).click();
    click(sky, "check");
    WebElement fruits = question("fruits");
    option(fruits, 1).findElement(By.tagName("label")).click();
    click(fruits, "check");
    String score = browser.findElement(By.cssSelector("[data-quiz-score]")).getText();
    assertTrue(score.startsWith("You have answered 1 of 5 questions correctly."), score);

    browser.navigate().refresh();
    sky = question("sky");
    assertTrue(option(sky, 1).findElement(By.tagName("input")).isSelected(), "the answer is restored");
    assertTrue(option(sky, 1).getText().contains("✓ Right."), "and so is its result");
    assertTrue(question("fruits").getAttribute("class").contains("question--incorrect"));
    assertTrue(browser.findElement(By.cssSelector("[data-quiz-score]")).getText().startsWith("You have answered 1 of 5"));
    assertTrue(browser.findElement(By.cssSelector(".outline [data-lesson-progress]")).getText().contains("1 of 5 right"));

    browser.get(server.url(""));
    WebElement panel = browser.findElement(By.cssSelector("[data-course-progress]"));
    assertTrue(panel.isDisplayed());
    assertTrue(panel.getText().startsWith("Your progress: 1 question of 6 answered correctly"), panel.getText());
    assertEquals("Quiz: 1 of 5 right", browser.findElement(By.cssSelector(".lesson-card [data-lesson-progress]")).getText());

    panel.findElement(By.cssSelector("[data-action=reset-progress]")).click();
    browser.switchTo().alert().accept();
    assertFalse(panel.isDisplayed(), "progress was reset");
    browser.get(server.url(LESSON));
    assertFalse(option(question("sky"), 1).findElement(By.tagName("input")).isSelected());
  }

  @Test
  void aSavedAnswerToAChangedQuestionIsNotShownAsRight() {
    browser.executeScript("localStorage.setItem('attune:quiz-fixture:quiz:types', JSON.stringify("
        + "{v: 1, questions: {sky: {key: 'stale', state: 'correct', answer: ['x']}}}))");
    browser.navigate().refresh();
    WebElement sky = question("sky");
    assertFalse(sky.getAttribute("class").contains("question--correct"));
    assertTrue(browser.findElement(By.cssSelector("[data-quiz-score]")).getText().startsWith("You have answered 0 of 5"));
  }

  @Test
  void withoutStorageTheQuizStillWorksAndSaysAnswersAreNotKept() {
    Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"));
    try {
      browser.navigate().refresh();
      WebElement sky = question("sky");
      option(sky, 1).findElement(By.tagName("label")).click();
      click(sky, "check");
      assertEquals("Correct.", result(sky));
      assertTrue(browser.findElement(By.cssSelector("[data-quiz-score]")).getText().contains("not saving your answers"));
    } finally {
      browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
    }
  }

  @Test
  void printingShowsAPaperQuizWithoutFeedbackOrButtons() {
    WebElement sky = question("sky");
    option(sky, 0).findElement(By.tagName("label")).click();
    click(sky, "check");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertFalse(sky.findElement(By.cssSelector(".question__actions")).isDisplayed());
      assertFalse(option(sky, 0).findElement(By.cssSelector(".option__feedback")).isDisplayed());
      assertFalse(sky.findElement(By.cssSelector(".question__result")).isDisplayed());
      assertTrue(sky.findElement(By.cssSelector("legend")).isDisplayed());
      assertEquals("none", option(sky, 0).findElement(By.tagName("input")).getCssValue("appearance"));
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void withJavaScriptOffEveryAnswerIsInAShowAnswerDisclosure() {
    ChromeDriver plain = Chromium.start(false);
    try {
      plain.get(server.url(LESSON));
      WebElement sky = plain.findElement(By.id("quiz-types-sky"));
      assertFalse(sky.findElement(By.cssSelector(".question__actions")).isDisplayed());
      WebElement details = sky.findElement(By.cssSelector("details.question__answer"));
      assertTrue(details.isDisplayed());
      details.findElement(By.tagName("summary")).click();
      new WebDriverWait(plain, Duration.ofSeconds(2)).until(d -> details.getText().contains("✓ Right: Blue"));
      assertTrue(details.getText().contains("Air scatters short wavelengths"));
    } finally {
      plain.quit();
    }
  }

  private static List<String> order(WebElement question) {
    return question.findElements(By.cssSelector(".order-item__text")).stream().map(WebElement::getText).toList();
  }

  private static String text(WebElement item) {
    return item.findElement(By.cssSelector(".order-item__text")).getText();
  }

  private static int rank(String text) {
    return List.of("One", "Two", "Three").indexOf(text);
  }
}
