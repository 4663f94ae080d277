package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import nl.koers.KoersIntegrationTest;

/**
 * The conversation page as people use it every day: quick replies for choices, how far the phase is, times on
 * messages, copying a reply, finishing only after a yes, sources by their titles, and an answer that survives an
 * expired session.
 */
@KoersIntegrationTest
class ChatPageTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @Test
    void aChoiceIsOneTapAndTheStepsSayHowFarThePhaseIs() {
        browser.signIn("medewerker");
        browser.startPreparation();
        assertThat(browser.text(By.cssSelector(".step-progress"))).isEqualTo("Vraag 1 van 7");
        browser.answer("Planner bij een transportbedrijf");
        assertThat(browser.text(By.cssSelector(".step-progress"))).as("brought up to date after the turn")
                .isEqualTo("Vraag 2 van 7");
        assertThat(browser.driver().findElements(By.cssSelector(".quick-replies button")))
                .as("an open question has no quick replies").isEmpty();

        browser.commandButton("Volgende fase");
        assertThat(buttons(".quick-replies button")).containsExactly("Verdiepen", "Verbreden", "Allebei");
        browser.quickReply("Verbreden");

        assertThat(browser.text(By.cssSelector(".msg.user:last-of-type .text, .msg.user:nth-last-child(2) .text")))
                .as("the choice is said in its own words").isEqualTo("Verbreden");
        assertThat(browser.text(By.cssSelector(".pop-preview"))).contains("Verbreden naar ander werk");
        assertThat(buttons(".quick-replies button")).as("the next question's choices")
                .containsExactly("Binnen mijn huidige functie", "Een andere rol", "Nog open");
        assertThat(browser.text(By.cssSelector(".step-progress"))).isEqualTo("Vraag 2 van 4");
        browser.save(Chromium.SCREENSHOTS, "conversation-quick-replies");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.save(Chromium.SCREENSHOTS, "phone-quick-replies");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));

        List<WebElement> times = browser.driver().findElements(By.cssSelector(".msg time"));
        assertThat(times).as("every message has its time").hasSize(browser.driver().findElements(By.cssSelector(".msg")).size());
        assertThat(times.getLast().getText()).matches("\\d\\d:\\d\\d");
        assertThat(browser.driver().findElements(By.cssSelector(".msg.assistant button.copy")))
                .as("each reply of Koers can be copied").allSatisfy(copy -> assertThat(copy.isDisplayed()).isTrue());
        assertThat(browser.text(By.cssSelector(".composer-meta"))).contains("Ctrl+Enter verstuurt", "0 van 4000 tekens");
        browser.act(By.id("text"), box -> box.sendKeys("Twaalf tekens"));
        assertThat(browser.text(By.cssSelector(".composer-meta .counter"))).isEqualTo("13 van 4000 tekens");
    }

    @Test
    void afrondenAsksBeforeItEndsTheConversation() {
        browser.signIn("medewerker");
        browser.startPreparation();
        browser.answer("Planner bij een transportbedrijf");
        int messages = browser.driver().findElements(By.cssSelector(".msg")).size();

        browser.act(By.cssSelector("details.finish summary"), WebElement::click);
        assertThat(browser.text(By.cssSelector(".finish-panel"))).contains("Nu afronden?", "nog aanpassen");
        browser.act(By.xpath("//button[normalize-space()='Nee, verder met het gesprek']"), WebElement::click);
        assertThat(browser.driver().findElement(By.cssSelector("details.finish")).getAttribute("open"))
                .as("closed again").isNull();
        assertThat(browser.driver().findElements(By.cssSelector(".msg"))).as("nothing was sent").hasSize(messages);

        browser.finish();
        assertThat(browser.text(By.id("laatste"))).contains("Klaar!");
        assertThat(browser.text(By.cssSelector(".after-finish a"))).as("the way on").isEqualTo("Naar de POP");
        assertThat(browser.text(By.cssSelector(".msg.user:nth-last-child(2) .text"))).isEqualTo("afronden");
    }

    @Test
    void anAnswerTypedWhenTheSessionExpiredIsBackAfterSigningIn() {
        browser.signIn("medewerker");
        browser.startPreparation();
        String conversation = URI.create(browser.driver().getCurrentUrl()).getPath();
        browser.act(By.id("text"), box -> box.sendKeys("Planner, en ik wil graag meer met klanten doen"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID"); // the session ran out while typing

        browser.loading(() -> browser.act(By.cssSelector("form.composer button.primary"), WebElement::click));
        assertThat(browser.driver().getTitle()).isEqualTo("Inloggen · Koers");
        assertThat(browser.text(By.tagName("main"))).as("says why").contains("Log opnieuw in: daarna ga je verder waar je was.");
        browser.driver().findElement(By.id("username")).sendKeys("medewerker");
        browser.driver().findElement(By.id("password")).sendKeys("koers");
        browser.loading(() -> browser.driver().findElement(By.cssSelector("form button[type=submit]")).click());

        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).as("back on the conversation page")
                .isEqualTo(conversation);
        assertThat(browser.driver().findElement(By.id("text")).getDomProperty("value"))
                .isEqualTo("Planner, en ik wil graag meer met klanten doen");
        assertThat(browser.text(By.id("meldingen"))).contains("staat er weer");

        browser.turn(() -> browser.act(By.cssSelector("form.composer button.primary"), WebElement::click));
        assertThat(browser.text(By.cssSelector(".msg.user .text"))).isEqualTo("Planner, en ik wil graag meer met klanten doen");
        browser.open(conversation);
        assertThat(browser.driver().findElement(By.id("text")).getDomProperty("value"))
                .as("a sent answer is not put back again").isEmpty();
    }

    @Test
    void hrSeesSourcesByTitleAndSectionAndIsNotSentToHr() {
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signIn("hr");
        browser.loading(() -> browser.act(By.xpath("//button[normalize-space()='Vraag stellen']"), WebElement::click));
        browser.answer("Wat is de SLIM-subsidie?");

        WebElement reply = browser.driver().findElement(By.id("laatste"));
        assertThat(reply.getText()).doesNotContain(".md", "Meer weten:");
        List<WebElement> links = reply.findElements(By.cssSelector(".sources a"));
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link.getAttribute("href")).contains("/kennis/artikel?bron=");
            assertThat(link.getText()).doesNotContain(".md", "/");
        });
        assertThat(reply.findElement(By.cssSelector(".sources-title")).getText()).isEqualTo("Meer weten");
        browser.save(Chromium.SCREENSHOTS, "hr-question");

        browser.answer("Hoe laat vertrekt de laatste trein naar Groningen?");
        assertThat(browser.text(By.id("laatste"))).contains("Daarover staat niets in de kennisbank")
                .doesNotContain("vraag het aan HR");
    }

    private static List<String> buttons(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
