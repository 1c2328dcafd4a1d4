package uk.ehcworkflow.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: headless Chromium on the pages, as a person uses them. Every page it
 * opens is checked with axe-core for serious or critical WCAG 2.2 AA problems, and each step can
 * be kept as a screenshot under {@code target/browser-journeys/} for a person to look at.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final int DESKTOP = 1280;
    private static final int PHONE = 360;
    private static final int WINDOW_HEIGHT = 1600;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path downloads;
    private int shot;

    /**
     * The journeys use no Chrome DevTools Protocol, so Selenium's notice that none matches this
     * Chromium is noise. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> QUIETENED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIETENED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    public Browser(int port, String journey) {
        this.screenshots = Path.of("target", "browser-journeys", journey).toAbsolutePath();
        this.downloads = screenshots.resolve("downloads");
        forgetEarlierRuns();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.CHROMIUM.toFile());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // A closed network: no background calls out, no sandbox (root in CI containers), a fresh profile.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + DESKTOP + "," + WINDOW_HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresChromium.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    private void forgetEarlierRuns() {
        try (var earlier = Files.exists(screenshots) ? Files.walk(screenshots) : Stream.<Path>empty()) {
            earlier.filter(Files::isRegularFile).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return checked();
    }

    /** Opens a downloaded file, as the person who downloaded it would, and checks it like a page. */
    public Browser openFile(Path file) {
        driver.get(file.toUri().toString());
        return checked();
    }

    public Browser signIn(String user) {
        open("/sign-in");
        type("username", user);
        type("password", user);
        click("sign-in");
        return this;
    }

    public Browser signOut() {
        driver.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        return checked();
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a file for a file input, as a person picking it would. */
    public Browser upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public Browser date(String name, String day, String month, String year) {
        return type(name + "-day", day).type(name + "-month", month).type(name + "-year", year);
    }

    public Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    public Browser click(String id) {
        driver.findElement(By.id(id)).click();
        return checked();
    }

    /** Ticks a radio button or checkbox by its label, as a person does (GOV.UK styles the input itself away). */
    public Browser check(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        return this;
    }

    /** Presses Tab until the field has the focus, proving it is reachable from the keyboard, then types. */
    public Browser tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return this;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key on " + driver.getCurrentUrl());
    }

    /** Types into the focused field, as a keyboard does. */
    public Browser keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    /** Presses Enter in the focused field and waits for the next page. */
    public Browser enter() {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                before.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
        return checked();
    }

    /** Clicks a download link and waits for the whole file to arrive. */
    public Path download(String id) {
        try {
            Files.createDirectories(downloads);
            Set<Path> before;
            try (var listed = Files.list(downloads)) {
                before = listed.collect(Collectors.toSet());
            }
            driver.findElement(By.id(id)).click();
            return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                try (var listed = Files.list(downloads)) {
                    // Chromium writes a hidden temporary file, then a .crdownload, then renames it to the file itself
                    return listed.filter(file -> !before.contains(file) && !file.getFileName().toString().startsWith(".")
                                    && !file.toString().endsWith(".crdownload"))
                            .findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits, up to the time given, for the element to be shown (a dialog a script opens, say). */
    public Browser waitUntilShown(String id, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).isDisplayed());
        return this;
    }

    /** Waits, up to the time given, for the element to be hidden (a dialog a script closes once the server answers). */
    public Browser waitUntilHidden(String id, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> d.findElements(By.id(id)).isEmpty() || !d.findElement(By.id(id)).isDisplayed());
        return this;
    }

    /** Clicks something that changes the page without leaving it (a button a script answers). */
    public Browser press(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    public boolean shown(String id) {
        return !driver.findElements(By.id(id)).isEmpty() && driver.findElement(By.id(id)).isDisplayed();
    }

    /** Goes back to the page before, as the browser's back button does. */
    public Browser back() {
        driver.navigate().back();
        return this;
    }

    /** Loses the session, as a browser left too long does: the next request is a stranger's. */
    public Browser forgetSession() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /** The path a link with this text leads to, to open it as the next page. */
    public String linkTo(String linkText) {
        return driver.findElement(By.linkText(linkText)).getAttribute("href").substring(baseUrl.length());
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The element's text, shown or folded away (in a closed details, say). */
    public String textContent(String id) {
        return driver.findElement(By.id(id)).getAttribute("textContent");
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public List<String> options(String id) {
        return new Select(driver.findElement(By.id(id))).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Prints the page as the browser would to paper, into a PDF beside the screenshots. */
    public Path printToPdf(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".pdf");
            Files.write(file, OutputType.BYTES.convertFromBase64Png(driver.print(new PrintOptions()).getContent()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls the element into view, for a screenshot of what lies below the fold. */
    public Browser scrollTo(String id) {
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id(id)));
        return this;
    }

    /**
     * Keeps the page as a picture at a desktop's width (1280 px) and a phone's (360 px, as
     * {@code NN-name-360.png}), checking at each that the layout holds: the menu fits on one row
     * (or folds behind its button), no tag breaks over two lines, and the page does not scroll sideways.
     */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            int number = ++shot;
            settle();
            Files.write(screenshots.resolve(String.format("%02d-%s.png", number, name)), driver.getScreenshotAs(OutputType.BYTES));
            layoutHolds(DESKTOP);
            driver.manage().window().setSize(new Dimension(PHONE, WINDOW_HEIGHT));
            try {
                settle();
                Files.write(screenshots.resolve(String.format("%02d-%s-%d.png", number, name, PHONE)),
                        driver.getScreenshotAs(OutputType.BYTES));
                layoutHolds(PHONE);
            } finally {
                driver.manage().window().setSize(new Dimension(DESKTOP, WINDOW_HEIGHT));
                settle();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the page finish drawing at its new width (charts redraw on the next frames), without sleeping. */
    private void settle() {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    }

    private void layoutHolds(int width) {
        Object problems = driver.executeScript("""
                var problems = [];
                var items = Array.from(document.querySelectorAll('#navigation > li')).filter(function (i) { return i.offsetParent; });
                if (new Set(items.map(function (i) { return i.offsetTop; })).size > 1) { problems.push('the menu wraps'); }
                document.querySelectorAll('.govuk-tag').forEach(function (tag) {
                  if (tag.getClientRects().length > 1 || tag.offsetHeight > 2 * parseFloat(getComputedStyle(tag).lineHeight)) {
                    problems.push('the tag "' + tag.textContent.trim() + '" breaks');
                  }
                });
                if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                  problems.push('the page scrolls sideways (' + document.documentElement.scrollWidth + 'px)');
                }
                return problems.join('; ');""");
        assertThat(String.valueOf(problems)).as("the layout at %d px of %s", width, driver.getCurrentUrl()).isEmpty();
    }

    /** axe-core on the page as it stands: no serious or critical WCAG 2.2 AA violation. */
    private Browser checked() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as("accessibility problems on %s:%n%s", driver.getCurrentUrl(), blocking.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> node.getHtml()).limit(3).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
