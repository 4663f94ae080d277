package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.koers.KoersIntegrationTest;
import nl.koers.TestTeam;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;

/**
 * The whole journey in a real browser, by two people of their own: the employee prepares and shares, the leader
 * sees it waiting and prepares too, the one-on-one starts from the preparation with the agenda of both, the leader
 * types one answer as the employee's, both say akkoord, the employee holds a progress review, and the leader's team
 * page shows where the plan stands.
 */
@KoersIntegrationTest
class TwoPeopleJourneyTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void fromPreparationToProgressReview() {
        TestTeam team = TestTeam.fresh(users, passwords, "bj", "Ahmed Bakker", "Lotte Visser");
        KoersUser leader = team.leader();
        KoersUser employee = team.employee();

        // the employee prepares, and shares it from Mijn gesprekken
        browser.signIn(employee.username());
        browser.startPreparation();
        String preparation = browser.driver().getCurrentUrl().replaceFirst("#.*", "");
        browser.answer("Planner bij de logistiek");
        browser.answer("Puzzelen met lastige ritten");
        browser.answer("plannen, overzicht houden");
        browser.commandButton("Volgende fase");
        browser.answer("verbreden");
        browser.commandButton("Volgende fase");
        assertThat(browser.text(By.id("laatste"))).contains("Wat wil je bereiken?");
        browser.answer("Zelfstandig de inkoop voor de regio doen");
        browser.answer("Drie inkooprondes zonder hulp");
        browser.answer("1 juni 2027");
        browser.finish();
        browser.open("/gesprekken");
        browser.loading(() -> browser.driver().findElement(By.xpath("//tr[.//a[@href='"
                + java.net.URI.create(preparation).getPath() + "']]//button[normalize-space()='Delen met leidinggevende']"))
                .click());
        assertThat(browser.text(By.tagName("main"))).contains("Je voorbereiding is gedeeld");
        browser.signOut();

        // the leader sees it waiting, and prepares privately first
        browser.signIn(leader.username());
        assertThat(browser.text(By.tagName("main"))).contains("Lotte Visser deelde op");
        browser.click("Gesprek voorbereiden");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Jouw voorbereiding op het gesprek met Lotte Visser");
        assertThat(browser.text(By.tagName("main"))).contains("Deze voorbereiding is alleen voor jou");
        browser.answer("Planner, sterk in de drukke ochtenden");
        browser.commandButton("Overslaan");
        browser.answer("plannen, rust bewaren");
        browser.commandButton("Volgende fase");
        browser.answer("verdiepen");
        browser.finish();

        // the one-on-one starts from the preparation, with the agenda of both
        browser.open("/");
        browser.click("Gesprek beginnen vanuit de voorbereiding");
        String conversation = browser.driver().getCurrentUrl().replaceFirst("#.*", "");
        String opening = browser.text(By.cssSelector("#berichten li:first-child"));
        assertThat(opening).contains("Lotte deelde op", "Hier lopen jullie voorbereidingen uiteen", "talenten",
                "plannen, rust bewaren", "Verdiepen in het vak", "Lotte schreef bij het werk nu");
        assertThat(browser.driver().findElements(By.cssSelector("#berichten li:first-child table"))).isNotEmpty();
        assertThat(browser.text(By.tagName("main"))).contains("Dit gesprek begint bij de voorbereiding die Lotte deelde");
        WebElement mine = browser.driver().findElement(By.cssSelector("#spreker input[value='" + leader.username() + "']"));
        assertThat(mine.isSelected()).as("a confirmation is put to the leader").isTrue();
        browser.save(Chromium.SCREENSHOTS, "one-on-one-agenda");
        browser.quickReply("Ja, dat klopt"); // the confirmation as one tap
        assertThat(browser.text(By.cssSelector("#berichten li:nth-last-child(2) .text"))).isEqualTo("Ja, dat klopt");
        assertThat(browser.text(By.id("laatste"))).as("taken as a yes: on to the next point").doesNotContain("Ik begreep");
        browser.act(By.cssSelector("#spreker input[value='" + employee.username() + "']"), WebElement::click);
        browser.answer("ja, en ook klanten helpen");
        assertThat(browser.text(By.cssSelector("#berichten li:nth-last-child(2) .speaker")))
                .isEqualTo("Lotte Visser · door jou getypt");
        browser.finish();
        browser.click("Naar de POP");
        assertThat(browser.text(By.tagName("main"))).contains("Zelfstandig de inkoop voor de regio doen",
                "klanten helpen");
        browser.click("Akkoord geven");
        browser.signOut();

        // the employee says akkoord too, and holds a progress review
        browser.signIn(employee.username());
        browser.open(java.net.URI.create(conversation).getPath() + "/pop");
        browser.click("Akkoord geven");
        browser.click("Voortgangsgesprek starten");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Voortgangsgesprek over de POP van Lotte Visser");
        assertThat(browser.text(By.id("laatste"))).contains("Doel 1 van 1", "Hoe staat het met dit doel?");
        browser.answer("loopt goed");
        browser.answer("De eerste inkoopronde ging goed");
        browser.answer("Weinig tijd in de drukke weken");
        browser.answer("Tweede ronde samen met de inkoper");
        assertThat(browser.text(By.id("laatste"))).contains("Dat waren alle doelen");
        browser.click("Naar de POP die jullie bespreken");
        assertThat(browser.text(By.tagName("main"))).contains("Voortgang", "Op schema", "De eerste inkoopronde ging goed",
                "Lotte Visser gaf akkoord op 23 november 2026.");
        browser.signOut();

        // the leader's team at a glance
        browser.signIn(leader.username());
        browser.click("Mijn team");
        String row = browser.text(By.xpath("//tr[.//span[normalize-space()='Lotte Visser']]"));
        assertThat(row).contains("POP bekijken", "Allebei", "Voortgangsgesprek").doesNotContain("inkoop");
        browser.save(Chromium.SCREENSHOTS, "team");
    }
}
