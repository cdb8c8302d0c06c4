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
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The lesson blocks in Chromium: a solution opens from the keyboard and shows its text, every
 * block kind passes axe's WCAG AA rules in light and dark mode, and solutions show on paper.
 */
@ExtendWith(Chromium.class)
class LessonBlocksBrowserIT {
  private static final String LESSON = """
      ---
      title: Every block
      teaching: 10
      exercises: 5
      ---
      ::::::::::::::::::::::::::::::::::::: objectives

      - Use every block.

      ::::::::::::::::::::::::::::::::::::::::::::::::::

      :::::::::::::::::::::::::::::::::::::::: questions

      - What do blocks look like?

      ::::::::::::::::::::::::::::::::::::::::::::::::::

      ## Text

      Some prose.

      ::::::::::::::::::::::::::::::::::::::: challenge

      ## Choosing a *commit* message

      Which message is best?

      :::::::::::::: hint

      Think of the reader.

      :::::::::::::::::::

      :::::::::::::::  solution

      ## Solution

      The third: short and descriptive.

      :::::::::::::::::::::::::

      ::::::::::::::::::::::::::::::::::::::::::::::::::

      ::: spoiler

      ### More about Markdown

      It is plain text.

      :::

      :::callout
      A callout.
      :::

      :::discussion
      Talk about it.
      :::

      :::prereq
      Know the shell.
      :::

      :::checklist
      - Installed Git
      :::

      :::testimonial
      "It helped."
      :::

      ::: instructor
      Only for the people teaching.
      :::

      :::::::::::::::::::::::::::::::::::::::: keypoints

      - Blocks set text apart.

      ::::::::::::::::::::::::::::::::::::::::::::::::::
      """;
  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver browser;
  static String axe;

  @BeforeAll
  static void buildAndServe() throws IOException {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: Blocks\n");
    TestCourses.write(content.resolve("lessons/01-every-block.md"), LESSON);
    Path site = dir.resolve("site");
    build(content, site.resolve("expanded"));
    TestCourses.write(content.resolve("course.yml"), "title: Blocks\nsolutions_in_print: appendix\n");
    build(content, site.resolve("appendix"));
    try (InputStream in = LessonBlocksBrowserIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    server = new StaticServer(site);
    browser = Chromium.start(true);
  }

  private static void build(Path content, Path site) {
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(
        new BuildOptions(content, "content", Optional.of(Path.of("templates")), "templates", site, Optional.empty(), false, false, Optional.empty(), false));
    assertTrue(result.succeeded(), result.diagnostics().sorted().toString());
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

  private static void media(String media, String scheme) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features",
        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  void aSolutionOpensWithEnterAndAHintWithSpaceAndTheirTextShows() {
    media("", "light");
    browser.get(server.url("expanded/lessons/every-block/"));
    WebElement solution = browser.findElement(By.cssSelector("details.collapsible-solution"));
    WebElement answer = solution.findElement(By.cssSelector(".collapsible-body p"));
    assertFalse(answer.isDisplayed(), "closed until asked");
    WebElement summary = solution.findElement(By.tagName("summary"));
    assertEquals("Show solution", summary.getText());
    browser.executeScript("arguments[0].focus()", summary);
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertEquals("true", solution.getDomAttribute("open") == null ? "false" : "true");
    assertTrue(answer.isDisplayed());
    assertEquals("The third: short and descriptive.", answer.getText());

    WebElement hint = browser.findElement(By.cssSelector("details.collapsible-hint"));
    browser.executeScript("arguments[0].focus()", hint.findElement(By.tagName("summary")));
    browser.switchTo().activeElement().sendKeys(Keys.SPACE);
    assertTrue(hint.findElement(By.cssSelector(".collapsible-body p")).isDisplayed());
    assertNull(browser.findElements(By.xpath("//*[contains(text(), 'Only for the people teaching')]")).stream().findFirst().orElse(null));
  }

  @Test
  void onPaperEverySolutionHintAndSpoilerIsShown() {
    media("", "light");
    browser.get(server.url("expanded/lessons/every-block/"));
    String shown = "var r = arguments[0].getBoundingClientRect(); return r.height > 0 && arguments[0].checkVisibility();";
    assertEquals(Boolean.FALSE, browser.executeScript(shown, browser.findElement(By.cssSelector("details.collapsible .collapsible-body p"))),
        "closed on screen");
    media("print", "light");
    List<WebElement> bodies = browser.findElements(By.cssSelector("details.collapsible .collapsible-body p"));
    assertEquals(3, bodies.size());
    for (WebElement body : bodies) {
      // Selenium's isDisplayed() counts everything in a closed <details> as hidden; ask the page.
      assertEquals(Boolean.TRUE, browser.executeScript(shown, body),
          body.getAttribute("textContent"));
    }
    media("", "light");
  }

  @Test
  void withSolutionsInAnAppendixPaperShowsThemAtTheEndInsteadOfInPlace() {
    String shown = "var r = arguments[0].getBoundingClientRect(); return r.height > 0 && arguments[0].checkVisibility();";
    media("", "light");
    browser.get(server.url("appendix/lessons/every-block/"));
    WebElement appendix = browser.findElement(By.cssSelector(".print-appendix"));
    assertEquals(Boolean.FALSE, browser.executeScript(shown, appendix), "not on screen");
    media("print", "light");
    assertEquals(Boolean.TRUE, browser.executeScript(shown, appendix), "on paper");
    assertTrue(appendix.getAttribute("textContent").contains("The third: short and descriptive."));
    assertTrue(appendix.getAttribute("textContent").contains("Choosing a commit message: Hint"));
    assertEquals(Boolean.FALSE, browser.executeScript(shown, browser.findElement(By.cssSelector("details.collapsible-solution"))), "not in place");
    assertEquals(Boolean.TRUE, browser.executeScript(shown, browser.findElement(By.cssSelector("details.collapsible-spoiler .collapsible-body p"))),
        "a spoiler is no solution: it prints in place");
    media("", "light");
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations() {
    browser.executeScript(axe);
    Object result = browser.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  @Test
  void everyBlockKindAndTheFacilitatorPagePassAxeInLightAndDarkMode() {
    List<String> found = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      media("", scheme);
      for (String page : List.of("expanded/lessons/every-block/", "expanded/facilitator/")) {
        browser.get(server.url(page));
        browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        violations().forEach(v -> found.add(scheme + " " + page + " " + v));
      }
    }
    media("", "light");
    assertEquals(List.of(), found);
  }
}
