package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.json.JsonMapper;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersIntegrationTest;
import nl.koers.TestTeam;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;
import nl.koers.conversation.ConversationClient;
import nl.koers.pop.PopDraftRepository;
import nl.koers.pop.PopFixtures;

/**
 * The POP page of a one-on-one in a real browser: everything the PDF shows, the learning mix and the timeline as
 * pictures with their words beside them, akkoord per person with its date, and a page that fits a phone.
 */
@KoersIntegrationTest
class PopPageBrowserTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PopDraftRepository drafts;

    @Autowired
    JsonMapper json;

    @Test
    void thePopPageShowsEveryPartTheChartsAndEachPersonsAkkoordWithItsDate() {
        TestTeam team = TestTeam.fresh(users, passwords, "pp", "Fatima El Amrani", "Sanne de Vries");
        KoersUser leader = team.leader();
        KoersUser employee = team.employee();
        String id = new ConversationClient(port, leader.username()).start("GESPREK", employee.username()).read("$.id");
        PopFixtures.store(drafts, json, UUID.fromString(id), PopFixtures.full(employee.displayName(),
                leader.displayName()), FixedClockConfiguration.NOW);

        browser.signIn(employee.username());
        browser.open("/gesprekken/" + id + "/pop");

        String main = browser.text(By.tagName("main"));
        assertThat(main).as("what the PDF shows").contains("Verbreden naar ander werk, binnen de huidige functie",
                "Liefst bij de eigen vestiging", "€ 450, 2 dagen", "€ 600, 16 uur", "2 uur per week",
                "Ik lees me in over inkoop", "Op de inkoopafdeling", "De inkoopmanager als coach",
                "Leren van anderen (20)", "15 april 2027", "Wie zei wat", "Doel 1: gelukt als");
        List<WebElement> charts = browser.driver().findElements(By.cssSelector(".pop-chart svg[role=img]"));
        assertThat(charts).extracting(chart -> chart.getAttribute("aria-label")).containsExactly(
                "Leermix van de acties tegenover de richtlijn 70-20-10",
                "Tijdlijn van de doelen met hun deadlines en de voortgangsgesprekken");
        assertThat(charts).allSatisfy(chart -> assertThat(chart.getSize().getWidth()).isGreaterThan(200));
        assertThat(browser.text(By.cssSelector(".pop-charts"))).contains(
                "4 acties: 2 in het werk (50%), 1 van anderen (25%), 1 formeel (25%); richtlijn 70-20-10.",
                "Van 23 november 2026 tot 1 juli 2027: voortgangsgesprek op 1 maart 2027;");
        assertThat(browser.text(By.cssSelector(".pop-acceptance"))).isEqualTo(
                "Sanne de Vries: nog geen akkoord.\nFatima El Amrani: nog geen akkoord.");

        browser.click("Akkoord geven");

        assertThat(browser.text(By.cssSelector(".pop-acceptance"))).isEqualTo(
                "Sanne de Vries gaf akkoord op 23 november 2026.\nFatima El Amrani: nog geen akkoord.");
        assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Akkoord geven']")))
                .as("akkoord once given is not asked again").isEmpty();
        browser.script("document.querySelector('.pop-charts').scrollIntoView()");
        browser.save(Chromium.SCREENSHOTS, "pop-charts");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/gesprekken/" + id + "/pop");
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth"))
                .intValue()).as("no sideways scrolling on a phone; too wide: %s", browser.script(
                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                        + " > window.innerWidth).map(e => e.tagName + '.' + (typeof e.className === 'string' ? e.className"
                        + " : '') + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join('; ')"))
                .isLessThanOrEqualTo(0);
        assertThat(chartWidths()).allSatisfy(width -> assertThat(width).isBetween(250, 390));
        browser.script("document.querySelector('.pop-charts').scrollIntoView()");
        browser.save(Chromium.SCREENSHOTS, "phone-pop-charts");
        browser.signOut();

        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.signIn(leader.username());
        browser.open("/gesprekken/" + id + "/pop");
        assertThat(browser.text(By.cssSelector(".pop-acceptance"))).as("the other person's akkoord shows too")
                .startsWith("Sanne de Vries gaf akkoord op 23 november 2026.");
        browser.click("Akkoord geven");
        assertThat(browser.text(By.cssSelector(".pop-acceptance"))).isEqualTo(
                "Sanne de Vries gaf akkoord op 23 november 2026.\nFatima El Amrani gaf akkoord op 23 november 2026.");
        assertThat(browser.text(By.cssSelector(".pop-status"))).isEqualTo("Akkoord van beiden");
    }

    /** The widths the charts are drawn at, in CSS pixels. */
    private List<Integer> chartWidths() {
        return browser.driver().findElements(By.cssSelector(".pop-chart svg")).stream()
                .map(chart -> chart.getSize().getWidth()).toList();
    }
}
