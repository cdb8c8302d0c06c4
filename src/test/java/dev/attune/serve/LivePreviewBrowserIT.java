package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildOptions;
import dev.attune.testing.Chromium;
import dev.attune.testing.TestCourses;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** attune serve in Chromium: a saved change reloads the page, and a broken build shows its errors on it. */
@ExtendWith(Chromium.class)
class LivePreviewBrowserIT {
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + port + "/lessons/first-steps/");
        Files.writeString(lesson, original.replace("title: First steps", "title: First steps, edited"));
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("First steps, edited"));

        Files.writeString(lesson, original.replace("title: First steps", "title: [broken"));
        wait.until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        String alert = browser.findElement(By.cssSelector("[role=alert]")).getText();
        assertTrue(alert.contains("01-first-steps.md:2:8: error: invalid YAML"), alert);
        assertTrue(browser.findElement(By.tagName("h1")).getText().equals("First steps, edited"), "the last good build stays up");

        Files.writeString(lesson, original);
        wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty()
            && d.findElement(By.tagName("h1")).getText().equals("First steps"));
      } finally {
        browser.quit();
      }
    }
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
