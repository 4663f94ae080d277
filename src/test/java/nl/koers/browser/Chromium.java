package nl.koers.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's Chromium, headless, driven through its own chromedriver, pointed at the Koers of the test's Spring
 * context. Register it as a static field. Skipped with a message where Chromium is not installed; in CI (CI=true) a
 * missing Chromium fails the build instead. A failing test leaves a screenshot in target/browser-failures/.
 */
final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path FAILURES = Path.of("target/browser-failures");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(10);
    /** axe-core's own script, from the test classpath (the axe-core jar): never from a CDN. */
    static final String AXE_SCRIPT = "axe.min.js";
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private ChromeDriverService service;
    private WebDriver driver;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("Chromium and chromedriver are required in CI; .ci/run installs them (apt-get install chromium chromium-driver).");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them.");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        base = "http://localhost:" + port;
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        service.start();
        var options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("koers-chromium"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            save(FAILURES, context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
    }

    WebDriver driver() {
        return driver;
    }

    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void signIn(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("koers");
        loading(() -> driver.findElement(By.cssSelector("form button[type=submit]")).click());
    }

    void signOut() {
        WebElement menu = driver.findElement(By.cssSelector(".menu-toggle"));
        if (menu.isDisplayed() && !"true".equals(menu.getAttribute("aria-expanded"))) { // a phone: the menu is folded
            menu.click();
        }
        loading(() -> driver.findElement(By.xpath("//button[normalize-space()='Uitloggen']")).click());
    }

    /** Types an answer in the chat and sends it, then waits until the reply is in and the page brought up to date. */
    void answer(String text) {
        act(By.id("text"), box -> box.sendKeys(text));
        turn(() -> act(By.cssSelector("form.composer button.primary[type=submit]"), WebElement::click));
    }

    /** Presses a quick reply above the answer box, and waits for the turn as {@link #answer} does. */
    void quickReply(String label) {
        turn(() -> act(By.xpath("//div[contains(@class,'quick-replies')]//button[normalize-space()='" + label + "']"),
                WebElement::click));
    }

    /** Ends the conversation with "Afronden", which first asks whether to, and says yes. */
    void finish() {
        act(By.cssSelector("details.finish summary"), WebElement::click);
        turn(() -> act(By.xpath("//details[contains(@class,'finish')]//button[normalize-space()='Ja, nu afronden']"),
                WebElement::click));
    }

    void commandButton(String label) {
        turn(() -> act(By.xpath("//div[@class='commands']//button[normalize-space()='" + label + "']"), WebElement::click));
    }

    /**
     * Starts a new preparation from the start page. Other tests leave this person's preparations unfinished, and
     * Koers then first asks whether to go on with one of those: here a new one is wanted.
     */
    void startPreparation() {
        click("Voorbereiding beginnen");
        newAnyway();
    }

    /**
     * A new preparation from the start page, with answers in the first phase and one goal with its measure,
     * deadline and action. Returns the conversation's path.
     */
    String preparationWithAGoal() {
        open("/");
        startPreparation();
        answer("Planner bij een transportbedrijf");
        answer("Als een lastige rit toch rond komt");
        answer("plannen, klantcontact en overzicht");
        commandButton("Volgende fase");
        commandButton("Volgende fase");
        answer("Zelfstandig een inkooporder plaatsen");
        answer("Drie orders zonder hulp");
        answer("eind maart 2027");
        answer("meelopen met de inkoper en een cursus inkoopbasis");
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** On "Je hebt al een voorbereiding die nog niet af is": starts a new one anyway. */
    void newAnyway() {
        if (text(By.tagName("h1")).startsWith("Je hebt al een voorbereiding")) {
            click("Toch een nieuwe beginnen");
        }
    }

    /** Clicks a link or button that loads a new page. */
    void click(String text) {
        loading(() -> act(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']"), WebElement::click));
    }

    /** Finds an element and acts on it, finding it again if the page replaced it in between. */
    void act(By locator, Consumer<WebElement> action) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class).until(browser -> {
                    action.accept(browser.findElement(locator));
                    return true;
                });
    }

    /** Does something that loads a new page, and waits until the old page is gone and the new one complete. */
    void loading(Runnable action) {
        // a mark on the old page's window: a freshly loaded page does not carry it
        script("window.koersOldPage = true");
        action.run();
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class).until(browser -> Boolean.TRUE.equals(
                script("return window.koersOldPage !== true && document.readyState === 'complete'")));
    }

    /** Does something that takes a turn in the chat, and waits until the page script has finished that turn. */
    void turn(Runnable action) {
        long before = turns();
        action.run();
        new WebDriverWait(driver, PATIENCE).until(browser -> turns() > before);
    }

    /** How many turns the chat script finished on this page. */
    long turns() {
        return ((Number) script("return Number(document.body.dataset.turns || 0)")).longValue();
    }

    WebElement tabTo(String label) {
        for (int i = 0; i < 40; i++) {
            active().sendKeys(Keys.TAB);
            if (label.equals(active().getText().strip())) {
                return active();
            }
        }
        throw new AssertionError("no focusable element '" + label + "' within 40 tabs");
    }

    WebElement tabToId(String id) {
        for (int i = 0; i < 10; i++) {
            active().sendKeys(Keys.TAB);
            if (id.equals(active().getAttribute("id"))) {
                return active();
            }
        }
        throw new AssertionError("element #" + id + " not reached within 10 tabs");
    }

    /** Makes the window this size: {@link #DESKTOP} or {@link #PHONE}. */
    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Emulates a media type and a colour scheme for the pages that follow, as the DevTools protocol does: media
     * "print" or "screen" ("" for the real one), scheme "dark" or "light" ("" for the real one).
     */
    void emulate(String media, String colorScheme) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /** One rule that axe-core found broken on a page: how bad, where (CSS selectors) and what it asks for. */
    record Violation(String rule, String impact, List<String> targets, String help, String helpUrl) {

        boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets + " " + helpUrl;
        }
    }

    /**
     * Runs axe-core on the page as it is now and returns what it finds broken, the rules of WCAG 2.x A and AA and
     * axe's best practices alike. The script is put into the page through the driver, so the page's
     * Content-Security-Policy is not loosened for it.
     */
    @SuppressWarnings("unchecked")
    List<Violation> axe() {
        if (Boolean.TRUE.equals(script("return typeof window.axe === 'undefined'"))) {
            script(axeSource());
        }
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(results => done(results.violations.map(v => ({rule: v.id, impact: v.impact || 'minor',
                        help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(' '))}))))
                    .catch(failure => done('axe failed: ' + failure));
                """);
        if (found instanceof String failure) {
            throw new AssertionError(failure);
        }
        return ((List<Map<String, Object>>) found).stream().map(v -> new Violation((String) v.get("rule"),
                (String) v.get("impact"), (List<String>) v.get("targets"), (String) v.get("help"),
                (String) v.get("helpUrl"))).toList();
    }

    private static String axeSource() {
        try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(AXE_SCRIPT + " is not on the test classpath (the axe-core test dependency)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Prints the page as the browser would (print media, A4-sized paper by default) to a PDF in that folder. */
    void print(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            String pdf = ((PrintsPage) driver).print(new PrintOptions())
                    .getContent();
            Files.write(folder.resolve(name + ".pdf"), Base64.getDecoder().decode(pdf));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    void save(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException unavailable) {
            System.err.println("No screenshot: " + unavailable.getMessage());
        }
    }
}
