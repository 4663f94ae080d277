package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.conversation.ConversationService;
import nl.koers.dialogue.ConversationType;
import nl.koers.conversation.TurnService;
import nl.koers.system.JdbcTimes;
import nl.koers.privacy.RetentionJob;

/** The AVG: the caller's data export, the access log the owner sees, hard deletes and the retention job. */
@KoersIntegrationTest
class PrivacyTest {

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    ConversationService conversations;

    @Autowired
    TurnService turns;

    @Autowired
    RetentionJob retention;

    @Autowired
    JdbcClient jdbc;

    private KoersUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private UUID preparation(String username, String answer) {
        UUID id = conversations.start(user(username), ConversationType.VOORBEREIDING, null).id();
        turns.post(id, user(username), answer);
        return id;
    }

    private DocumentContext api(String username, String path) {
        HttpResponse<String> response = KoersHttp.api(port).get(path, KoersHttp.basic(username, "koers"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    @Test
    void theExportHoldsTheCallersConversationsAndNothingOfAnyoneElse() {
        UUID own = preparation("medewerker", "Export: planner bij de haven");
        UUID oneOnOne = conversations.start(user("leidinggevende"), ConversationType.GESPREK, "medewerker").id();
        turns.post(oneOnOne, user("leidinggevende"), "Export: Sanne plant de ritten");
        UUID colleagues = preparation("medewerker2", "Export: geheim van een collega");
        conversations.share(own, user("medewerker"), true);

        DocumentContext sanne = api("medewerker", "/api/me/export");

        assertThat(sanne.read("$.account.username", String.class)).isEqualTo("medewerker");
        assertThat(sanne.read("$.account.leader", String.class)).isEqualTo("leidinggevende");
        assertThat(sanne.read("$.about", String.class)).startsWith("Alles wat Koers over Sanne de Vries bewaart");
        List<String> ids = sanne.read("$.conversations[*].id");
        assertThat(ids).contains(own.toString(), oneOnOne.toString()).doesNotContain(colleagues.toString());
        assertThat(sanne.jsonString()).contains("Export: planner bij de haven", "Export: Sanne plant de ritten")
                .doesNotContain("Export: geheim van een collega");
        assertThat(sanne.read("$.conversations[?(@.id == '" + own + "')].pop.role", List.class))
                .containsExactly("Export: planner bij de haven");

        DocumentContext leader = api("leidinggevende", "/api/me/export");
        List<String> leaderIds = leader.read("$.conversations[*].id");
        assertThat(leaderIds).as("the one-on-one they ran, not the preparation shared with them")
                .contains(oneOnOne.toString()).doesNotContain(own.toString(), colleagues.toString());
        assertThat(leader.read("$.account.team", List.class)).contains("medewerker", "medewerker2");
    }

    @Test
    void hrSeesNoPersonalConversation() {
        preparation("medewerker", "HR: mijn voorbereiding");
        UUID question = conversations.start(user("hr"), ConversationType.VRAAG, null).id();

        List<String> owners = api("hr", "/api/conversations").read("$[*].employee");
        List<String> ids = api("hr", "/api/conversations").read("$[*].id");

        assertThat(owners).isNotEmpty().containsOnly("hr");
        assertThat(ids).contains(question.toString());
    }

    @Test
    void theOwnerSeesWhoOpenedTheirPopOnceEveryTenMinutes() {
        UUID id = preparation("medewerker", "Log: planner");
        conversations.share(id, user("medewerker"), true);
        String pop = "/api/conversations/" + id + "/pop";

        api("medewerker", pop);
        assertThat(linesAbout(id)).as("opening your own POP is not logged").isEmpty();

        api("leidinggevende", pop);
        api("leidinggevende", pop);
        api("leidinggevende", "/api/conversations/" + id);

        List<Map<String, Object>> lines = linesAbout(id);
        assertThat(lines).extracting(line -> line.get("viewer") + " " + line.get("item") + " " + line.get("viewerName"))
                .containsExactlyInAnyOrder("leidinggevende POP Fatima El Amrani", "leidinggevende GESPREK Fatima El Amrani");
        assertThat(lines).allSatisfy(line -> assertThat(line.get("at")).isEqualTo(FixedClockConfiguration.NOW.toString()));
        assertThat(api("leidinggevende", "/api/me/access-log").read("$[*].conversation", List.class))
                .as("the log is the owner's, not the viewer's").doesNotContain(id.toString());
        assertThat(api("medewerker", "/api/me/export").read("$.openedByOthers[?(@.conversation == '" + id + "')]", List.class))
                .hasSize(2);
        assertThat(api("leidinggevende", "/api/me/export").read("$.openedByYou[?(@.conversation == '" + id + "')]", List.class))
                .hasSize(2);

        KoersHttp page = KoersHttp.browser(port);
        page.login("medewerker", "koers");
        assertThat(page.get("/gesprekken").body()).contains("Wie je gesprekken heeft geopend", "Fatima El Amrani",
                "Voorbereiding: de POP");
    }

    private List<Map<String, Object>> linesAbout(UUID id) {
        return api("medewerker", "/api/me/access-log").read("$[?(@.conversation == '" + id + "')]");
    }

    @Test
    void deletingAConversationRemovesItsMessagesPopAndAccessLog() {
        UUID id = preparation("medewerker", "Weg: planner");
        conversations.share(id, user("medewerker"), true);
        api("leidinggevende", "/api/conversations/" + id + "/pop");
        assertThat(rows(id)).containsEntry("chat_message", 3L).containsEntry("pop_draft", 1L).containsEntry("access_log", 1L);

        HttpResponse<String> deleted = KoersHttp.api(port).send("DELETE", "/api/conversations/" + id, "",
                KoersHttp.basic("medewerker", "koers"));

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(rows(id)).containsOnly(Map.entry("conversation", 0L), Map.entry("chat_message", 0L),
                Map.entry("pop_draft", 0L), Map.entry("access_log", 0L));
    }

    @Test
    void theRetentionJobDeletesWhatNobodyTouchedFor24Months() {
        ZonedDateTime now = FixedClockConfiguration.NOW.atZone(java.time.ZoneId.of("Europe/Amsterdam"));
        UUID forgotten = preparation("medewerker", "Oud: vergeten");
        UUID recent = preparation("medewerker", "Oud: nog in gebruik");
        UUID popEditedLately = preparation("medewerker", "Oud: POP onlangs aangepast");
        touched(forgotten, now.minusMonths(24).minusDays(1).toInstant(), now.minusMonths(25).toInstant());
        touched(recent, now.minusMonths(23).toInstant(), now.minusMonths(23).toInstant());
        touched(popEditedLately, now.minusMonths(30).toInstant(), now.minusMonths(2).toInstant());

        int deleted = retention.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(rows(forgotten)).containsOnly(Map.entry("conversation", 0L), Map.entry("chat_message", 0L),
                Map.entry("pop_draft", 0L), Map.entry("access_log", 0L));
        assertThat(rows(recent)).containsEntry("conversation", 1L);
        assertThat(rows(popEditedLately)).as("a POP edit counts as a touch").containsEntry("conversation", 1L);
        assertThat(retention.purge()).as("nothing left to delete").isZero();
    }

    private void touched(UUID id, Instant conversation, Instant pop) {
        jdbc.sql("UPDATE conversation SET updated_at = :at WHERE id = :id").param("at", JdbcTimes.utc(conversation))
                .param("id", id).update();
        jdbc.sql("UPDATE pop_draft SET updated_at = :at WHERE conversation_id = :id").param("at", JdbcTimes.utc(pop))
                .param("id", id).update();
    }

    private Map<String, Long> rows(UUID id) {
        return Map.of(
                "conversation", count("SELECT COUNT(*) FROM conversation WHERE id = :id", id),
                "chat_message", count("SELECT COUNT(*) FROM chat_message WHERE conversation_id = :id", id),
                "pop_draft", count("SELECT COUNT(*) FROM pop_draft WHERE conversation_id = :id", id),
                "access_log", count("SELECT COUNT(*) FROM access_log WHERE conversation_id = :id", id));
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void thePageOffersTheExportAsADownload() {
        preparation("medewerker", "Download: planner");
        KoersHttp page = KoersHttp.browser(port);
        page.login("medewerker", "koers");

        HttpResponse<String> download = page.get("/mijn-gegevens.json");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment", "koers-gegevens-medewerker.json"));
        assertThat(download.body()).contains("\"username\" : \"medewerker\"", "Download: planner");
    }
}
