package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.TestTeam;

/** The page *Mijn gegevens*: the account, the data download, and making and revoking API tokens. */
@KoersIntegrationTest
class AccountPageTest {

    private static final Pattern TOKEN = Pattern.compile("koers_[A-Za-z0-9_-]{43}");
    private static final Pattern REVOKE = Pattern.compile("action=\"(/mijn-gegevens/tokens/\\d+/intrekken)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    private KoersHttp signedIn(KoersUser user) {
        KoersHttp browser = KoersHttp.browser(port);
        assertThat(browser.login(user.username(), "koers").statusCode()).isEqualTo(302);
        return browser;
    }

    private static HttpResponse<String> post(KoersHttp browser, String path, Map<String, String> fields) {
        String csrf = KoersHttp.csrfToken(browser.get("/mijn-gegevens").body());
        var all = new java.util.HashMap<>(fields);
        all.put("_csrf", csrf);
        return browser.postForm(path, all);
    }

    @Test
    void thePageShowsTheAccountTheDownloadAndNoTokensYet() {
        TestTeam team = TestTeam.fresh(users, passwords, "gegevens", "Lotte Leider", "Mo Medewerker");

        String page = signedIn(team.employee()).get("/mijn-gegevens").body();

        assertThat(page).contains("<h1>Mijn gegevens</h1>", "Mo Medewerker", team.employee().username(),
                "Lotte Leider", "/mijn-gegevens.json", "Je hebt nog geen API-tokens.", "Token maken");
        assertThat(page).as("the menu leads here").contains("href=\"/mijn-gegevens\"");
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceWorksOnTheApiAndStopsWhenRevoked() {
        KoersUser owner = TestTeam.fresh(users, passwords, "gegevens", "Lotte Leider", "Mo Medewerker").employee();
        KoersHttp browser = signedIn(owner);

        HttpResponse<String> made = post(browser, "/mijn-gegevens/tokens",
                Map.of("name", "Rapportage", "expiresAt", "2027-06-30"));
        assertThat(made.statusCode()).isEqualTo(302);
        String shown = browser.get("/mijn-gegevens").body();
        Matcher token = TOKEN.matcher(shown);
        assertThat(token.find()).as(shown).isTrue();
        assertThat(shown).contains("Token ‘Rapportage’ is gemaakt.", "Koers laat het niet nog een keer zien",
                "30 jun 2027", "Nog niet gebruikt", "curl -H &#39;Authorization: Bearer " + token.group());

        assertThat(KoersHttp.api(port).get("/api/me", "Authorization", "Bearer " + token.group()).statusCode())
                .isEqualTo(200);
        String again = browser.get("/mijn-gegevens").body();
        assertThat(again).as("shown once").doesNotContain(token.group()).contains("Rapportage");

        Matcher revoke = REVOKE.matcher(again);
        assertThat(revoke.find()).isTrue();
        assertThat(post(browser, revoke.group(1), Map.of()).statusCode()).isEqualTo(302);
        assertThat(browser.get("/mijn-gegevens").body()).contains("Het token is ingetrokken")
                .contains("Je hebt nog geen API-tokens.");
        assertThat(KoersHttp.api(port).get("/api/me", "Authorization", "Bearer " + token.group()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void mistakesAreExplainedOnThePageAndNobodyRevokesSomeoneElsesToken() {
        TestTeam team = TestTeam.fresh(users, passwords, "gegevens", "Lotte Leider", "Mo Medewerker");
        KoersHttp employee = signedIn(team.employee());
        post(employee, "/mijn-gegevens/tokens", Map.of("name", "van Mo"));
        Matcher revoke = REVOKE.matcher(employee.get("/mijn-gegevens").body());
        assertThat(revoke.find()).isTrue();

        KoersHttp leader = signedIn(team.leader());
        assertThat(post(leader, revoke.group(1), Map.of()).statusCode()).isEqualTo(302);
        assertThat(leader.get("/mijn-gegevens").body()).contains("Dit token bestaat niet (meer).");
        assertThat(employee.get("/mijn-gegevens").body()).contains("van Mo");

        post(employee, "/mijn-gegevens/tokens", Map.of("name", " "));
        assertThat(employee.get("/mijn-gegevens").body()).contains("Geef het token een naam");
        post(employee, "/mijn-gegevens/tokens", Map.of("name", "oud", "expiresAt", "2020-01-01"));
        assertThat(employee.get("/mijn-gegevens").body()).contains("in het verleden", "value=\"oud\"");
        HttpResponse<String> odd = post(employee, "/mijn-gegevens/tokens/abc/intrekken", Map.of());
        assertThat(odd.statusCode()).isEqualTo(400);
        assertThat(odd.body()).contains("Ongeldige aanvraag");
    }
}
