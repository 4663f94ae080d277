package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.TestTeam;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;
import nl.koers.pop.Pop;
import nl.koers.pop.PopDocuments;
import nl.koers.pop.PopDraftRepository;
import nl.koers.pop.PopFixtures;

/**
 * A full POP (every part, goals with actions, money and time, progress, funding, checks, who said what, akkoord of
 * both) and an empty one (a conversation just started) through every template that shows a POP: the POP page as
 * each person sees it, its edit form, the chat's POP preview, the PDF's HTML and the PDF's text, and the Markdown.
 * None may show template syntax that was not worked out: an expression, a message key, an elvis, an empty literal,
 * a {@code null} or an {@code Optional}.
 */
@KoersIntegrationTest
class PopTemplateSyntaxTest {

    /** Template syntax in the source of a page: attributes and expressions Thymeleaf should have replaced. */
    private static final Map<String, Pattern> IN_SOURCE = markers(Map.of("an expression", "[$#*@]\\{",
            "a th: attribute", "\\bth:", "an unresolved message (??key??)", "\\?\\?", "an elvis", "\\?:",
            "an Optional", "Optional\\["));
    /** And in what people read: the text, attribute values, the PDF's words, the Markdown. */
    private static final Map<String, Pattern> IN_TEXT = markers(Map.of("an empty literal", "''", "null",
            "\\bnull\\b", "a literal substitution (|…|)", "\\|[^|\\n]*\\|"));

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PopDraftRepository drafts;

    @Autowired
    ConversationStore store;

    @Autowired
    PopDocuments documents;

    @Autowired
    JsonMapper json;

    KoersUser employee;
    KoersUser leader;

    @BeforeEach
    void people() {
        TestTeam team = TestTeam.fresh(users, passwords, "syn", "Fatima El Amrani", "Sanne de Vries");
        leader = team.leader();
        employee = team.employee();
    }

    @Test
    void aFullAndAnEmptyPopLeaveNoTemplateSyntaxAnywhere() throws IOException {
        String full = new ConversationClient(port, leader.username()).start("GESPREK", employee.username()).read("$.id");
        PopFixtures.store(drafts, json, UUID.fromString(full), PopFixtures.full(employee.displayName(),
                leader.displayName()), FixedClockConfiguration.NOW);
        KoersHttp sanne = signedIn(employee);
        KoersHttp fatima = signedIn(leader);
        accept(sanne, full);
        accept(fatima, full);
        String empty = new ConversationClient(port, employee.username()).start("VOORBEREIDING", null).read("$.id");

        Map<String, String> renderings = new LinkedHashMap<>();
        for (String id : List.of(full, empty)) {
            String which = id.equals(full) ? "full POP, " : "empty POP, ";
            String base = "/gesprekken/" + id;
            renderings.put(which + "POP page of the employee", page(sanne, base + "/pop"));
            renderings.put(which + "edit form", page(sanne, base + "/pop/bewerken"));
            renderings.put(which + "chat preview", preview(page(sanne, base)));
            Pop pop = store.popWithDerived(UUID.fromString(id)).orElseThrow();
            renderings.put(which + "PDF's HTML", documents.html(pop));
            renderings.put(which + "PDF's text", pdfText(id, id.equals(full)));
            renderings.put(which + "Markdown", page(sanne, base + "/pop.md"));
        }
        renderings.put("full POP, POP page of the leader", page(fatima, "/gesprekken/" + full + "/pop"));
        renderings.put("full POP, chat preview of the leader", preview(page(fatima, "/gesprekken/" + full)));

        assertThat(renderings.get("full POP, POP page of the employee")).as("the full POP is shown in full").contains(
                "Liefst bij de eigen vestiging", "€ 450, 2 dagen", "€ 600, 16 uur", "Ik lees me in over inkoop",
                "Op de inkoopafdeling", "De inkoopmanager als coach", "Leren van anderen (20)", "Bijgesteld",
                "Vraag HR naar het opleidingsbudget", "Wie zei wat", "<svg",
                "4 acties: 2 in het werk (50%), 1 van anderen (25%), 1 formeel (25%); richtlijn 70-20-10.");
        assertThat(renderings.get("full POP, PDF's text")).contains("€ 450, 2 dagen", "€ 600, 16 uur",
                "Leidinggevende: Fatima El Amrani", "Akkoord op 23 november 2026");
        assertThat(renderings.get("empty POP, POP page of the employee")).contains("Nog geen doelen.",
                "Nog geen acties met een leervorm").doesNotContain("<svg");
        List<String> found = new ArrayList<>();
        renderings.forEach((where, rendered) -> found.addAll(leftovers(where, rendered)));
        assertThat(found).as("template syntax left in a rendering").isEmpty();
    }

