package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import nl.koers.KoersIntegrationTest;
import nl.koers.accounts.UserRepository;
import nl.koers.conversation.ConversationService;
import nl.koers.dialogue.ConversationType;

/**
 * axe-core on every page, in every role, on a desktop and on a phone, and on a desktop in the dark colour scheme: no
 * page may have a serious or critical violation. What it finds per page goes to target/axe-report.md, with the
 * measured contrast of the focus ring. The README screenshots of a conversation and a POP come from here too.
 */
@KoersIntegrationTest
class AccessibilityTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    static final AxeReport report = new AxeReport();

    /** The pages the README shows, taken in each view from the employee's preparation: page name to file name. */
    static final Map<String, String> SCREENSHOTS = Map.of("Voorbereiding (gesprek)", "conversation", "POP", "pop");

    /**
     * The pages looked at in the dark scheme too: the ones with the most kinds of parts (messages, quick replies,
     * the speaker toggle, tables, charts, forms). The colours come from one set of variables, so the rest follow.
     */
    static final Set<String> DARK_PAGES = Set.of("Start", "Mijn gesprekken", "Voorbereiding (gesprek)", "POP",
            "POP aanpassen", "Kennisbank, artikel", "Eén-op-één met sprekerkeuze", "Vraag aan de kennisbank",
            "Mijn team");

    @Autowired
    UserRepository users;

    @Autowired
    ConversationService conversations;

    /** How a page is looked at: window size and colour scheme. */
    enum View {
        DESKTOP(Chromium.DESKTOP, "light", "desktop"), PHONE(Chromium.PHONE, "light", "phone"),
        DARK(Chromium.DESKTOP, "dark", "dark");

        final Dimension size;
        final String scheme;
        final String screenshot;

        View(Dimension size, String scheme, String screenshot) {
            this.size = size;
            this.scheme = scheme;
            this.screenshot = screenshot;
        }

        @Override
        public String toString() {
            return size.getWidth() + "×" + size.getHeight() + ("dark".equals(scheme) ? " dark" : "");
        }
    }

    private final List<String> failures = new ArrayList<>();

    @AfterAll
    static void writeReport() {
        report.write();
    }

    @Test
    void theLoginPageHasNoSeriousViolations() {
        for (View view : View.values()) {
            look(view);
            browser.open("/login");
            check("Inloggen", "niet ingelogd", view);
            browser.open("/login?fout");
            check("Inloggen, met foutmelding", "niet ingelogd", view);
        }
        assertThat(failures).as("serious or critical axe violations").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"medewerker", "leidinggevende", "hr"})
    void noPageHasSeriousViolations(String username) {
        look(View.DESKTOP);
        browser.signIn(username);
        Map<String, String> pages = pagesOf(username);
        for (View view : View.values()) {
            look(view);
            pages.forEach((name, path) -> {
                if (view == View.DARK && !DARK_PAGES.contains(name)) {
                    return;
                }
                browser.open(path);
                check(name, username, view);
                if ("medewerker".equals(username) && SCREENSHOTS.containsKey(name)) {
                    browser.script("window.scrollTo(0, 0)");
                    browser.save(Chromium.SCREENSHOTS, view.screenshot + "-" + SCREENSHOTS.get(name));
                }
            });
        }
        assertThat(failures).as("serious or critical axe violations").isEmpty();
    }

    /**
     * Tabs through the start page and a conversation, light and dark, and measures the focus ring of every element
     * that takes the focus against the colour just outside it (WCAG 2.4.11/1.4.11: 3:1). The ring is two colours, a
     * ring and a halo (technique C40): one of them must have 3:1 against that background.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void theFocusRingHasThreeToOneOnEveryBackground(String scheme) {
        View view = "dark".equals(scheme) ? View.DARK : View.DESKTOP;
        look(view);
        browser.signIn("medewerker2");
        String conversation = browser.preparationWithAGoal();
        Map<String, Double> worst = new TreeMap<>();
        for (String page : List.of("/", conversation)) {
            browser.open(page);
            browser.script("document.activeElement.blur()");
            Set<WebElement> seen = new HashSet<>();
            for (int stop = 0; stop < 80; stop++) {
                browser.active().sendKeys(Keys.TAB);
                WebElement focused = browser.active();
                if (!seen.add(focused) || "body".equals(focused.getTagName())) {
                    break;
                }
                @SuppressWarnings("unchecked")
                Map<String, String> ring = (Map<String, String>) browser.script(RING);
                double ringContrast = Contrast.ratio(ring.get("ring"), ring.get("background"));
                double haloContrast = Contrast.ratio(ring.get("halo"), ring.get("background"));
                String where = page + " " + focused.getTagName() + " '" + focused.getText().strip() + "' on "
                        + ring.get("background");
                assertThat(ring.get("width")).as("ring width at %s", where).isEqualTo("3px");
                assertThat(Contrast.ratio(ring.get("ring"), ring.get("halo"))).as("ring to halo at %s", where)
                        .isGreaterThanOrEqualTo(9);
                assertThat(Math.max(ringContrast, haloContrast)).as("ring or halo against %s", where)
                        .isGreaterThanOrEqualTo(3);
                worst.merge("ring " + ring.get("ring") + " / halo " + ring.get("halo") + " on "
                        + ring.get("background"), Math.max(ringContrast, haloContrast), Math::min);
            }
            assertThat(seen).as("elements on %s that took the focus", page).hasSizeGreaterThan(5);
        }
        worst.forEach((colours, ratio) -> report.note("Focus ring (" + view + "), " + colours + ": "
                + String.format(Locale.ROOT, "%.2f", ratio) + ":1"));
    }

    /** The focused element's ring and halo colours, and the background just outside it, as rgb() strings. */
    private static final String RING = """
            const e = document.activeElement, style = getComputedStyle(e), box = e.getBoundingClientRect();
            const x = box.left > 6 ? box.left - 5 : box.right + 5, y = box.top + box.height / 2;
            let background = getComputedStyle(document.documentElement).backgroundColor;
            search: for (const under of document.elementsFromPoint(x, y)) {
                if (e.contains(under)) continue;
                for (let p = under; p; p = p.parentElement) {
                    const colour = getComputedStyle(p).backgroundColor;
                    if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { background = colour; break search; }
                }
            }
            return {ring: style.outlineColor, width: style.outlineWidth,
                    halo: (style.boxShadow.match(/rgba?\\([^)]*\\)/) || ['none'])[0], background: background};
            """;

    /** The pages this person can reach, by name; conversations are started on the way as they would be. */
    private Map<String, String> pagesOf(String username) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Start", "/");
        pages.put("Mijn gesprekken", "/gesprekken");
        String preparation = browser.preparationWithAGoal();
        pages.put("Voorbereiding (gesprek)", preparation);
        pages.put("POP", preparation + "/pop");
        pages.put("POP aanpassen", preparation + "/pop/bewerken");
        pages.put("Verwijderen (bevestigen)", preparation + "/verwijderen");
        pages.put("Voorbereiding nog niet af", "/gesprekken/nieuw");
        pages.put("Kennisbank, zoeken met treffers", "/kennis?q=slim+subsidie");
        pages.put("Kennisbank, artikel", "/kennis/artikel?bron=financiering/slim-subsidiebedrag-en-eigen-bijdrage.md");
        pages.put("Niet gevonden (404)", "/gesprekken/" + UUID.randomUUID());
        pages.put("Mijn gegevens", "/mijn-gegevens");
        switch (username) {
            case "leidinggevende" -> {
                pages.put("Eén-op-één met sprekerkeuze", oneOnOne());
                pages.put("Mijn team", "/team");
                pages.put("Geen toegang (403)", "/gesprekken/" + sharedPreparationOf("medewerker") + "/verwijderen");
            }
            case "hr" -> {
                pages.put("Vraag aan de kennisbank", question());
                pages.put("Geen toegang (403)", "/team");
            }
            default -> pages.put("Geen toegang (403)", "/team");
        }
        return pages;
    }

    /** The leader's one-on-one with Sanne, started from the start page, where the leader says whose answer it is. */
    private String oneOnOne() {
        browser.open("/");
        new Select(browser.driver().findElement(By.id("employee"))).selectByVisibleText("Sanne de Vries");
        browser.loading(() -> browser.driver().findElement(By.xpath("//form[.//select[@id='employee']]//button")).click());
        browser.answer("Planner, sterk in de drukke ochtenden");
        browser.answer("Puzzelen met lastige ritten");
        assertThat(browser.driver().findElements(By.cssSelector("#spreker input[type=radio]")))
                .as("the speaker toggle is there to be checked").hasSize(2);
        return path();
    }

    /** HR's question to the knowledge base, answered with sources. */
    private String question() {
        browser.open("/");
        browser.click("Vraag stellen");
        browser.answer("Hoeveel SLIM-subsidie kan een werkgever krijgen?");
        assertThat(browser.driver().findElements(By.cssSelector(".sources a"))).as("the answer names its sources")
                .isNotEmpty();
        return path();
    }

    /** A preparation that this employee shared with the leader: the leader may read it, not delete it. */
    private String sharedPreparationOf(String username) {
        var employee = users.findByUsername(username).orElseThrow();
        UUID id = conversations.start(employee, ConversationType.VOORBEREIDING, null).id();
        conversations.share(id, employee, true);
        return id.toString();
    }

    private static String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static void look(View view) {
        browser.size(view.size);
        browser.emulate("", view.scheme);
    }

    private void check(String page, String role, View view) {
        assertThat(browser.driver().getTitle()).as("%s has loaded", page).isNotBlank();
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches"))
                .as("the colour scheme is emulated").isEqualTo("dark".equals(view.scheme));
        AxeReport.Row row = report.add(page, role, view.toString(), browser.axe());
        row.serious().forEach(violation -> failures.add(page + ", " + role + ", " + view + ": " + violation));
    }
}
