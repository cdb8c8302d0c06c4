package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildOptions;
import dev.attune.testing.Chromium;
import dev.attune.testing.TestCourses;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * attune serve in Chromium: a saved change reloads the page within 100 ms of the rebuild, and a
 * broken build shows its errors on it.
 */
@ExtendWith(Chromium.class)
class LivePreviewBrowserIT {
  private static final int RELOADS = 5;

  @TempDir Path dir;

  @Test
  void theOpenPageFollowsEverySave() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Path lesson = content.resolve("lessons/01-first-steps.md");
    String original = Files.readString(lesson);
    try (PreviewServer server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")),
        new InetSocketAddress("127.0.0.1", 0), line -> {}, Duration.ofMillis(100))) {
      int port = server.start();
      ChromeDriver browser = Chromium.start(true);
      try {
        WebDriverWait wait = reloading(browser);
        browser.get("http://127.0.0.1:" + port + "/lessons/first-steps/");
        Files.writeString(lesson, original.replace("title: First steps", "title: First steps, edited"));
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("First steps, edited"));

        Files.writeString(lesson, original.replace("title: First steps", "title: [broken"));
        // A failed build reloads the page too, which then shows the errors the preview wrote into it.
        String alert = wait.until(d -> d.findElement(By.cssSelector("[role=alert]")).getText());
        assertTrue(alert.contains("01-first-steps.md:2:8: error: invalid YAML"), alert);
        assertEquals("fixed", wait.until(d -> d.findElement(By.id("attune-preview-errors")).getCssValue("position")),
            "with scripts, the errors float in the window, where a reload that kept the scroll position still shows them");
        assertEquals("First steps, edited", wait.until(d -> d.findElement(By.tagName("h1")).getText()), "the last good build stays up");

        Files.writeString(lesson, original);
        wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty()
            && d.findElement(By.tagName("h1")).getText().equals("First steps"));
      } finally {
        browser.quit();
      }
    }
  }

  /**
   * The page starts to reload within 100 ms of the rebuild finishing. Measured from the moment the
   * server made the build the latest ({@link BuildState#finished}) to the reloaded page's time
   * origin (when the browser started the reload), so neither the file watcher nor the build's
   * own time counts; a few edits in a row, judged by their median, so that one hiccup of a busy
   * machine does not decide.
   */
  @Test
  void theOpenPageStartsReloadingWithin100MillisecondsOfAFinishedRebuild() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Path lesson = content.resolve("lessons/01-first-steps.md");
    String original = Files.readString(lesson);
    try (PreviewServer server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")),
        new InetSocketAddress("127.0.0.1", 0), line -> {}, Duration.ofMillis(100))) {
      int port = server.start();
      ChromeDriver browser = Chromium.start(true);
      try {
        WebDriverWait wait = reloading(browser);
        browser.get("http://127.0.0.1:" + port + "/lessons/first-steps/");
        List<Double> latencies = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        for (int edit = 1; latencies.size() < RELOADS; edit++) {
          assertTrue(edit <= RELOADS * 3, "too many edits were rebuilt twice or reloaded early: " + latencies);
          wait.until(d -> server.eventStreams() == 1);
          int before = server.state().generation();
          String title = "First steps, edit " + edit;
          Files.writeString(lesson, original.replace("title: First steps", "title: " + title));
          // Read in one script, so that a reload between two WebDriver calls does not matter.
          wait.until(d -> title.equals(browser.executeScript(
              "var h1 = document.querySelector('h1');"
              + "return document.readyState === 'complete' && h1 ? h1.textContent.trim() : null;")));
          @SuppressWarnings("unchecked")
          Map<String, Object> page = (Map<String, Object>) browser.executeScript(
              "var nav = performance.getEntriesByType('navigation')[0];"
              // Date.now() - performance.now() is the time origin by the wall clock the server's time is read from.
              + "return {origin: Date.now() - performance.now(), shown: nav.domContentLoadedEventEnd, type: nav.type,"
              + " generation: document.querySelector('script[data-generation]').getAttribute('data-generation')};");
          BuildState build = server.state();
          // A save that was rebuilt twice makes two reloads, the second perhaps started before its build finished.
          if (build.generation() != before + 1 || !String.valueOf(build.generation()).equals(page.get("generation"))) {
            continue;
          }
          assertEquals("reload", page.get("type"));
          double finished = build.finished().toEpochMilli() + build.finished().getNano() % 1_000_000 / 1e6;
          latencies.add(((Number) page.get("origin")).doubleValue() - finished);
          shown.add(((Number) page.get("origin")).doubleValue() + ((Number) page.get("shown")).doubleValue() - finished);
        }
        double median = median(latencies);
        System.out.printf(Locale.ROOT, "LivePreviewBrowserIT: the page started reloading %s ms after each rebuild finished"
            + " (median %.1f ms); the new page was shown %s ms after (median %.1f ms)%n",
            figures(latencies), median, figures(shown), median(shown));
        assertTrue(latencies.stream().allMatch(latency -> latency > -2), "a reload before its build finished: " + latencies);
        assertTrue(median < 100, "the median reload started " + median + " ms after the rebuild finished");
      } finally {
        browser.quit();
      }
    }
  }

  /**
   * When the preview stops, an open page tries to reconnect every two seconds (the stream's
   * {@code retry:}), not in a tight loop. A bare socket on the preview's port counts its attempts.
   */
  @Test
  void aStoppedPreviewIsLookedForEveryTwoSecondsNotInATightLoop() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    PreviewServer server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")),
        new InetSocketAddress("127.0.0.1", 0), line -> {}, Duration.ofMillis(100));
    int port = server.start();
    ChromeDriver browser = Chromium.start(true);
    try {
      browser.get("http://127.0.0.1:" + port + "/lessons/first-steps/");
      reloading(browser).until(d -> server.eventStreams() == 1);
      server.close();
      int attempts = 0;
      try (ServerSocket standIn = new ServerSocket()) {
        standIn.bind(new InetSocketAddress("127.0.0.1", port));
        long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (System.nanoTime() < end) {
          standIn.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
          try (Socket attempt = standIn.accept()) {
            attempts++; // closed unanswered: to the page, the preview is still gone
          } catch (SocketTimeoutException e) {
            break;
          }
        }
      }
      System.out.println("LivePreviewBrowserIT: the page looked for the stopped preview " + attempts + " times in 6 s");
      assertTrue(attempts >= 1 && attempts <= 5, attempts + " attempts in 6 s");
    } finally {
      browser.quit();
      server.close();
    }
  }

  /** A wait for pages that reload by themselves: an element found may be gone by the next call. */
  private static WebDriverWait reloading(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String figures(List<Double> values) {
    return values.stream().map(value -> String.format(Locale.ROOT, "%.1f", value)).collect(Collectors.joining(", "));
  }

  /** Without JavaScript the errors are in the page itself, and the page looks again until they are fixed. */
  @Test
  void withScriptsOffAFailedRebuildShowsItsErrorsInThePageUntilFixed() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Path lesson = content.resolve("lessons/01-first-steps.md");
    String original = Files.readString(lesson);
    try (PreviewServer server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")),
        new InetSocketAddress("127.0.0.1", 0), line -> {}, Duration.ofMillis(100))) {
      int port = server.start();
      ChromeDriver browser = Chromium.start(false);
      try {
        WebDriverWait wait = reloading(browser);
        Files.writeString(lesson, original.replace("title: First steps", "title: [broken"));
        wait.until(d -> server.state().errors().contains("invalid YAML"));
        browser.get("http://127.0.0.1:" + port + "/lessons/first-steps/");
        String shown = browser.findElement(By.id("attune-preview-errors")).getText();
        assertTrue(shown.contains("The course did not build") && shown.contains("01-first-steps.md:2:8: error: invalid YAML"), shown);
        assertTrue(browser.findElement(By.tagName("h1")).getText().equals("First steps"), "the last good build stays up");

        Files.writeString(lesson, original.replace("title: First steps", "title: First steps, fixed"));
        wait.until(d -> d.findElements(By.id("attune-preview-errors")).isEmpty()
            && d.findElement(By.tagName("h1")).getText().equals("First steps, fixed"));
      } finally {
        browser.quit();
      }
    }
  }
}
