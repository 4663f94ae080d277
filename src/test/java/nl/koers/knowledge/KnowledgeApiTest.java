package nl.koers.knowledge;

import java.time.LocalDate;

import static nl.koers.KoersHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;

@KoersIntegrationTest
class KnowledgeApiTest {

    @LocalServerPort
    int port;

    private KoersHttp api;

    @BeforeEach
    void client() {
        api = KoersHttp.api(port);
    }

    @Test
    void searchAnswersWithSourcesBestFirst() {
        HttpResponse<String> response = search("Wat is de SLIM-subsidie en komen wij in aanmerking?", "medewerker");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> hits = JsonPath.read(response.body(), "$");
        assertThat(hits).hasSize(5);
        assertThat(hits.getFirst()).containsKeys("title", "source", "heading", "snippet", "text", "score");
        assertThat((String) hits.getFirst().get("source")).startsWith("financiering/slim");
        assertThat((String) hits.getFirst().get("snippet")).contains("<mark>");
        List<Double> scores = JsonPath.read(response.body(), "$[*].score");
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void kLimitsTheNumberOfHits() {
        HttpResponse<String> response = api.get("/api/knowledge/search?k=2&q=" + encode("70-20-10"),
                basic("hr", "koers"));

        assertThat(JsonPath.<List<Object>>read(response.body(), "$")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (( \"", "title:pop^9 OR *", "<script>alert(1)</script>"})
    void queryOperatorsAndMarkupAreSearchedAsWords(String question) {
        HttpResponse<String> response = search(question, "medewerker");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "q=          | zoekvraag op",
            "q=%20%20    | zoekvraag op",
            "k=5         | zoekvraag op",
            "q=pop&k=0   | tussen 1 en 20",
            "q=pop&k=21  | tussen 1 en 20",
            "q=pop&k=veel| niet de juiste vorm"})
    void badSearchesGetADutchProblem(String query, String detail) {
        HttpResponse<String> response = api.get("/api/knowledge/search?" + query, basic("medewerker", "koers"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(detail);
    }

    @Test
    void aTooLongQuestionIsRefused() {
        HttpResponse<String> response = search("loopbaan ".repeat(60), "medewerker");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("te lang", "500");
    }

    @Test
    void onlyHrMayReindex() {
        HttpResponse<String> byEmployee = api.send("POST", "/api/knowledge/reindex", "", basic("medewerker", "koers"));
        HttpResponse<String> byHr = api.send("POST", "/api/knowledge/reindex", "", basic("hr", "koers"));

        assertThat(byEmployee.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(byEmployee.body(), "$.title")).isEqualTo("Geen toegang");
        assertThat(byHr.statusCode()).isEqualTo(202);
    }

    @Test
    void healthReportsTheIndexedKnowledgeBase() {
        HttpResponse<String> response = api.get("/actuator/health", basic("hr", "koers"));

        assertThat(JsonPath.<String>read(response.body(), "$.components.knowledge.status")).isEqualTo("UP");
        assertThat(JsonPath.<Integer>read(response.body(), "$.components.knowledge.details.files"))
                .isGreaterThanOrEqualTo(35);
        assertThat(JsonPath.<List<Object>>read(response.body(), "$.components.knowledge.details.skipped")).isEmpty();
    }

    @Test
    void searchPageShowsResultsWithSourceAndAudience() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("medewerker", "koers");

        String page = browser.get("/kennis?q=" + encode("hoe bereid ik mijn loopbaangesprek voor")).body();

        assertThat(page).contains("Kennisbank", "resultaten voor", "Bron: loopbaangesprek/", "Voor: ", "<mark>")
                .doesNotContain("Beheer van de kennisbank");
    }

    @Test
    void hrSeesTheIndexStatusAndCanReindexFromThePage() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("hr", "koers");

        String page = browser.get("/kennis").body();
        HttpResponse<String> reindex = browser.postForm("/kennis/herindexeren",
                Map.of("_csrf", KoersHttp.csrfToken(page)));

        assertThat(page).contains("Beheer van de kennisbank", "bestanden geïndexeerd", "Opnieuw indexeren");
        assertThat(reindex.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/kennis?herindexeren"));
    }

    @Test
    void employeesCannotReindexFromThePage() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("medewerker", "koers");
        String token = KoersHttp.csrfToken(browser.get("/").body());

        assertThat(browser.postForm("/kennis/herindexeren", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
    }

    @Test
    void anOverlongQuestionOnThePageGetsAMessageNotAnError() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("medewerker", "koers");

        HttpResponse<String> page = browser.get("/kennis?q=" + encode("x".repeat(600)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Je zoekvraag is te lang");
    }

    @Test
    void anArticleIsShownAsAPageWithItsFrontMatter() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("medewerker", "koers");

        HttpResponse<String> page = browser.get("/kennis/artikel?bron=" + encode("pop/smart-leerdoelen.md"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>SMART leerdoelen", "<h2 id=\"s-", "Gecontroleerd: 4-12-2026",
                "Waar de feiten vandaan komen", "Bron: pop/smart-leerdoelen.md");
        assertThat(browser.get("/kennis?q=" + encode("smart leerdoel")).body())
                .contains("/kennis/artikel?bron=pop/smart-leerdoelen.md#s-");
    }

    @Test
    void anArticleShowsItsKeyFactsWithYearAndSourceAndUntilWhenItsFiguresHold() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("hr", "koers");

        String page = browser.get("/kennis/artikel?bron=" + encode("financiering/slim-regeling.md")).body();

        assertThat(page).contains("Kerncijfers", "verlengd tot 1 januari 2030", "stand 2024",
                "href=\"https://zoek.officielebekendmakingen.nl/stcrt-2024-41822.html\"", "Cijfers gelden tot 1-1-2027")
                .doesNotContain("Let op: de cijfers in dit artikel golden tot");
        assertThat(page).as("sources are links").contains("<a href=\"https://www.uitvoeringvanbeleidszw.nl/");
    }

    @Test
    void figuresPastTheirDateAreFlagged() {
        var article = new KnowledgeArticles.Article("a.md", "A", List.of("hr"), List.of(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1), List.of(), "");

        assertThat(article.expiredOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(article.expiredOn(LocalDate.of(2026, 1, 2))).isTrue();
    }

    @Test
    void onlyArticlesInsideTheKnowledgeFolderAreShown() {
        KoersHttp browser = KoersHttp.browser(port);
        browser.login("medewerker", "koers");

        for (String source : new String[] {"../pom.xml", "../README.md", "/etc/passwd", "pop/bestaat-niet.md", ""}) {
            HttpResponse<String> page = browser.get("/kennis/artikel?bron=" + encode(source));
            assertThat(page.statusCode()).as(source).isEqualTo(404);
            assertThat(page.body()).contains("Dit artikel staat niet (meer) in de kennisbank.");
        }
    }

    private HttpResponse<String> search(String question, String user) {
        return api.get("/api/knowledge/search?q=" + encode(question), basic(user, "koers"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
