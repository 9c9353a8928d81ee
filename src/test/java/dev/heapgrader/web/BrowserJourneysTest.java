package dev.heapgrader.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's chromium driven by Selenium) against the service on a random port with the
 * demo course: an instructor sorts the gradebook, downloads the CSV and opens analytics; a student submits a wrong
 * answer, reads the feedback with its line marked, fixes it and gets full marks; the playground shows that two
 * versions print differently. Screenshots go to {@code target/screenshots}. Without chromium the tests are skipped,
 * except under {@code CI=true}, where they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "heapgrader.submissions.per-minute=1000")
class BrowserJourneysTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DATA_DIR = temporary("heapgrader-browser");
    static final Path DOWNLOADS = temporary("heapgrader-downloads");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: "
                    + ".ci/run installs them with apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are not installed (apt-get install chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anInstructorSortsTheGradebookDownloadsTheCsvAndOpensAnalytics() throws Exception {
        signIn("INSTRUCTOR_TOKEN");
        open("/courses/demo");
        browser.findElement(By.linkText("Gradebook")).click();
        waitFor(By.id("gradebook-table"));
        WebElement total = browser.findElement(By.xpath("//table[@id='gradebook-table']//th[last()]"));
        total.findElement(By.tagName("button")).click();
        assertThat(total.getAttribute("aria-sort")).isEqualTo("ascending");
        List<Double> ascending = totals();
        assertThat(ascending).isSorted().hasSize(3);
        total.findElement(By.tagName("button")).click();
        assertThat(total.getAttribute("aria-sort")).isEqualTo("descending");
        List<Double> descending = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        assertThat(totals()).containsExactlyElementsOf(descending);
        browser.findElement(By.id("filter")).sendKeys("grace");
        assertThat(browser.findElements(By.cssSelector("#gradebook-table tbody tr:not([hidden])"))).hasSize(1);
        browser.findElement(By.id("filter")).sendKeys(org.openqa.selenium.Keys.chord(
                org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        assertThat(browser.findElements(By.cssSelector("#gradebook-table tbody tr:not([hidden])"))).hasSize(3);
        noHorizontalScroll();
        screenshot("gradebook");

        browser.findElement(By.id("csv")).click();
        Path csv = DOWNLOADS.resolve("demo-gradebook.csv");
        new WebDriverWait(browser, PATIENCE).until(driver -> Files.isRegularFile(csv));
        assertThat(Files.readString(csv)).startsWith("student,name,").contains("grace,Grace,", "linus,Linus,");

        browser.findElement(By.linkText("Analytics")).click();
        waitFor(By.cssSelector("svg.bars rect"));
        assertThat(browser.findElements(By.cssSelector("article.exercise-stats"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("a.example"))).isNotEmpty();
        noHorizontalScroll();
        screenshot("analytics");
    }

    @Test
    void aStudentReadsTheFeedbackOnTheMarkedLineFixesTheAnswerAndGetsFullMarks() throws Exception {
        signIn("BARBARA_TOKEN");
        open("/courses/demo/exercises/refcount-list");
        waitFor(By.cssSelector(".CodeMirror"));
        String wrong = resource("exercises/refcount-list/wrong/extra-name.py");
        submit(wrong);
        WebElement marked = waitFor(By.cssSelector("#graded li.marked.fail"));
        assertThat(marked.getAttribute("id")).isEqualTo("L" + lineOf(wrong, "after = sys.getrefcount"));
        assertThat(marked.findElement(By.className("note")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#graded .checks li.fail"))).isNotEmpty();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('graded').scrollIntoView()");
        screenshot("feedback");

        // the submission's page offers the heap timeline, opened at the step the failed check is about
        String exercisePage = browser.getCurrentUrl();
        open(browser.findElement(By.cssSelector("#graded a[href*='/submissions/']")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", ""));
        waitFor(By.cssSelector("#timeline button.show-timeline")).click();
        WebElement description = waitFor(By.cssSelector("#timeline .tl-description"));
        assertThat(description.getText()).startsWith("line " + lineOf(wrong, "after = sys.getrefcount"));
        assertThat(browser.findElements(By.cssSelector("#timeline .tl-stage"))).isNotEmpty();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('timeline').scrollIntoView()");
        screenshot("submission-timeline");
        open(exercisePage.replaceFirst("^https?://[^/]+", ""));
        waitFor(By.cssSelector(".CodeMirror"));

        submit(resource("exercises/refcount-list/solution.py"));
        new WebDriverWait(browser, PATIENCE).until(driver ->
                !driver.findElements(By.cssSelector("#graded .score.full")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#graded .score")).getText()).isEqualTo("10 / 10");
        assertThat(browser.findElements(By.cssSelector("#graded .checks li.fail"))).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/courses/demo/exercises/refcount-list");
            waitFor(By.cssSelector(".CodeMirror"));
            noHorizontalScroll();
            screenshot("exercise-phone");
            open("/courses/demo");
            noHorizontalScroll();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void thePlaygroundShowsTwoVersionsPrintingDifferently() throws Exception {
        signIn("GRACE_TOKEN");
        open("/playground");
        waitFor(By.cssSelector(".CodeMirror"));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])",
                "import sys\nprint('running as', sys.version_info[:2])\n");
        String on311 = runAs("3.11");
        String on313 = runAs("3.13");
        assertThat(on311).contains("(3, 11)");
        assertThat(on313).contains("(3, 13)");
        assertThat(on311).isNotEqualTo(on313);
        screenshot("playground");
    }

    private String runAs(String version) {
        new Select(browser.findElement(By.id("version"))).selectByValue(version);
        browser.findElement(By.id("run")).click();
        // htmx swaps the output in: an element read during the swap goes stale, so the wait reads it again
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#output .stdout")).stream()
                        .map(WebElement::getText).filter(text -> text.contains(version.replace("3.", "3, ")))
                        .findFirst().orElse(null));
    }

    private void submit(String source) {
        List<WebElement> before = browser.findElements(By.id("graded"));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", source);
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, PATIENCE).until(driver -> {
            List<WebElement> now = driver.findElements(By.id("graded"));
            return !now.isEmpty() && (before.isEmpty() || !now.get(0).equals(before.get(0)));
        });
    }

    private void signIn(String variable) throws IOException {
        browser.manage().deleteAllCookies();
        open("/");
        browser.findElement(By.id("token")).sendKeys(demoToken(variable));
        browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        new WebDriverWait(browser, PATIENCE).until(driver -> driver.getCurrentUrl().endsWith("/courses"));
    }

    private List<Double> totals() {
        return browser.findElements(By.cssSelector("#gradebook-table tbody tr td:last-child")).stream()
                .map(cell -> Double.valueOf(cell.getAttribute("data-sort"))).toList();
    }

    private void noHorizontalScroll() {
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> pair = (List<?>) widths;
        assertThat(((Number) pair.get(0)).longValue()).as("page width vs window at " + browser.getCurrentUrl())
                .isLessThanOrEqualTo(((Number) pair.get(1)).longValue());
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser, PATIENCE).until(driver -> driver.findElements(what).stream()
                .findFirst().orElse(null));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** Saves the whole page (the window grown to the page's height) as target/screenshots/NAME.png. */
    private void screenshot(String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(size.getWidth(),
                (int) Math.min(4000, Math.max(size.getHeight(), ((Number) height).longValue()))));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(size);
    }

    private static String demoToken(String variable) throws IOException {
        try (Stream<String> lines = Files.lines(DATA_DIR.resolve("demo-tokens.env"))) {
            String prefix = "export " + variable + "=";
            return lines.filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                    .findFirst().orElseThrow();
        }
    }

    private static String resource(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private static int lineOf(String source, String text) {
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the source");
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
