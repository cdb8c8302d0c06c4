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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hostile courses (src/test/resources/hostile) opened in real Chromium, with nothing between
 * the page and the browser but what the page itself declares: no payload may run, reach another
 * host or trip the page's Content-Security-Policy, and the quizzes still work.
 */
@ExtendWith(Chromium.class)
class HostileContentBrowserIT {
  /** Runs before any script of the page: records every way a payload would show itself. */
  private static final String TRAPS = """
      window.__attacks = [];
      ['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (name) {
        window[name] = function () { window.__attacks.push(name + '(' + Array.prototype.join.call(arguments, ',') + ')'); };
      });
      document.addEventListener('securitypolicyviolation', function (e) {
        window.__attacks.push('CSP blocked ' + e.blockedURI + ' (' + e.violatedDirective + ')');
      });
      """;

  /** Runs after load: handlers provoked, then what a browser parsed that could still run or fetch. */
  private static final String INSPECT = """
      var found = [];
      document.querySelectorAll('*').forEach(function (el) {
        ['mouseover', 'mouseenter', 'focus', 'focusin', 'load', 'error', 'animationstart', 'toggle'].forEach(function (type) {
          el.dispatchEvent(new Event(type));
        });
        for (var i = 0; i < el.attributes.length; i++) {
          if (/^on/i.test(el.attributes[i].name)) found.push('handler ' + el.attributes[i].name + ' on ' + el.tagName);
        }
      });
      document.querySelectorAll('a[href], area[href]').forEach(function (a) {
        if (!/^(https?|mailto|tel|file):$/.test(a.protocol)) found.push('link to ' + a.protocol + ' ' + a.getAttribute('href'));
      });
      document.querySelectorAll('script').forEach(function (s) {
        var theme = /\\/theme\\/js\\/[a-z-]+\\.js$/.test(s.src) && !s.textContent;
        if (!theme && s.type !== 'application/json') found.push('script ' + s.outerHTML.slice(0, 80));
      });
      document.querySelectorAll('iframe, frame, object, embed, base, form, svg, math').forEach(function (el) {
        found.push('element ' + el.tagName);
      });
      performance.getEntriesByType('resource').forEach(function (r) {
        if (new URL(r.name).origin !== location.origin) found.push('request to ' + r.name);
      });
      return found.concat(window.__attacks);
      """;

  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver browser;
  static final List<String> pages = new ArrayList<>();

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path sites = dir.resolve("sites");
    for (Path folder : TestCourses.cases("hostile")) {
      Path site = sites.resolve(folder.getFileName().toString());
      BuildResult result = new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(folder.resolve("content"), site));
      if (result.succeeded()) {
        try (Stream<Path> files = Files.walk(site)) {
          files.filter(f -> f.getFileName().toString().equals("index.html"))
              .map(f -> sites.relativize(f.getParent()).toString().replace('\\', '/') + "/")
              .sorted()
              .forEach(pages::add);
        }
      }
    }
    server = new StaticServer(sites, false);
    browser = Chromium.start(true);
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAPS));
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

  @Test
  void noPayloadRunsOrFetchesOnAnyPage() {
    assertTrue(pages.size() >= 30, "the hostile sites have pages: " + pages);
    List<String> found = new ArrayList<>();
    for (String page : pages) {
      if (page.startsWith("trusted/")) {
        continue;
      }
      browser.get(server.url(page));
      @SuppressWarnings("unchecked")
      List<Object> problems = (List<Object>) browser.executeScript(INSPECT);
      problems.forEach(problem -> found.add(page + ": " + problem));
    }
    assertEquals(List.of(), found);
  }

  @Test
  void answersThatTryToEndTheDataBlockAreCheckedLikeAnyOther() {
    browser.get(server.url("quiz-json/lessons/answers/"));
    assertEquals("Correct.", answer("quiz-answers-tag", "<!--<script>"));
  }

  /** 'self' must still mean the site's own scripts when a learner opens a page from disk. */
  @Test
  void thePolicyLetsTheThemeRunFromDisk() {
    browser.get(dir.resolve("sites/quiz-json/lessons/answers/index.html").toUri().toString());
    assertEquals("Correct.", answer("quiz-answers-pattern", "again"));
  }

  @Test
  void aCourseThatTrustsItsHtmlRunsItsOwnScript() {
    browser.get(server.url("trusted/lessons/trusted/"));
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(b -> b.findElement(By.id("trusted-widget")).getText().equals("widget ran"));
  }

  /** Types {@code text} into a short-answer question, checks it, and returns what the page says. */
  private static String answer(String questionId, String text) {
    WebElement question = browser.findElement(By.id(questionId));
    question.findElement(By.cssSelector("input.short-answer__input")).sendKeys(text);
    question.findElement(By.cssSelector("[data-action=check]")).click();
    WebElement result = question.findElement(By.cssSelector(".question__result"));
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !result.getText().isEmpty());
    return result.getText();
  }
}
