package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shipped course checked with axe-core's WCAG 2.1 A and AA rules in Chromium (contrast,
 * labels, landmarks, ARIA), in light and dark colour schemes and with quiz feedback showing.
 */
@ExtendWith(Chromium.class)
class AccessibilityBrowserIT {
  private static final List<String> PAGES = List.of("", "lessons/practising-mutual-empathy-together/", "lessons/stuck-in-disconnection/",
      "worksheets/", "worksheets/ws-relational-check-in/", "glossary/", "facilitator-guide/", "answer-key/", "sources/");
  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver browser;
  static String axe;

  @BeforeAll
  static void buildAndServe() throws IOException {
    Path site = dir.resolve("site");
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(
        new BuildOptions(Path.of("content"), "content", java.util.Optional.of(Path.of("templates")), "templates", site,
            java.util.Optional.empty(), false, false, java.util.Optional.empty(), false));
    assertTrue(result.succeeded(), result.diagnostics().sorted().toString());
    try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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

  /** The violations axe finds on the current page, as "rule: element" lines. */
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

  private static List<String> checkEveryPage(String scheme) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features",
        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    List<String> found = new ArrayList<>();
    for (String page : PAGES) {
      browser.get(server.url(page));
      violations().forEach(v -> found.add(scheme + " " + page + " " + v));
    }
    return found;
  }

  @Test
  void everyKindOfPagePassesInLightMode() {
    assertEquals(List.of(), checkEveryPage("light"));
  }

  @Test
  void everyKindOfPagePassesInDarkMode() {
    assertEquals(List.of(), checkEveryPage("dark"));
  }

  @Test
  void theCheckCatchesARealProblem() {
    browser.get(server.url(""));
    browser.executeScript("var img = document.createElement('img'); img.src = 'x.png'; document.querySelector('main').appendChild(img);"
        + "var p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#f4f4f4'; p.style.background = '#ffffff'; document.querySelector('main').appendChild(p);");
    List<String> found = violations();
    assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt")), found.toString());
    assertTrue(found.stream().anyMatch(v -> v.startsWith("color-contrast")), found.toString());
  }

  @Test
  void quizFeedbackPassesToo() {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    browser.get(server.url("lessons/practising-mutual-empathy-together/"));
    browser.executeScript("localStorage.clear()");
    browser.navigate().refresh();
    var quiz = browser.findElement(By.cssSelector("section.quiz"));
    var questions = quiz.findElements(By.cssSelector("li.question"));
    questions.get(0).findElements(By.cssSelector(".option label")).get(0).click();
    questions.get(0).findElement(By.cssSelector("[data-action=check]")).click();
    questions.get(2).findElement(By.cssSelector("[data-action=reveal]")).click();
    assertEquals(List.of(), violations());
  }

  /** Output and error blocks, figures, spans and headings' own links, in both schemes, with a heading's "#" link focused. */
  @Test
  void pandocFormsPassInBothSchemes() throws IOException {
    Path content = dir.resolve("pandoc/content");
    TestCourses.write(content.resolve("course.yml"), "title: Pandoc forms\n");
    TestCourses.write(content.resolve("lessons/fig/x.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>\n");
    TestCourses.write(content.resolve("lessons/01-forms.md"), """
        ---
        title: Forms
        ---
        ## See [the figure](#fig-x)

        ![A circle, by [us](https://example.org)](fig/x.svg){#fig-x alt='A black circle' width="40%"}

        A [key term]{#term .term} in a sentence.

        ```bash
        $ git status
        ```

        ```output
        nothing to commit
        ```

        ```{.error}
        fatal: not a git repository
        ```

        ### Later
        """);
    Path site = dir.resolve("pandoc/site");
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(new BuildOptions(content, "content", java.util.Optional.of(Path.of("templates")),
        "templates", site, java.util.Optional.empty(), false, false, java.util.Optional.empty(), false));
    assertTrue(result.succeeded(), result.diagnostics().sorted().toString());
    try (StaticServer pandoc = new StaticServer(site)) {
      List<String> found = new ArrayList<>();
      for (String scheme : List.of("light", "dark")) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.get(pandoc.url("lessons/forms/"));
        assertEquals(1, browser.findElements(By.cssSelector("figure.code-result--output")).size());
        var anchor = browser.findElement(By.cssSelector("a.heading-anchor"));
        browser.executeScript("arguments[0].focus()", anchor);
        browser.switchTo().activeElement().sendKeys(Keys.SHIFT);
        assertEquals("1", anchor.getCssValue("opacity"), "the '#' link shows when it has the keyboard focus");
        violations().forEach(v -> found.add(scheme + " " + v));
      }
      assertEquals(List.of(), found);
    }
  }
}
