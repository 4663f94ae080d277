package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.DocumentContext;

import nl.koers.KoersIntegrationTest;
import nl.koers.conversation.ConversationClient;

/**
 * The POP edit page in a real browser: a learning form chosen and an action's own budget typed at desktop width show
 * on the POP page; on a phone the goal and action fields stack and nothing is wider than the screen.
 */
@KoersIntegrationTest
class PopEditBrowserTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @LocalServerPort
    int port;

    /** Sanne's finished preparation with a goal and one action without learning form or budget; its page path. */
    private String popWithAGoal() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        sanne.say(id, "Planner");
        sanne.say(id, "stop");
        DocumentContext pop = sanne.pop(id);
        pop.set("$.goals", List.of(Map.of("description", "Zelfstandig inkopen", "measure", "drie orders zonder hulp",
                "place", "ROC Midden", "actions", List.of(Map.of("description", "cursus inkoopbasis")))));
        assertThat(sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(), "Content-Type",
                "application/json").statusCode()).isEqualTo(200);
        return "/gesprekken/" + id;
    }

    private static void type(By field, String text) {
        browser.act(field, input -> {
            input.clear();
            input.sendKeys(text);
        });
    }

    @Test
    void aLearningFormAndAnActionsBudgetEditedOnThePageShowOnThePop() {
        String conversation = popWithAGoal();
        browser.signIn("medewerker");
        browser.open(conversation + "/pop");
        browser.click("POP aanpassen");

        new Select(browser.driver().findElement(By.id("goal0.action0.learningForm")))
                .selectByVisibleText("Opleiding of cursus (10)");
        type(By.id("goal0.action0.resources"), "€ 650");
        type(By.id("goal0.resources"), "€ 450 en 2 dagen per maand");
        type(By.id("goal0.support"), "de inkoopmanager als mentor");
        browser.act(By.xpath("//fieldset[legend='Doel 1']//summary"), WebElement::click);
        type(By.id("goal0.action1.description"), "meelopen met de inkoper");
        new Select(browser.driver().findElement(By.id("goal0.action1.learningForm")))
                .selectByVisibleText("Leren in het werk (70)");
        browser.save(Chromium.SCREENSHOTS, "pop-edit");
        browser.click("Opslaan");

        assertThat(browser.text(By.tagName("main"))).contains("Je aanpassingen zijn opgeslagen", "cursus inkoopbasis",
                "Opleiding of cursus (10)", "€ 650", "€ 450, 2 dagen per maand", "de inkoopmanager als mentor",
                "meelopen met de inkoper", "Leren in het werk (70)");
    }

    @Test
    void aWrongValueIsShownAboveTheFormWithWhatWasTyped() {
        String conversation = popWithAGoal();
        browser.signIn("medewerker");
        browser.open(conversation + "/pop/bewerken");

        type(By.id("goal0.action0.resources"), "€ 250");
        browser.act(By.xpath("//fieldset[legend='Doel 1']//summary"), WebElement::click);
        type(By.id("goal0.action1.resources"), "€ 100");
        browser.click("Opslaan");

        browser.save(Chromium.SCREENSHOTS, "pop-edit-problem");
        assertThat(browser.text(By.cssSelector("[role=alert]")))
                .contains("Bij actie 2 bij doel 1 (nieuw) ontbreekt de omschrijving");
        assertThat(browser.driver().findElement(By.id("goal0.action0.resources")).getAttribute("value")).isEqualTo("€ 250");
        assertThat(browser.driver().findElement(By.id("goal0.action1.resources")).isDisplayed())
                .as("the row with the problem is open").isTrue();
    }

    @Test
    void onAPhoneTheFieldsStackAndNothingIsWiderThanTheScreen() {
        String conversation = popWithAGoal();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.signIn("medewerker");
        browser.open(conversation + "/pop/bewerken");
        browser.act(By.xpath("//fieldset[legend='Doel 1']//summary"), WebElement::click);

        var measure = browser.driver().findElement(By.id("goal0.measure")).getRect();
        var deadline = browser.driver().findElement(By.id("goal0.deadline")).getRect();
        var learningForm = browser.driver().findElement(By.id("goal0.action0.learningForm")).getRect();
        var budget = browser.driver().findElement(By.id("goal0.action0.resources")).getRect();
        assertThat(deadline.getY()).as("fields stack").isGreaterThan(measure.getY() + measure.getHeight());
        assertThat(budget.getY()).as("action fields stack").isGreaterThan(learningForm.getY() + learningForm.getHeight());
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("pixels wider than the screen").isLessThanOrEqualTo(0);
        browser.save(Chromium.SCREENSHOTS, "phone-pop-edit");
    }
}
