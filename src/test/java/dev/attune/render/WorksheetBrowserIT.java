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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Worksheets in real Chromium: autosave, reload, export and import, print, and no storage. */
@ExtendWith(Chromium.class)
class WorksheetBrowserIT {
  @TempDir static Path dir;
  static Path downloads;
  static StaticServer server;
  static ChromeDriver browser;
  private static final String LESSON = "lessons/every-kind/";
  private static final String KEY = "attune:worksheet-fixture:worksheet:kinds";

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = dir.resolve("site");
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(TestCourses.content("worksheets"), site));
    assertTrue(result.succeeded(), result.diagnostics().sorted().toString());
    server = new StaticServer(site);
    browser = Chromium.start(true);
    downloads = Files.createDirectories(dir.resolve("downloads"));
    browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
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

  private WebElement prompt(String id) {
    return browser.findElement(By.id("ws-kinds-" + id));
  }

  private WebElement field(String prompt) {
    return prompt(prompt).findElement(By.cssSelector("[data-answer]"));
  }

  private void fillEveryPrompt() {
    field("today").sendKeys("We talked.\nIt helped.");
    field("word").sendKeys("Lighter");
    prompt("feel").findElements(By.cssSelector("label")).get(3).click();
    prompt("apply").findElements(By.cssSelector("label")).get(0).click();
    prompt("apply").findElements(By.cssSelector("label")).get(1).click();
    prompt("fits").findElements(By.cssSelector("label")).get(2).click();
    prompt("patterns").findElements(By.cssSelector("textarea")).get(1).sendKeys("Needed space");
    List<WebElement> partners = prompt("needs").findElements(By.cssSelector("textarea"));
    partners.get(0).sendKeys("Time together");
    partners.get(1).sendKeys("Quiet mornings");
    waitForSave();
  }

  private void waitForSave() {
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
      Object saved = browser.executeScript("return localStorage.getItem(arguments[0])", KEY);
      return saved != null && status().equals("Saved in this browser.") && saved.toString().contains("Quiet mornings");
    });
  }

  private String status() {
    return browser.findElement(By.cssSelector("[data-worksheet-status]")).getText();
  }

  private void assertEveryPromptFilled() {
    assertEquals("We talked.\nIt helped.", field("today").getAttribute("value"));
    assertEquals("Lighter", field("word").getAttribute("value"));
    assertTrue(prompt("feel").findElements(By.cssSelector("input")).get(3).isSelected());
    assertTrue(prompt("apply").findElements(By.cssSelector("input")).get(0).isSelected());
    assertTrue(prompt("apply").findElements(By.cssSelector("input")).get(1).isSelected());
    assertFalse(prompt("apply").findElements(By.cssSelector("input")).get(2).isSelected());
    assertTrue(prompt("fits").findElements(By.cssSelector("input")).get(2).isSelected());
    assertEquals("Needed space", prompt("patterns").findElements(By.cssSelector("textarea")).get(1).getAttribute("value"));
    assertEquals("Quiet mornings", prompt("needs").findElements(By.cssSelector("textarea")).get(1).getAttribute("value"));
  }

  @Test
  void answersAreSavedAsYouTypeAndComeBackAfterAReload() {
    fillEveryPrompt();
    browser.navigate().refresh();
    assertEveryPromptFilled();
    assertTrue(status().startsWith("Your earlier answers are back."), status());
    browser.get(server.url("worksheets/kinds/"));
    assertEveryPromptFilled();
  }

  @Test
  void exportThenClearThenImportBringsEveryAnswerBack() throws Exception {
    fillEveryPrompt();
    browser.findElement(By.cssSelector("[data-action=download-json]")).click();
    Path json = awaitDownload("kinds-answers.json");
    String exported = Files.readString(json);
    assertTrue(exported.contains("\"format\": \"attune-worksheet-answers\""), exported);
    assertTrue(exported.contains("\"worksheet\": \"kinds\""), exported);

    browser.findElement(By.cssSelector("[data-action=clear]")).click();
    browser.switchTo().alert().accept();
    assertEquals("", field("today").getAttribute("value"));
    assertEquals("Your answers to this worksheet were cleared.", status());

    browser.findElement(By.cssSelector("input[data-action=import]")).sendKeys(json.toString());
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status().startsWith("Imported the answers"));
    assertEveryPromptFilled();
    browser.navigate().refresh();
    assertEveryPromptFilled();
  }

  @Test
  void theMarkdownDownloadReadsAsPromptThenAnswer() throws Exception {
    fillEveryPrompt();
    browser.findElement(By.cssSelector("[data-action=download-markdown]")).click();
    String markdown = Files.readString(awaitDownload("kinds-answers.md"));
    assertTrue(markdown.startsWith("# Every kind of prompt\n\nWorksheet Fixture · Lesson 1: Every prompt kind\n"), markdown);
    assertTrue(markdown.contains("## 1. What happened today?\n\nWe talked.\nIt helped.\n"), markdown);
    assertTrue(markdown.contains("4, on a scale from 1 (Drained) to 5 (Energized)"), markdown);
    assertTrue(markdown.contains("- [x] I listened\n- [x] I was listened to\n- [ ] Neither"), markdown);
    assertTrue(markdown.contains("| Keeping quiet |  |  |"), markdown);
    assertTrue(markdown.contains("| Avoiding conflict |  | Needed space |"), markdown);
    assertTrue(markdown.contains("**Sam:** Time together\n\n**Alex:** Quiet mornings"), markdown);
  }

  @Test
  void answersToPromptsTheAuthorRemovedAreKept() {
    browser.executeScript("localStorage.setItem(arguments[0], JSON.stringify({v: 1, updated: '', answers: "
        + "{'old-prompt': 'written before the course changed', today: 'Earlier'}}))", KEY);
    browser.navigate().refresh();
    assertEquals("Earlier", field("today").getAttribute("value"));
    field("word").sendKeys("New");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
        String.valueOf(browser.executeScript("return localStorage.getItem(arguments[0])", KEY)).contains("\"word\":\"New\""));
    String saved = String.valueOf(browser.executeScript("return localStorage.getItem(arguments[0])", KEY));
    assertTrue(saved.contains("\"old-prompt\":\"written before the course changed\""), saved);
  }

  @Test
  void withoutStorageTheWorksheetSaysSoAndOffersTheDownload() {
    Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"));
    try {
      browser.navigate().refresh();
      assertTrue(status().startsWith("This browser is not keeping your answers"), status());
      assertTrue(status().contains("Download"), status());
      assertTrue(browser.findElement(By.cssSelector("[data-action=download-json]")).isDisplayed());
    } finally {
      browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
    }
  }

  @Test
  void printingShowsRuledLinesOrTheLearnersAnswers() {
    field("today").sendKeys("My answer on paper");
    browser.executeScript("window.dispatchEvent(new Event('beforeprint'))");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertFalse(field("today").isDisplayed(), "the form field is replaced on paper");
      assertFalse(prompt("today").findElement(By.cssSelector(".ws-lines")).isDisplayed(), "an answered prompt shows its answer");
      assertEquals("My answer on paper", prompt("today").findElement(By.cssSelector(".ws-print-answer")).getText());
      WebElement word = prompt("word");
      assertTrue(word.findElement(By.cssSelector(".ws-lines")).isDisplayed(), "an empty prompt shows writing lines");
      assertEquals(3, prompt("today").findElements(By.cssSelector(".ws-line")).size(), "lines=3");
      assertFalse(browser.findElement(By.cssSelector(".worksheet__tools")).isDisplayed());
      browser.executeScript("document.querySelector('.worksheet').classList.add('worksheet--blank')");
      assertTrue(prompt("today").findElement(By.cssSelector(".ws-lines")).isDisplayed(), "a blank copy has lines everywhere");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      browser.executeScript("document.querySelector('.worksheet').classList.remove('worksheet--blank')");
    }
  }

  @Test
  void theWorksheetsPageShowsWhichAreStarted() {
    field("word").sendKeys("Begun");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status().equals("Saved in this browser."));
    browser.get(server.url("worksheets/"));
    assertEquals("Not started", browser.findElement(By.cssSelector("[data-worksheet-status-for=weekly-check-in] [data-worksheet-state]")).getText());
    assertTrue(browser.findElement(By.cssSelector("[data-worksheet-status-for=kinds] [data-worksheet-state]")).getText().startsWith("Started"));
    assertTrue(browser.findElement(By.cssSelector("[data-worksheet-status-for=weekly-check-in]")).getText().contains("Lesson 1: Every prompt kind"));
  }

  @Test
  void withJavaScriptOffTheFormStillWorksForPrinting() {
    ChromeDriver plain = Chromium.start(false);
    try {
      plain.get(server.url(LESSON));
      WebElement worksheet = plain.findElement(By.id("ws-kinds"));
      assertFalse(worksheet.findElement(By.cssSelector(".worksheet__tools")).isDisplayed());
      WebElement today = plain.findElement(By.cssSelector("#ws-kinds-today textarea"));
      assertTrue(today.isDisplayed());
      today.sendKeys("typed without scripts");
      assertEquals("typed without scripts", today.getAttribute("value"));
    } finally {
      plain.quit();
    }
  }

  /** Waits until Chromium has written the whole file: it exists, is not empty, and has stopped growing. */
  private static Path awaitDownload(String name) throws InterruptedException, java.io.IOException {
    Path file = downloads.resolve(name);
    long size = -1;
    for (int i = 0; i < 100; i++) {
      long now = Files.isRegularFile(file) ? Files.size(file) : -1;
      if (now > 0 && now == size) {
        return file;
      }
      size = now;
      Thread.sleep(50);
    }
    throw new AssertionError("no complete download of " + name + " after 5 s (size " + size + ")");
  }
}
