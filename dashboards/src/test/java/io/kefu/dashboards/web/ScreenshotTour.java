package io.kefu.dashboards.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screenshots of every page of a running dashboard for the README: {@code ScreenshotTour URL USER
 * PASSWORD OUT_DIR [SESSION_ID]}. Each page is captured at its full height once loaded.
 */
public final class ScreenshotTour {

  private ScreenshotTour() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path out = Files.createDirectories(Path.of(args[3]));
    Path profile = Files.createTempDirectory("kefu-tour");
    WebDriver browser = DashboardBrowserIntegrationTest.chromium(profile, profile);
    try {
      browser.get(url + "/login.html");
      browser.findElement(By.id("login-username")).sendKeys(args[1]);
      browser.findElement(By.id("login-password")).sendKeys(args[2]);
      browser.findElement(By.id("login-submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(d -> !d.getCurrentUrl().endsWith("login.html"));
      List<String> pages = List.of("hot", "quality", "qa", "sessions", "models", "data");
      for (String page : pages) {
        shoot(browser, url + "/" + page + ".html", out.resolve(page + ".png"));
      }
      if (args.length > 4) {
        shoot(browser, url + "/session.html?id=" + args[4], out.resolve("session.png"));
      }
    } finally {
      browser.quit();
    }
  }

  private static void shoot(WebDriver browser, String url, Path file) throws Exception {
    browser.manage().window().setSize(new Dimension(1366, 900));
    long start = System.nanoTime();
    browser.get(url);
    // how long until the page's data is on screen: the loading marker gone
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector("#loading:not([hidden])")).stream()
                    .noneMatch(e -> e.isDisplayed()));
    System.out.printf(
        "%s: data on screen after %d ms%n", url, (System.nanoTime() - start) / 1_000_000);
    Thread.sleep(2500); // charts animate in; the page has no "done" signal for every block
    long height =
        (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
    browser.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 40, 2000)));
    Thread.sleep(800);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("screenshot " + file);
  }
}