    /** What was left, as "where: what in «context»", each marker once per rendering. */
    static List<String> leftovers(String where, String rendered) {
        boolean markdown = where.endsWith("Markdown");
        boolean html = !markdown && !where.endsWith("PDF's text");
        List<String> found = new ArrayList<>();
        IN_SOURCE.forEach((what, marker) -> find(found, where, what, marker, rendered));
        List<String> read = new ArrayList<>();
        if (html) {
            read.add(HtmlUtils.htmlUnescape(rendered.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", "\n")));
            Matcher attribute = Pattern.compile("\\s[\\w:-]+=\"([^\"]*)\"").matcher(rendered);
            while (attribute.find()) {
                read.add(HtmlUtils.htmlUnescape(attribute.group(1)));
            }
        } else if (markdown) {
            // a table row is "| a | b |" by design; its cells are read one by one
            rendered.lines().forEach(line -> read.addAll(line.startsWith("|") ? List.of(line.split("\\|")) : List.of(line)));
        } else {
            read.add(rendered);
        }
        IN_TEXT.forEach((what, marker) -> read.forEach(text -> find(found, where, what, marker, text)));
        return found.stream().distinct().toList();
    }

    private static void find(List<String> found, String where, String what, Pattern marker, String text) {
        Matcher matcher = marker.matcher(text);
        if (matcher.find()) {
            int from = Math.max(0, matcher.start() - 40);
            found.add(where + ": " + what + " in «" + text.substring(from, Math.min(text.length(), matcher.end() + 40))
                    .replaceAll("\\s+", " ") + "»");
        }
    }

    private static Map<String, Pattern> markers(Map<String, String> regexes) {
        Map<String, Pattern> markers = new LinkedHashMap<>();
        regexes.forEach((what, regex) -> markers.put(what, Pattern.compile(regex)));
        return markers;
    }

    private KoersHttp signedIn(KoersUser user) {
        KoersHttp browser = KoersHttp.browser(port);
        assertThat(browser.login(user.username(), "koers").statusCode()).isEqualTo(302);
        return browser;
    }

    private static void accept(KoersHttp person, String id) {
        String page = page(person, "/gesprekken/" + id + "/pop");
        HttpResponse<String> accepted = person.postForm("/gesprekken/" + id + "/pop/akkoord",
                Map.of("_csrf", KoersHttp.csrfToken(page)));
        assertThat(accepted.statusCode()).isEqualTo(302);
    }

    private static String page(KoersHttp person, String path) {
        HttpResponse<String> response = person.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The chat page's POP preview, from its opening to the end of its aside. */
    private static String preview(String chat) {
        int start = chat.indexOf("id=\"pop-voorbeeld\"");
        assertThat(start).as("the chat page has its POP preview").isNotNegative();
        return chat.substring(start, chat.indexOf("</aside>", start));
    }

    /** The PDF's words, as PDFBox reads them; the full POP's first page is kept as an image to look at. */
    private String pdfText(String id, boolean keepFirstPage) throws IOException {
        HttpResponse<byte[]> pdf = download("/api/conversations/" + id + "/pop.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            if (keepFirstPage) {
                Path image = Path.of("target/screenshots/pop-pdf-page-1.png");
                Files.createDirectories(image.getParent());
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", image.toFile());
            }
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .headers(KoersHttp.basic(employee.username(), "koers")).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
