package dev.attune.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real Chromium for browser tests: Debian's {@code chromium} driven by its {@code chromedriver},
 * never a downloaded browser. Where they are not installed, browser tests are skipped with a
 * message saying how to install them; with {@code -Dbrowser.required=true} (as in CI) a missing
 * browser fails the tests instead.
 */
public final class Chromium implements ExecutionCondition {
  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  private static boolean warned;
  /** Selenium warns that it has no CDP bindings for this exact Chromium; the few CDP calls used don't need them. */
  private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  static Optional<String> find(List<String> candidates) {
    return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (find(BROWSERS).isPresent() && find(DRIVERS).isPresent()) {
      return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
    }
    String message = "Chromium or ChromeDriver is not installed, so browser tests cannot run "
        + "(install them with: apt-get install chromium chromium-driver)";
    if (Boolean.getBoolean("browser.required")) {
      throw new IllegalStateException(message + "; -Dbrowser.required=true makes this a failure");
    }
    synchronized (Chromium.class) {
      if (!warned) {
        System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
        warned = true;
      }
    }
    return ConditionEvaluationResult.disabled("SKIPPED: " + message);
  }

  /** A headless Chromium; {@code javascript} false turns scripts off, as some learners do. */
  public static ChromeDriver start(boolean javascript) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(find(DRIVERS).orElseThrow()).toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(find(BROWSERS).orElseThrow());
    // These flags keep Chromium from calling home; this machine's network is closed.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--window-size=1200,900");
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    return new ChromeDriver(service, options);
  }
}
