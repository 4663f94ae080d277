package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.TestTeam;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Phase;

/** The conversation pages as a person uses them in a browser session: forms, redirects, Dutch texts. */
@KoersIntegrationTest
class ConversationPagesTest {

    @LocalServerPort
    int port;

    private KoersHttp signedIn(String username) {
        KoersHttp browser = KoersHttp.browser(port);
        assertThat(browser.login(username, "koers").statusCode()).isEqualTo(302);
        return browser;
    }

    @Test
    void signingInAgainReturnsToTheConversationPageNeverToOneOfItsParts() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));

        KoersHttp expired = KoersHttp.browser(port); // a new session, as after the old one ran out
        assertThat(expired.get(chat + "/live", "HX-Request", "true").statusCode()).isEqualTo(302);
        assertThat(expired.login("medewerker", "koers").headers().firstValue("Location")).as("not the bare fragment")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/live"));

        KoersHttp again = KoersHttp.browser(port);
        assertThat(again.get(chat).statusCode()).isEqualTo(302);
        assertThat(again.login("medewerker", "koers").headers().firstValue("Location")).as("the page itself")
                .hasValueSatisfying(location -> assertThat(location).endsWith(chat + "?continue"));
    }

    @Test
    void aQuickReplyIsTakenAsTheAnswerAndWhatWasTypedStays() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));
        answer(sanne, chat, "volgende fase");

        String token = KoersHttp.csrfToken(sanne.get(chat).body());
        HttpResponse<String> picked = sanne.postForm(chat + "/bericht",
                Map.of("text", "half getypt", "keuze", "Allebei", "_csrf", token));
        assertThat(picked.statusCode()).isEqualTo(302);
        String page = sanne.get(chat).body();
        assertThat(page).contains("<p class=\"text\">Allebei</p>", ">half getypt</textarea>")
                .doesNotContain("<p class=\"text\">half getypt</p>");
    }

    /** Starts a conversation from the home page and returns its page path. */
    private static String start(KoersHttp browser, Map<String, String> form) {
        String home = browser.get("/").body();
        Map<String, String> fields = new java.util.HashMap<>(form);
        fields.put("_csrf", KoersHttp.csrfToken(home));
        HttpResponse<String> started = browser.postForm("/gesprekken", fields);
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        if (location.startsWith("/gesprekken/nieuw")) { // another test left a preparation unfinished: a new one anyway
            assertThat(browser.get(location).body()).contains("Je hebt al een voorbereiding die nog niet af is",
                    "Verder met de voorbereiding", "Toch een nieuwe beginnen");
            fields.put("nieuw", "ja");
            started = browser.postForm("/gesprekken", fields);
            assertThat(started.statusCode()).isEqualTo(302);
            location = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        }
        return location;
    }

    private static String answer(KoersHttp browser, String chat, String text) {
        String page = browser.get(chat).body();
        HttpResponse<String> posted = browser.postForm(chat + "/bericht", Map.of("text", text, "_csrf", KoersHttp.csrfToken(page)));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(chat + "#laatste"));
        return browser.get(chat).body();
    }

    /** A preparation with only a role, finished with 'stop': its POP has hints and no goals. */
    private static String finishedPreparation(KoersHttp browser) {
        String chat = start(browser, Map.of("type", "VOORBEREIDING"));
        answer(browser, chat, "Planner");
        answer(browser, chat, "stop");
        return chat;
    }

    @Test
    void theHomePageOffersTheRightStartsPerRole() {
        assertThat(signedIn("medewerker").get("/").body()).contains("Mijn loopbaangesprek voorbereiden", "Een vraag stellen")
                .doesNotContain("Een loopbaangesprek voeren");
        assertThat(signedIn("leidinggevende").get("/").body()).contains("Een loopbaangesprek voeren", "Met wie uit je team?",
                "<option value=\"medewerker\">Sanne de Vries</option>");
    }

    @Test
    void anEmployeePreparesOnThePageAndSeesThePopGrow() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));

        String first = sanne.get(chat).body();
        assertThat(first).contains("Voorbereiding loopbaangesprek van Sanne de Vries", "aria-current=\"step\"",
                "Wat is je functie nu", "Jouw antwoord", "Volgende fase", "Je POP tot nu toe");

        String after = answer(sanne, chat, "Planner bij een transportbedrijf");
        assertThat(after).contains("Van welk werk krijg je energie?", "id=\"laatste\"", "Planner bij een transportbedrijf");

        String jumped = answer(sanne, chat, "volgende fase");
        assertThat(jumped).contains("Wil je je vooral verdiepen");
        assertThat(jumped.indexOf("class=\"current\"")).isGreaterThan(jumped.indexOf("Inventarisatie"));
    }

    @Test
    void badInputGetsAMessageOnThePage() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));

        String page = answer(sanne, chat, "   ");

        assertThat(page).contains("role=\"alert\"", "Je bericht is leeg");
    }

    @Test
    void aCommandPostedByHtmxGetsTheChangedPartsOfThePageBack() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));
        String token = KoersHttp.csrfToken(sanne.get(chat).body());

        HttpResponse<String> jumped = sanne.postForm(chat + "/bericht", Map.of("text", "volgende fase", "_csrf", token),
                "HX-Request", "true");

        assertThat(jumped.statusCode()).isEqualTo(200);
        assertThat(jumped.body()).as("only the parts, no page around them").doesNotContain("<html", "<form class=\"composer\"")
                .contains("id=\"berichten\"", "Wil je je vooral verdiepen", "id=\"laatste\"");
        assertThat(jumped.body()).as("steps, notices, quick replies and preview out of band")
                .contains("id=\"stappen\" class=\"steps-bar\" hx-swap-oob=\"true\"",
                        "id=\"snel\" class=\"quick\" hx-swap-oob=\"true\"", "id=\"meldingen\" hx-swap-oob=\"true\"",
                        "id=\"pop-voorbeeld\" hx-swap-oob=\"true\"");
        assertThat(jumped.body().indexOf("class=\"current\"")).isGreaterThan(jumped.body().indexOf("Inventarisatie"));
        assertThat(jumped.body()).as("the choices of the open question as quick replies, and how far the phase is")
                .contains("name=\"keuze\" formnovalidate value=\"Verdiepen\"", "value=\"Allebei\"", "Vraag 1 van 4");

        HttpResponse<String> tooLong = sanne.postForm(chat + "/bericht", Map.of("text", "x".repeat(4001), "_csrf", token),
                "HX-Request", "true");
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("role=\"alert\"", "Je bericht is te lang");
    }

    @Test
    void theChatScriptGetsTheReplyAsAStreamAndARefusalAsAnEvent() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));
        String token = KoersHttp.csrfToken(sanne.get(chat).body());

        HttpResponse<String> streamed = sanne.postForm(chat + "/bericht/stream", Map.of("text", "Planner", "_csrf", token));

        assertThat(streamed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        var events = nl.koers.ServerSentEvents.parse(streamed.body());
        assertThat(events).extracting(nl.koers.ServerSentEvents.Event::name).containsExactly("token", "done");
        assertThat(events.getFirst().data()).contains("Van welk werk krijg je energie?");
        assertThat(sanne.get(chat + "/live").body()).as("stored before the page refreshes").contains("Planner",
                "Van welk werk krijg je energie?");

        var refused = nl.koers.ServerSentEvents.parse(sanne.postForm(chat + "/bericht/stream",
                Map.of("text", " ", "_csrf", token)).body());
        assertThat(refused).extracting(nl.koers.ServerSentEvents.Event::name).containsExactly("error");
        assertThat(refused.getFirst().data()).contains("Je bericht is leeg");
    }

    @Test
    void someoneElsesChatAnswers404OnEveryPartOfThePage() {
        String chat = start(signedIn("medewerker"), Map.of("type", "VOORBEREIDING"));
        KoersHttp colleague = signedIn("medewerker2");
        String token = KoersHttp.csrfToken(colleague.get("/").body());

        assertThat(colleague.get(chat + "/live").statusCode()).isEqualTo(404);
        assertThat(colleague.postForm(chat + "/bericht/stream", Map.of("text", "Hallo", "_csrf", token)).statusCode()).isEqualTo(404);
        assertThat(colleague.postForm(chat + "/bericht", Map.of("text", "Hallo", "_csrf", token), "HX-Request", "true")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void htmxIsServedByKoersItselfAndPagesLoadNoScriptFromElsewhere() {
        KoersHttp anonymous = KoersHttp.browser(port);
        HttpResponse<String> htmx = anonymous.get("/webjars/htmx.org/dist/htmx.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");

        KoersHttp sanne = signedIn("medewerker");
        String page = sanne.get(start(sanne, Map.of("type", "VOORBEREIDING"))).body();
        assertThat(java.util.regex.Pattern.compile("<script[^>]*>").matcher(page).results().map(m -> m.group()).toList())
                .as("no inline script, nothing from another host")
                .satisfiesExactly(
                        served -> assertThat(served).matches("<script src=\"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js\" defer>"),
                        own -> assertThat(own).isEqualTo("<script src=\"/js/koers.js\" defer>"),
                        scrolling -> assertThat(scrolling).isEqualTo("<script src=\"/js/scroll-regions.js\" defer>"));
    }

    @Test
    void everyFormOnEveryPageCarriesACsrfTokenAndAPostWithoutOneIsRefused() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = finishedPreparation(sanne);
        KoersHttp hr = signedIn("hr");
        var pages = Map.of("/", sanne, "/gesprekken", sanne, chat, sanne, chat + "/pop", sanne, chat + "/pop/bewerken", sanne,
                chat + "/verwijderen", sanne, "/kennis", hr);
        int forms = 0;
        for (var page : pages.entrySet()) {
            String html = page.getValue().get(page.getKey()).body();
            var postForms = java.util.regex.Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>",
                    java.util.regex.Pattern.DOTALL).matcher(html).results().map(m -> m.group()).toList();
            assertThat(postForms).as(page.getKey()).isNotEmpty()
                    .allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
            forms += postForms.size();
        }
        assertThat(forms).isGreaterThanOrEqualTo(15);

        HttpResponse<String> withoutToken = sanne.postForm(chat + "/bericht", Map.of("text", "help"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void whatSomeoneTypesIsShownAsText() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));

        String page = answer(sanne, chat, "<script>alert('x')</script> planner");

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; planner").doesNotContain("<script>alert");
    }

    /**
     * Koers's replies may hold simple Markdown (a tip's list); the page shows it as a list. What someone types is
     * shown as typed, Markdown marks and all.
     */
    @Test
    void koersListsShowAsListsAndWhatSomeoneTypesStaysText() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));
        answer(sanne, chat, "- Planner\n- *Excel* [klik](https://example.org/x)");
        UUID id = UUID.fromString(chat.substring(chat.lastIndexOf('/') + 1));
        messages.append(id, MessageRole.ASSISTANT, "Tip uit de kennisbank: Zo vind je je fonds:\n- Kijk in de cao.\n"
                + "- Vraag het je accountant.", List.of(), null, java.time.Instant.now());

        String page = sanne.get(chat).body();

        var typed = Pattern.compile("(?s)<li class=\"msg user\"[^>]*+>(.*?)</li>").matcher(page);
        assertThat(typed.find()).isTrue();
        assertThat(typed.group(1)).contains("<p class=\"text\">- Planner\n- *Excel* [klik](https://example.org/x)</p>");
        assertThat(page).doesNotContain("href=\"https://example.org/x\"")
                .contains("Tip uit de kennisbank: Zo vind je je fonds:</p>",
                        "<ul><li>Kijk in de cao.</li><li>Vraag het je accountant.</li></ul>");
    }

    @Test
    void thePopPageShowsHintsDownloadsAndRecordsAkkoord() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = finishedPreparation(sanne);

        String pop = sanne.get(chat + "/pop").body();
        assertThat(pop).contains("Persoonlijk ontwikkelingsplan", "Tips om je POP sterker te maken", "Er staat nog geen ontwikkeldoel in",
                "PDF (om te printen)", "Sanne de Vries: nog geen akkoord.");
        assertThat(sanne.get(chat + "/pop.pdf").headers().firstValue("Content-Type")).hasValue("application/pdf");
        HttpResponse<String> markdown = sanne.get(chat + "/pop.md");
        assertThat(markdown.body()).startsWith("# Persoonlijk ontwikkelingsplan (concept)");
        assertThat(markdown.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", "pop-sanne-de-vries.md"));
        assertThat(markdown.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(sanne.get(chat + "/pop.ics").body()).startsWith("BEGIN:VCALENDAR");

        HttpResponse<String> accepted = sanne.postForm(chat + "/pop/akkoord", Map.of("_csrf", KoersHttp.csrfToken(pop)));
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/pop?akkoord"));
        assertThat(sanne.get(chat + "/pop").body()).contains("Sanne de Vries gaf akkoord op 23 november 2026.")
                .as("akkoord once given is not asked again").doesNotContain("Akkoord geven", "/pop/akkoord");
    }

    @Test
    void everyPopFieldCanBeEditedOnThePageAndEditingAsksForAkkoordAgain() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = finishedPreparation(sanne);
        String pop = sanne.get(chat + "/pop").body();
        sanne.postForm(chat + "/pop/akkoord", Map.of("_csrf", KoersHttp.csrfToken(pop)));

        String form = sanne.get(chat + "/pop/bewerken").body();
        assertThat(form).contains("POP aanpassen", "value=\"Planner\"", "Doel 1 (nieuw)", "name=\"goal0.description\"");
        Map<String, String> edit = new java.util.HashMap<>(Map.of("_csrf", KoersHttp.csrfToken(form), "role", "Senior planner",
                "talents", "plannen\n\nrust bewaren", "goal0.description", "Zelfstandig inkopen",
                "goal0.measure", "drie orders zonder hulp", "goal0.deadline", "2027-03-31",
                "goal0.action0.description", "cursus inkoopbasis", "goal0.action1.description", "meelopen met de inkoper",
                "reviews", "1-3-2027\neind juni 2027", "openPoints", "budget navragen"));
        edit.put("goal1.description", " ");
        edit.put("obstacles", "<script>alert(1)</script>");
        edit.put("version", version(form));
        HttpResponse<String> saved = sanne.postForm(chat + "/pop/bewerken", edit);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/pop?opgeslagen"));
        String id = chat.substring(chat.lastIndexOf('/') + 1);
        var json = new ConversationClient(port, "medewerker").pop(id);
        assertThat(json.read("$.role", String.class)).isEqualTo("Senior planner");
        assertThat(json.read("$.talents", java.util.List.class)).containsExactly("plannen", "rust bewaren");
        assertThat(json.read("$.goals.length()", Integer.class)).isEqualTo(1);
        assertThat(json.read("$.goals[0].deadline", String.class)).isEqualTo("2027-03-31");
        assertThat(json.read("$.goals[0].actions[*].description", java.util.List.class))
                .containsExactly("cursus inkoopbasis", "meelopen met de inkoper");
        assertThat(json.read("$.reviews", java.util.List.class)).containsExactly("2027-03-01", "2027-06-30");
        assertThat(json.read("$.openPoints", java.util.List.class)).containsExactly("budget navragen");
        String after = sanne.get(chat + "/pop?opgeslagen").body();
        assertThat(after).contains("Je aanpassingen zijn opgeslagen", "Senior planner", "Zelfstandig inkopen",
                "Sanne de Vries: nog geen akkoord.", "&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void aPopEditWithAnUnreadableDateIsRefusedWithWhatWasTypedKept() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = finishedPreparation(sanne);
        String form = sanne.get(chat + "/pop/bewerken").body();

        HttpResponse<String> refused = sanne.postForm(chat + "/pop/bewerken", Map.of("_csrf", KoersHttp.csrfToken(form),
                "role", "Teamleider planning", "reviews", "ooit eens", "goal0.description", "Leren inkopen",
                "version", version(form)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "Koers kan de datum van voortgangsgesprek 1 niet lezen",
                "value=\"Teamleider planning\"", "ooit eens", "Leren inkopen");
        assertThat(sanne.get(chat + "/pop").body()).doesNotContain("Teamleider planning");
    }

    @Test
    void anEditOfAPopThatChangedMeanwhileIsHeldBackWithWhatWasTypedKept() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = finishedPreparation(sanne);
        String first = sanne.get(chat + "/pop/bewerken").body();
        String second = sanne.get(chat + "/pop/bewerken").body();
        assertThat(sanne.postForm(chat + "/pop/bewerken", Map.of("_csrf", KoersHttp.csrfToken(first), "role", "Planner A",
                "version", version(first))).statusCode()).isEqualTo(302);

        HttpResponse<String> late = sanne.postForm(chat + "/pop/bewerken", Map.of("_csrf", KoersHttp.csrfToken(second),
                "role", "Planner B", "version", version(second)));

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("role=\"alert\"", "De POP is veranderd sinds je dit formulier opende",
                "value=\"Planner B\"");
        assertThat(sanne.get(chat + "/pop").body()).contains("Planner A").doesNotContain("Planner B");
        HttpResponse<String> insisted = sanne.postForm(chat + "/pop/bewerken", Map.of("_csrf", KoersHttp.csrfToken(late.body()),
                "role", "Planner B", "version", version(late.body())));
        assertThat(insisted.statusCode()).isEqualTo(302);
        assertThat(sanne.get(chat + "/pop").body()).contains("Planner B");
    }

    @Test
    void twoSavesFromOneVersionAtTheSameMomentLetExactlyOneThrough() throws Exception {
        KoersHttp sanne = signedIn("medewerker");
        String chat = finishedPreparation(sanne);
        for (int round = 0; round < 10; round++) {
            String form = sanne.get(chat + "/pop/bewerken").body();
            Map<String, String> common = Map.of("_csrf", KoersHttp.csrfToken(form), "version", version(form));
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.CompletableFuture<Integer>> saves = new java.util.ArrayList<>();
            for (String role : List.of("Planner A" + round, "Planner B" + round)) {
                Map<String, String> fields = new java.util.HashMap<>(common);
                fields.put("role", role);
                saves.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return sanne.postForm(chat + "/pop/bewerken", fields).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = saves.stream().map(java.util.concurrent.CompletableFuture::join).toList();
            assertThat(statuses).as("round %d: one saved (302), one held back (200 with the message)", round)
                    .containsExactlyInAnyOrder(302, 200);
        }
    }

    private static String version(String editPage) {
        var found = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertThat(found.find()).as("the edit form carries the POP's version").isTrue();
        return found.group(1);
    }

    @Test
    void onlyThoseWhoMayChangeThePopGetTheEditPage() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));
        answer(sanne, chat, "Planner");
        String list = sanne.get("/gesprekken").body();
        sanne.postForm(chat + "/delen", Map.of("delen", "true", "_csrf", KoersHttp.csrfToken(list)));
        KoersHttp fatima = signedIn("leidinggevende");
        KoersHttp daan = signedIn("medewerker2");

        assertThat(fatima.get(chat + "/pop").body()).doesNotContain("POP aanpassen");
        assertThat(fatima.get(chat + "/pop/bewerken").statusCode()).isEqualTo(403);
        String fatimaPage = fatima.get(chat).body();
        assertThat(fatima.postForm(chat + "/pop/bewerken", Map.of("_csrf", KoersHttp.csrfToken(fatimaPage), "role", "Iets anders",
                "reviews", "ooit"))
                .statusCode()).isEqualTo(403);
        assertThat(daan.get(chat + "/pop/bewerken").statusCode()).isEqualTo(404);
        assertThat(sanne.get(chat + "/pop").body()).contains("POP aanpassen").doesNotContain("Iets anders");
    }

    @Test
    void sharingLetsTheLeaderReadButNotAnswerAndOthersSeeNothing() {
        // a team of its own: the demo people's lists fill up with other tests' conversations, past their first page
        TestTeam team = TestTeam.fresh(users, passwords, "share", "Fatima El Amrani", "Sanne de Vries");
        KoersHttp sanne = signedIn(team.employee().username());
        String chat = start(sanne, Map.of("type", "VOORBEREIDING"));
        answer(sanne, chat, "Planner");
        String id = chat.substring(chat.lastIndexOf('/') + 1);
        KoersHttp fatima = signedIn(team.leader().username());
        KoersHttp daan = signedIn("medewerker2");

        assertThat(fatima.get(chat).statusCode()).isEqualTo(404);
        String list = sanne.get("/gesprekken").body();
        assertThat(list).contains("Mijn gesprekken", "Delen met leidinggevende");
        sanne.postForm(chat + "/delen", Map.of("delen", "true", "_csrf", KoersHttp.csrfToken(list)));

        assertThat(sanne.get("/gesprekken?gedeeld").body()).contains("Je voorbereiding is gedeeld", "Delen intrekken");
        String home = fatima.get("/").body();
        var waiting = java.util.regex.Pattern.compile("name=\"employee\" value=\"([^\"]+)\"").matcher(home);
        assertThat(waiting.find()).as("a shared preparation waits on the start page").isTrue();
        assertThat(home).as("'Met wie?' starts at the person whose preparation waits")
                .contains("<option value=\"" + waiting.group(1) + "\" selected=\"selected\"");
        assertThat(KoersHttp.browser(port).get("/img/koers.svg").statusCode()).as("the icon, also before signing in")
                .isEqualTo(200);
        String shared = fatima.get(chat).body();
        assertThat(shared).contains("Planner", "Dit gesprek is met je gedeeld om te lezen.").doesNotContain("Jouw antwoord");
        assertThat(fatima.get("/gesprekken").body()).as("no way to delete what is shared with her").contains(id)
                .doesNotContain(chat + "/verwijderen");
        for (String path : new String[] {chat, chat + "/pop", chat + "/pop.pdf", chat + "/verwijderen"}) {
            assertThat(daan.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(daan.get(chat).body()).contains("Niet gevonden", "bestaat niet");
    }

    @Test
    void deletingAsksForConfirmationFirst() {
        KoersHttp sanne = signedIn("medewerker");
        String chat = start(sanne, Map.of("type", "VRAAG"));

        String confirm = sanne.get(chat + "/verwijderen").body();
        assertThat(confirm).contains("Weet je zeker dat je dit gesprek", "Definitief verwijderen");
        HttpResponse<String> deleted = sanne.postForm(chat + "/verwijderen", Map.of("_csrf", KoersHttp.csrfToken(confirm)));

        assertThat(deleted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/gesprekken?verwijderd"));
        assertThat(sanne.get("/gesprekken?verwijderd").body()).contains("Het gesprek is verwijderd");
        assertThat(sanne.get(chat).statusCode()).isEqualTo(404);
    }

    @Test
    void aLeaderStartsAOneOnOneFromTheHomePage() {
        KoersHttp fatima = signedIn("leidinggevende");

        String chat = start(fatima, Map.of("type", "GESPREK", "employee", "medewerker"));

        assertThat(fatima.get(chat).body()).contains("Loopbaangesprek met Sanne de Vries", "Welkom, Fatima en Sanne");
        assertThat(signedIn("medewerker").get(chat).body()).as("the employee takes part").contains("Jouw antwoord");
    }

    @Autowired
    MessageRepository messages;

    @Autowired
    UserRepository users;

    @Autowired
    ConversationRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void myConversationsShowsTwentyPerPageNewestFirstWithDutchLinks() {
        String username = "pagina-" + UUID.randomUUID().toString().substring(0, 8);
        KoersUser asker = users.create(username, "Pim Pagina", Role.MEDEWERKER, passwords.encode("koers"));
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            newestFirst.add(repository.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, asker.id(), null,
                    "{}", FixedClockConfiguration.NOW.minus(Duration.ofMinutes(i))).id().toString());
        }
        KoersHttp pim = signedIn(username);

        String first = pim.get("/gesprekken").body();
        String second = pim.get("/gesprekken?pagina=2").body();
        String third = pim.get("/gesprekken?pagina=3").body();

        assertThat(listed(first)).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(listed(second)).containsExactlyElementsOf(newestFirst.subList(20, 40));
        assertThat(listed(third)).containsExactlyElementsOf(newestFirst.subList(40, 45));
        assertThat(first).contains("Pagina 1 van 3", ">Volgende</a>", "href=\"/gesprekken?pagina=2\"")
                .doesNotContain(">Vorige</a>");
        assertThat(second).contains("Pagina 2 van 3", "href=\"/gesprekken?pagina=1\"", "href=\"/gesprekken?pagina=3\"");
        assertThat(third).contains("Pagina 3 van 3", ">Vorige</a>", "href=\"/gesprekken?pagina=2\"")
                .doesNotContain(">Volgende</a>");
        assertThat(KoersHttp.api(port).get("/api/conversations", KoersHttp.basic(username, "koers")).body())
                .as("the API still lists them all").contains(newestFirst);
    }

    @Test
    void aPageNumberThatIsNoPageShowsTheNearestPageInsteadOfAnError() {
        String username = "pagina-" + UUID.randomUUID().toString().substring(0, 8);
        KoersUser asker = users.create(username, "Pim Pagina", Role.MEDEWERKER, passwords.encode("koers"));
        for (int i = 0; i < 21; i++) {
            repository.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, asker.id(), null, "{}",
                    FixedClockConfiguration.NOW.minus(Duration.ofMinutes(i)));
        }
        KoersHttp pim = signedIn(username);

        for (String wrong : List.of("0", "-1", "abc", "1.5", "99999999999999", "%20")) {
            HttpResponse<String> page = pim.get("/gesprekken?pagina=" + wrong);
            assertThat(page.statusCode()).as(wrong).isEqualTo(200);
            assertThat(page.body()).as(wrong).contains("Pagina 1 van 2");
        }
        HttpResponse<String> beyond = pim.get("/gesprekken?pagina=7");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).contains("Pagina 2 van 2");
        assertThat(listed(beyond.body())).hasSize(1);
        assertThat(signedIn("hr").get("/gesprekken?pagina=3").body()).as("one page: no page links")
                .doesNotContain("Pagina 1 van 1", ">Volgende</a>");
    }

    /** The conversations in the table of "Mijn gesprekken", in order. */
    private static List<String> listed(String page) {
        String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return PAGE_LINK.matcher(table).results().map(match -> match.group(1)).distinct().toList();
    }

    private static final Pattern PAGE_LINK = Pattern.compile("href=\"/gesprekken/([0-9a-f-]{36})\"");
}
