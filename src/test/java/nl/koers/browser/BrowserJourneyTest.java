package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.koers.KoersIntegrationTest;

/**
 * Koers in a real browser: Debian's Chromium, headless, driven through its own chromedriver. Skipped with a
 * message where Chromium is not installed; in CI (CI=true) a missing Chromium fails the build instead. A failing
 * test leaves a screenshot in target/browser-failures/; the README screenshots come from here too.
 */
@KoersIntegrationTest
class BrowserJourneyTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path FAILURES = Path.of("target/browser-failures");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private ChromeDriverService service;

    @LocalServerPort
    int port;

    private WebDriver browser;

    /** Runs right after the test body, before the browser is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            save(FAILURES, context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-"));
        }
    };

    @BeforeAll
    static void chromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("Chromium and chromedriver are required in CI; .ci/run installs them (apt-get install chromium chromium-driver).");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them.");
    }

    @BeforeEach
    void open() throws IOException {
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        service.start();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("koers-chromium"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void signingInShowsTheDutchHomePage() {
        browser.get(url("/"));
        assertThat(browser.getTitle()).isEqualTo("Inloggen · Koers");

        signIn("medewerker");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welkom, Sanne de Vries");
        save(SCREENSHOTS, "home");
    }

    @Test
    void aPreparationOnThePageEndsOnThePopPageWithAPdf() throws Exception {
        signIn("medewerker");
        click("Voorbereiding beginnen");
        for (String answer : new String[] {"Planner bij een transportbedrijf", "Als een lastige rit toch rond komt",
                "plannen, klantcontact en overzicht", "Zelfstandig inkopen", "Teamleider planning"}) {
            answer(answer);
        }
        assertThat(browser.findElement(By.id("laatste")).getText()).contains("Welke wensen heb je voor je ontwikkeling");
        assertThat(browser.findElement(By.cssSelector(".pop-preview")).getText()).contains("plannen, klantcontact, overzicht");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        save(SCREENSHOTS, "conversation");

        commandButton("Volgende fase");
        commandButton("Volgende fase");
        answer("Zelfstandig een inkooporder plaatsen");
        answer("Drie orders zonder hulp");
        answer("eind maart 2027");
        answer("meelopen met de inkoper en een cursus inkoopbasis");
        commandButton("Afronden");
        assertThat(browser.findElement(By.id("laatste")).getText()).contains("Klaar!");

        click("Naar de POP");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Persoonlijk ontwikkelingsplan");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Zelfstandig een inkooporder plaatsen",
                "31 maart 2027", "Leren in het werk", "Tips om je POP sterker te maken");
        save(SCREENSHOTS, "pop");

        String pdf = browser.findElement(By.linkText("PDF (om te printen)")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");

        click("POP aanpassen");
        act(By.id("goal0.measure"), field -> {
            field.clear();
            field.sendKeys("Vijf orders zonder hulp");
        });
        click("Opslaan");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Je aanpassingen zijn opgeslagen",
                "Vijf orders zonder hulp").doesNotContain("Drie orders zonder hulp");
    }

    @Test
    void aSharedPreparationIsSeenByTheLeaderAndNotByAColleague() {
        signIn("medewerker");
        click("Voorbereiding beginnen");
        answer("Planner");
        String conversation = browser.getCurrentUrl().replaceFirst("#.*", "");
        browser.get(url("/gesprekken"));
        browser.findElement(By.xpath("//button[normalize-space()='Delen met leidinggevende']")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Je voorbereiding is gedeeld");
        signOut();

        signIn("leidinggevende");
        browser.get(conversation);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Planner", "Dit gesprek is met je gedeeld om te lezen.");
        assertThat(browser.findElements(By.id("text"))).as("the leader reads, does not answer").isEmpty();
        signOut();

        signIn("medewerker2");
        browser.get(conversation);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
    }

    @Test
    void anAnswerWithAScriptIsShownAsText() {
        signIn("medewerker");
        click("Voorbereiding beginnen");

        answer("<script>alert('x')</script> planner");

        Assertions.assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertThat(browser.findElement(By.cssSelector(".msg.user .text")).getText()).isEqualTo("<script>alert('x')</script> planner");
    }

    @Test
    void theWholeWayWorksWithTheKeyboardOnly() {
        browser.get(url("/login"));
        active().sendKeys("medewerker");
        active().sendKeys(Keys.TAB);
        submitting(() -> active().sendKeys("koers", Keys.ENTER));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Welkom");

        WebElement start = tabTo("Voorbereiding beginnen");
        submitting(() -> start.sendKeys(Keys.ENTER));
        assertThat(active().getAttribute("id")).as("the answer box has the focus").isEqualTo("text");
        active().sendKeys("Planner");
        WebElement send = tabTo("Versturen");
        submitting(() -> send.sendKeys(Keys.ENTER));

        assertThat(browser.findElement(By.id("laatste")).getText()).contains("Van welk werk krijg je energie?");
        assertThat(active().getAttribute("id")).as("the focus moves to the new message").isEqualTo("laatste");
        assertThat(tabToId("text").getTagName()).as("the answer box is the next stop").isEqualTo("textarea");
    }

    private WebElement tabTo(String text) {
        for (int i = 0; i < 40; i++) {
            active().sendKeys(Keys.TAB);
            if (text.equals(active().getText().strip())) {
                return active();
            }
        }
        throw new AssertionError("no focusable element '" + text + "' within 40 tabs");
    }

    private WebElement tabToId(String id) {
        for (int i = 0; i < 10; i++) {
            active().sendKeys(Keys.TAB);
            if (id.equals(active().getAttribute("id"))) {
                return active();
            }
        }
        throw new AssertionError("element #" + id + " not reached within 10 tabs");
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("koers");
        submitting(() -> browser.findElement(By.cssSelector("form button[type=submit]")).click());
    }

    private void signOut() {
        submitting(() -> browser.findElement(By.xpath("//button[normalize-space()='Uitloggen']")).click());
    }

    private void answer(String text) {
        act(By.id("text"), box -> box.sendKeys(text));
        submitting(() -> act(By.cssSelector("form.composer button[type=submit]"), WebElement::click));
    }

    /** Finds an element and acts on it, finding it again if the page replaced it in between. */
    private void act(By locator, java.util.function.Consumer<WebElement> action) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> {
                    action.accept(driver.findElement(locator));
                    return true;
                });
    }

    private void commandButton(String label) {
        submitting(() -> act(By.xpath("//div[@class='commands']//button[normalize-space()='" + label + "']"),
                WebElement::click));
    }

    private void click(String text) {
        submitting(() -> act(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']"), WebElement::click));
    }

    /** Does something that loads a new page, and waits until the old page is gone and the new one complete. */
    private void submitting(Runnable action) {
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        // a mark on the old page's window: a freshly loaded page does not carry it
        js.executeScript("window.koersOldPage = true");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "return window.koersOldPage !== true && document.readyState === 'complete'")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void save(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException unavailable) {
            System.err.println("No screenshot: " + unavailable.getMessage());
        }
    }
}
