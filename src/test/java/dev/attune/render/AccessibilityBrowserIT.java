package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import dev.attune.testing.Chromium;
import dev.attune.testing.StaticServer;
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
}
