package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import nl.koers.KoersIntegrationTest;

/**
 * Koers in a real browser, guided mode: the journeys of the web app issue. The README screenshots come from here.
 */
@KoersIntegrationTest
class BrowserJourneyTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @Test
    void signingInShowsTheDutchHomePage() {
        browser.open("/");
        assertThat(browser.driver().getTitle()).isEqualTo("Inloggen · Koers");

        browser.signIn("medewerker");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welkom, Sanne de Vries");
        browser.save(Chromium.SCREENSHOTS, "home");
    }

    @Test
    void aPreparationOnThePageEndsOnThePopPageWithAPdf() throws Exception {
        browser.signIn("medewerker");
        browser.startPreparation();
        String page = browser.driver().getCurrentUrl();
        for (String answer : new String[] {"Planner bij een transportbedrijf", "Als een lastige rit toch rond komt",
                "plannen, klantcontact en overzicht", "Zelfstandig inkopen", "Teamleider planning"}) {
            browser.answer(answer);
        }
        assertThat(browser.text(By.id("laatste"))).contains("Welke wensen heb je voor je ontwikkeling");
        assertThat(browser.text(By.cssSelector(".pop-preview"))).as("the preview fills as answers come in")
                .contains("plannen, klantcontact, overzicht");
        assertThat(browser.driver().getCurrentUrl()).as("the chat never left its page").isEqualTo(page);
        browser.script("window.scrollTo(0, 0)");
        browser.save(Chromium.SCREENSHOTS, "conversation");

        browser.commandButton("Volgende fase");
        assertThat(browser.text(By.cssSelector(".stepper [aria-current=step]"))).as("the steps follow the phase")
                .contains("Voorstellen");
        browser.commandButton("Volgende fase");
        browser.answer("Zelfstandig een inkooporder plaatsen");
        browser.answer("Drie orders zonder hulp");
        browser.answer("eind maart 2027");
        browser.answer("meelopen met de inkoper en een cursus inkoopbasis");
        browser.finish();
        assertThat(browser.text(By.id("laatste"))).contains("Klaar!");

        browser.click("Naar de POP");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Persoonlijk ontwikkelingsplan");
        assertThat(browser.text(By.tagName("main"))).contains("Zelfstandig een inkooporder plaatsen",
                "31 maart 2027", "Leren in het werk", "Tips om je POP sterker te maken");
        browser.save(Chromium.SCREENSHOTS, "pop");

        String pdf = browser.driver().findElement(By.linkText("PDF (om te printen)")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");

        browser.click("POP aanpassen");
        browser.act(By.id("goal0.measure"), field -> {
            field.clear();
            field.sendKeys("Vijf orders zonder hulp");
        });
        browser.click("Opslaan");
        assertThat(browser.text(By.tagName("main"))).contains("Je aanpassingen zijn opgeslagen",
                "Vijf orders zonder hulp").doesNotContain("Drie orders zonder hulp");
    }

    @Test
    void onATabletThePreviewMovesBelowTheChatAndNothingScrollsSideways() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        browser.signIn("medewerker");
        browser.startPreparation();
        browser.answer("Planner bij een transportbedrijf");

        var chat = browser.driver().findElement(By.cssSelector(".chat")).getRect();
        var preview = browser.driver().findElement(By.cssSelector(".pop-preview")).getRect();
        assertThat(preview.getY()).as("the preview sits below the chat").isGreaterThanOrEqualTo(chat.getY() + chat.getHeight());
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("no sideways scrolling").isLessThanOrEqualTo(0);
        browser.save(Chromium.SCREENSHOTS, "tablet");
    }

    /** Every page at the width of a common phone (390 px): nothing is wider than the screen, so nothing zooms out. */
    @Test
    void onAPhoneNoPageIsWiderThanTheScreen() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.signIn("medewerker");
        browser.startPreparation();
        browser.answer("Planner bij een transportbedrijf");
        browser.answer("Toen de zomerplanning af was");
        browser.answer("verantwoordelijkheidsgevoel, klantvriendelijkheid, overzichtelijkheid"); // long words in the preview
        assertThat(((Number) browser.script("return document.querySelector('#laatste').getBoundingClientRect().top"))
                .doubleValue()).as("the new question is on the screen, not below the answer box")
                .isBetween(0.0, 500.0);
        String conversation = URI.create(browser.driver().getCurrentUrl()).getPath();

        java.util.Map<String, Integer> wider = new java.util.LinkedHashMap<>();
        for (String page : java.util.List.of("/", "/gesprekken", conversation, conversation + "/pop",
                conversation + "/pop/bewerken", "/kennis?q=slim+subsidie",
                "/kennis/artikel?bron=financiering/slim-subsidiebedrag-en-eigen-bijdrage.md",
                "/kennis/artikel?bron=financiering/bestaat-niet.md")) {
            browser.open(page);
            wider.put(page, ((Number) browser.script(
                    "return document.documentElement.scrollWidth - window.innerWidth")).intValue());
        }
        browser.open("/mijn-gegevens");
        browser.act(By.id("token-name"), field -> field.sendKeys("telefoon-script"));
        browser.click("Token maken");
        assertThat(browser.text(By.cssSelector("code.token"))).startsWith("koers_");
        wider.put("/mijn-gegevens with a new token", ((Number) browser.script(
                "return document.documentElement.scrollWidth - window.innerWidth")).intValue());
        browser.save(Chromium.SCREENSHOTS, "phone-api-token");
        browser.click("Intrekken");
        assertThat(wider).as("pixels wider than the screen").allSatisfy((page, pixels) ->
                assertThat(pixels).as(page).isLessThanOrEqualTo(0));
        browser.open("/gesprekken");
        browser.save(Chromium.SCREENSHOTS, "phone-conversations");
        WebElement share = browser.driver().findElement(By.xpath("//button[normalize-space()='Delen met leidinggevende']"));
        assertThat(share.getRect().getX() + share.getRect().getWidth()).as("sharing is in view on a phone")
                .isLessThanOrEqualTo(390);

        WebElement signOut = browser.driver().findElement(By.xpath("//button[normalize-space()='Uitloggen']"));
        assertThat(signOut.isDisplayed()).as("the navigation is folded away").isFalse();
        browser.act(By.cssSelector(".menu-toggle"), WebElement::click);
        assertThat(signOut.isDisplayed()).isTrue();
        assertThat(signOut.getRect().getX() + signOut.getRect().getWidth()).as("on the screen").isLessThanOrEqualTo(390);
        assertThat(browser.driver().findElement(By.cssSelector(".menu-toggle")).getAttribute("aria-expanded")).isEqualTo("true");
    }

    @Test
    void aSharedPreparationIsSeenByTheLeaderAndNotByAColleague() {
        browser.signIn("medewerker");
        browser.startPreparation();
        browser.answer("Planner");
        String conversation = browser.driver().getCurrentUrl().replaceFirst("#.*", "");
        By share = By.xpath("//tr[.//a[@href='" + java.net.URI.create(conversation).getPath() + "']]"
                + "//button[normalize-space()='Delen met leidinggevende']");
        // Mijn gesprekken is paged, and under the tests' fixed clock all conversations are equally new.
        for (int page = 1; browser.driver().findElements(share).isEmpty(); page++) {
            assertThat(page).as("the conversation is listed on some page").isLessThan(50);
            browser.open("/gesprekken?pagina=" + page);
        }
        browser.loading(() -> browser.driver().findElement(share).click());
        assertThat(browser.text(By.tagName("main"))).contains("Je voorbereiding is gedeeld");
        browser.signOut();

        browser.signIn("leidinggevende");
        browser.driver().get(conversation);
        assertThat(browser.text(By.tagName("main"))).contains("Planner", "Dit gesprek is met je gedeeld om te lezen.");
        assertThat(browser.driver().findElements(By.id("text"))).as("the leader reads, does not answer").isEmpty();
        browser.signOut();

        browser.signIn("medewerker2");
        browser.driver().get(conversation);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Niet gevonden");
        browser.signOut();

        browser.signIn("medewerker");
        browser.open("/gesprekken");
        assertThat(browser.text(By.tagName("main"))).as("the owner sees who opened it, and the colleague is not there")
                .contains("Wie je gesprekken heeft geopend", "Fatima El Amrani", "Voorbereiding: het gesprek")
                .doesNotContain("Daan Bakker");
        browser.save(Chromium.SCREENSHOTS, "access-log");
    }

    @Test
    void anAnswerWithAScriptIsShownAsText() {
        browser.signIn("medewerker");
        browser.startPreparation();

        browser.answer("<script>alert('x')</script> planner");

        Assertions.assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertThat(browser.text(By.cssSelector(".msg.user .text"))).isEqualTo("<script>alert('x')</script> planner");
        browser.driver().navigate().refresh();
        assertThat(browser.text(By.cssSelector(".msg.user .text"))).as("stored and shown again as text")
                .isEqualTo("<script>alert('x')</script> planner");
    }

    @Test
    void theWholeWayWorksWithTheKeyboardOnly() {
        browser.open("/login");
        browser.active().sendKeys("medewerker");
        browser.active().sendKeys(Keys.TAB);
        browser.loading(() -> browser.active().sendKeys("koers", Keys.ENTER));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Welkom");

        WebElement start = browser.tabTo("Voorbereiding beginnen");
        browser.loading(() -> start.sendKeys(Keys.ENTER));
        if (browser.text(By.tagName("h1")).startsWith("Je hebt al een voorbereiding")) { // other tests left one open
            WebElement anew = browser.tabTo("Toch een nieuwe beginnen");
            browser.loading(() -> anew.sendKeys(Keys.ENTER));
        }
        assertThat(browser.active().getAttribute("id")).as("the answer box has the focus").isEqualTo("text");
        browser.active().sendKeys("Planner");
        WebElement send = browser.tabTo("Versturen");
        browser.turn(() -> send.sendKeys(Keys.ENTER));

        assertThat(browser.text(By.id("laatste"))).contains("Van welk werk krijg je energie?");
        assertThat(browser.active().getAttribute("id")).as("the focus goes back to the answer box").isEqualTo("text");
        assertThat(browser.driver().findElement(By.id("aankondiging")).getDomProperty("textContent")).as("the reply is read out once by the live region")
                .startsWith("Koers: ").contains("Van welk werk krijg je energie?");

        browser.active().sendKeys("Plannen");
        browser.turn(() -> browser.active().sendKeys(Keys.CONTROL, Keys.ENTER));
        assertThat(browser.text(By.cssSelector("#laatste"))).as("Ctrl+Enter sends from the answer box")
                .contains("Waar ben je goed in?");
        assertThat(browser.driver().findElement(By.id("text")).getAttribute("value")).as("the box is empty again").isEmpty();
    }
}
