package org.shouhu.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A fresh headless Chromium per test (its own profile: no cookies carried over), handed to the test
 * as a parameter; on failure a screenshot is kept under {@code target/screenshots}.
 */
public class Browser implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(Browser.class);

  private static final Map<WebDriver, Path> DOWNLOADS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Where this browser saves what it downloads. */
  public static Path downloads(WebDriver driver) {
    return DOWNLOADS.get(driver);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WebDriver.class;
  }

  @Override
  public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
    WebDriver driver = start(); // one browser per parameter: a test may drive two at once
    context.getStore(NS).put("driver-" + parameter.getIndex(), driver);
    return driver;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (int i = 0; i < context.getRequiredTestMethod().getParameterCount(); i++) {
      WebDriver driver = context.getStore(NS).remove("driver-" + i, WebDriver.class);
      if (driver != null) {
        finish(context, driver, i == 0 ? "" : "-" + i);
      }
    }
  }

  private static void finish(ExtensionContext context, WebDriver driver, String suffix) {
    try {
      if (context.getExecutionException().isPresent()
          || Boolean.getBoolean("shouhu.screenshots.always")) {
        Path dir = Path.of(System.getProperty("shouhu.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(
            dir.resolve(
                context.getRequiredTestClass().getSimpleName()
                    + "-"
                    + context.getRequiredTestMethod().getName()
                    + suffix
                    + ".png"),
            png);
        Files.writeString(
            dir.resolve(context.getRequiredTestMethod().getName() + suffix + ".html"),
            driver.getCurrentUrl() + "\n" + driver.getPageSource());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DOWNLOADS.remove(driver);
      driver.quit();
    }
  }

  private static WebDriver start() {
    try {
      Path profile = Files.createTempDirectory("shouhu-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=zh-CN",
          "--user-data-dir=" + profile);
      Path downloads = Files.createDirectories(profile.resolve("downloads"));
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "intl.accept_languages",
              "zh-CN,zh",
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1280, 900));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      DOWNLOADS.put(driver, downloads);
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
