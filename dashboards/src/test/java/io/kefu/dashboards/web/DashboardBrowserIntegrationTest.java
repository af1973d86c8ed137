package io.kefu.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.testing.LocalStack;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboards tried as a new user would, in Debian's headless Chromium driven by Selenium: each
 * role logs in through the form and sees its pages' charts drawn with data; a QA manager filters
 * the queue, opens a transcript, confirms one violation and rejects another, reloads and finds
 * both; an agent appeals and the manager rules; a drill-down is exported as CSV and read back; a
 * product user is kept from the QA review. A screenshot of each page is kept in {@code
 * target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIntegrationTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir static Path dir;
  private ClickHouseGateway gateway;
  private DashboardServer server;
  private WebDriver browser;
  private Path downloads;

  @BeforeAll
  void start() throws Exception {
    gateway = LocalStack.scratchClickHouse();
    DashboardFixture.load(gateway);
    server =
        DashboardServer.start(
            new DashboardServices(
                gateway,
                DashboardFixture.users(dir),
                registry(dir.resolve("registry")),
                List.of(),
                Clock.systemUTC()),
            "127.0.0.1",
            0);
    downloads = Files.createDirectories(dir.resolve("downloads"));
    Files.createDirectories(SCREENSHOTS);
    browser = chromium(dir.resolve("profile"), downloads);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
    LocalStack.drop(gateway);
  }

  @Test
  @Order(1)
  void aWrongPasswordIsRefusedOnTheForm() {
    open("/");
    assertThat(browser.getCurrentUrl()).endsWith("/login.html");
    login("qa_manager", "wrong-password", false);
    WebElement error = waitFor(By.id("login-error"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).isNotBlank();
  }

  @Test
  @Order(2)
  void everyRoleSeesItsPagesWithChartsDrawn() throws Exception {
    Map<String, List<String>> pages =
        Map.of(
            "product", List.of("hot", "quality", "sessions"),
            "data_scientist", List.of("hot", "quality", "sessions", "models", "data"),
            "agent", List.of("quality", "qa", "sessions"),
            "qa_manager", List.of("hot", "quality", "qa", "sessions", "data"),
            "admin", List.of("hot", "quality", "qa", "sessions", "models", "data"));
    for (Map.Entry<String, List<String>> role : pages.entrySet()) {
      login(role.getKey(), DashboardFixture.PASSWORD, true);
      List<String> nav =
          browser.findElements(By.cssSelector("a[data-page]")).stream()
              .map(a -> a.getAttribute("data-page"))
              .toList();
      assertThat(nav).as(role.getKey()).containsExactlyInAnyOrderElementsOf(role.getValue());
      for (String page : role.getValue()) {
        open("/" + page + ".html");
        awaitLoaded();
        for (String chart : chartsWithData(page)) {
          waitFor(By.cssSelector("#" + chart + "[data-rendered=true]"));
        }
        assertThat(browser.findElements(By.cssSelector(".chart:not([data-rendered=true])")))
            .as("charts of " + page + " left without data")
            .isEmpty();
        screenshot(role.getKey() + "-" + page);
      }
      logout();
    }
  }

  @Test
  @Order(3)
  void aQaManagerFiltersOpensAndReviewsAndFindsTheVerdictsAfterAReload() throws Exception {
    login("qa_manager", DashboardFixture.PASSWORD, true);
    open("/qa.html");
    waitFor(By.cssSelector("#qa-queue tr[data-session-id]"));
    waitFor(By.cssSelector("#spotlight [data-reason=critical]"));
    new Select(browser.findElement(By.id("f-severity"))).selectByValue("critical");
    browser.findElement(By.id("f-apply")).click();
    new WebDriverWait(browser, WAIT)
        .until(
            d ->
                d.findElements(By.cssSelector("#qa-queue tr[data-session-id]")).size() == 2
                    && d.findElements(By.cssSelector("#qa-queue tr[data-session-id='s20-3']"))
                        .isEmpty());
    screenshot("qa_manager-qa-filtered");
    browser.findElement(By.cssSelector("#qa-queue tr[data-session-id='s21-2'] a")).click();
    waitFor(By.cssSelector(".msg.has-violation"));
    List<WebElement> violations = browser.findElements(By.cssSelector(".violation[data-key]"));
    assertThat(violations).hasSize(2);
    violations.get(0).findElement(By.cssSelector(".btn-confirm")).click();
    waitFor(By.cssSelector(".violation[data-key] .verdict[data-verdict=correct]"));
    browser
        .findElements(By.cssSelector(".violation[data-key]"))
        .get(1)
        .findElement(By.cssSelector(".btn-reject"))
        .click();
    waitFor(By.cssSelector(".violation[data-key] .verdict[data-verdict=wrong]"));
    screenshot("qa_manager-session");

    browser.navigate().refresh();
    waitFor(By.cssSelector(".msg.has-violation"));
    List<WebElement> reloaded = browser.findElements(By.cssSelector(".violation[data-key]"));
    assertThat(reloaded.get(0).findElements(By.cssSelector(".verdict[data-verdict=correct]")))
        .hasSize(1);
    assertThat(reloaded.get(1).findElements(By.cssSelector(".verdict[data-verdict=wrong]")))
        .hasSize(1);
    logout();
  }

  @Test
  @Order(4)
  void anAgentAppealsAndAQaManagerRulesOnce() throws Exception {
    login("agent", DashboardFixture.PASSWORD, true);
    open("/session.html?id=s20-3");
    WebElement violation = waitFor(By.cssSelector(".violation[data-key]"));
    violation.findElement(By.cssSelector(".appeal-comment")).sendKeys("客户消息晚到，系统延迟");
    violation.findElement(By.cssSelector(".btn-appeal")).click();
    waitFor(By.cssSelector(".appeal-state[data-state=open]"));
    screenshot("agent-appeal");
    logout();

    login("qa_manager", DashboardFixture.PASSWORD, true);
    open("/session.html?id=s20-3");
    WebElement open = waitFor(By.cssSelector(".violation[data-key]"));
    open.findElement(By.cssSelector(".ruling-comment")).sendKeys("系统日志显示确有延迟");
    open.findElement(By.cssSelector(".btn-overturn")).click();
    waitFor(By.cssSelector(".appeal-state[data-state=overturned]"));
    browser.navigate().refresh();
    waitFor(By.cssSelector(".appeal-state[data-state=overturned]"));
    assertThat(browser.findElements(By.cssSelector(".btn-uphold, .btn-overturn")))
        .as("a ruling is final")
        .isEmpty();
    logout();
  }

  @Test
  @Order(5)
  void aDrillDownIsExportedAsCsvAndReadBack() throws Exception {
    login("qa_manager", DashboardFixture.PASSWORD, true);
    open("/sessions.html?agent_id=agent_c&rating_max=2&from=2026-11-20&to=2026-11-21");
    waitFor(By.cssSelector("#sessions-table tbody tr"));
    assertThat(waitFor(By.id("sessions-total")).getText()).contains("2");
    screenshot("qa_manager-sessions");
    browser.findElement(By.id("export-csv")).click();
    Path csv = awaitDownload();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFsession_id,");
    assertThat(text.split("\r\n"))
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith("s21-2,2026-11-21,agent_c"))
        .anySatisfy(line -> assertThat(line).startsWith("s20-2,2026-11-20,agent_c"));
    logout();
  }

  @Test
  @Order(6)
  void aProductUserCannotOpenTheQaReviewOrItsApi() throws Exception {
    login("product", DashboardFixture.PASSWORD, true);
    open("/qa.html");
    waitFor(By.cssSelector("#error.no-access"));
    open("/api/qa/inspections");
    assertThat(browser.getPageSource()).contains("may not open the qa page");
    open("/hot.html");
    logout();
  }

  /** Every chart of the page: the fixture gives each of them data. */
  private static List<String> chartsWithData(String page) {
    return switch (page) {
      case "hot" ->
          List.of("chart-top-now", "chart-top-day", "chart-intent-trend", "chart-faq-trend");
      case "quality" -> List.of("chart-fcr", "chart-csat");
      case "data" -> List.of("chart-events", "chart-dead-letters", "chart-late-events");
      case "models" -> List.of("chart-model-0");
      default -> List.of();
    };
  }

  private void login(String user, String password, boolean expectSuccess) {
    open("/login.html");
    waitFor(By.id("login-username")).sendKeys(user);
    browser.findElement(By.id("login-password")).sendKeys(password);
    browser.findElement(By.id("login-submit")).click();
    if (expectSuccess) {
      new WebDriverWait(browser, WAIT).until(d -> !d.getCurrentUrl().endsWith("/login.html"));
      waitFor(By.id("logout"));
    }
  }

  private void logout() {
    waitFor(By.id("logout")).click();
    new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().endsWith("/login.html"));
  }

  private void open(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
  }

  private void awaitLoaded() {
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#loading:not([hidden]), .loading")).stream()
                    .noneMatch(WebElement::isDisplayed));
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(by).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  private Path awaitDownload() throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done = files.filter(p -> p.toString().endsWith(".csv")).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no CSV downloaded into " + downloads);
  }

  private void screenshot(String name) throws Exception {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SCREENSHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static WebDriver chromium(Path profile, Path downloads) {
    for (String program : List.of("/usr/bin/chromium", "/usr/bin/chromedriver")) {
      if (!Files.isExecutable(Path.of(program))) {
        throw new AssertionError(
            program + " is missing: ./kefu test installs Debian's chromium and chromium-driver");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    // Flags the closed network here needs (no background calls home), as the machine notes say.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=1366,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** A registry with two intent versions, the second in production, for the models page. */
  private static ModelRegistry registry(Path root) throws Exception {
    ModelRegistry registry = ModelRegistry.open(root);
    for (int v = 1; v <= 2; v++) {
      Path artifact = Files.createDirectories(root.resolveSibling("artifact-" + v));
      Files.writeString(artifact.resolve("model.bin"), "weights " + v);
      Files.writeString(
          artifact.resolve("evaluation.html"),
          "<html><body><h1>intent v" + v + "</h1></body></html>");
      registry.register(
          "intent",
          artifact,
          new ModelProvenance(
              new DataFingerprint(List.of("chats.jsonl"), Map.of("train", 800L), "sha256:abc"),
              Map.of("epochs", "5"),
              42L,
              "test",
              Map.of(),
              ModelProvenance.currentJavaVersion(),
              ModelProvenance.currentOsArch(),
              "2026-11-20T10:15:30Z",
              Map.of("macro_f1", 0.80 + v * 0.05, "baseline_macro_f1", 0.78),
              "test-set-1",
              List.of("logistics_query", "refund_request")));
    }
    registry.promote(PromotionRequest.toProduction("intent", 2));
    return registry;
  }
}
