package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.koers.dialogue.Tips.Tip;
import nl.koers.knowledge.ArticleRenderer;
import nl.koers.knowledge.KnowledgeFixtures;
import nl.koers.knowledge.SourceRef;

/** Koers's replies on the page: simple Markdown shown as such, nothing that could run or lead elsewhere. */
class MessageMarkdownTest {

    /** 4 December 2026, 17:00 in Amsterdam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T16:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private final MessageMarkdown markdown = new MessageMarkdown(new ArticleRenderer(), "Meer weten:", CLOCK);

    @Test
    void aTipsListIsShownAsAList() {
        String html = markdown.html("Tip uit de kennisbank: Zo vind je je fonds:\n- Kijk in de cao.\n- Vraag het je accountant.");

        assertThat(html).contains("Tip uit de kennisbank: Zo vind je je fonds:</p>",
                "<ul><li>Kijk in de cao.</li><li>Vraag het je accountant.</li></ul>");
    }

    @Test
    void aTipFromTheKnowledgeBaseKeepsEveryItemOfItsList() {
        Tip tip = new KnowledgeTips(KnowledgeFixtures.bundledSearch())
                .tip("wat neem ik mee naar mijn loopbaangesprek", "medewerker", Set.of()).orElseThrow();
        long items = tip.text().lines().filter(line -> line.startsWith("- ")).count();

        String html = markdown.html("Tip uit de kennisbank: " + tip.text());

        assertThat(items).isGreaterThanOrEqualTo(2);
        assertThat(html).contains("<ul>").doesNotContain("- ");
        assertThat(html.split("<li>", -1)).hasSize((int) items + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Drie vragen:\\n1. Wat ging goed?\\n2. Wat kan beter?  | <ol><li>Wat ging goed?</li><li>Wat kan beter?</li></ol>
            Dit is *belangrijk* en **heel** belangrijk.         | Dit is <em>belangrijk</em> en <strong>heel</strong> belangrijk.
            Genoteerd.\\nDan de volgende vraag:                  | Genoteerd.<br />
            `| Vak | Uren |\\n|---|---|\\n| Excel | 8 |`         | <td>Excel</td>
            """)
    void simpleMarkdownIsShownAsWritten(String text, String shown) {
        assertThat(markdown.html(text.replace("\\n", "\n"))).contains(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `Genoteerd: <script>alert('x')</script> plannen`     | <script  | &lt;script&gt;
            `Genoteerd: <img src=x onerror=alert(1)>`            | <img     | &lt;img
            `Genoteerd: [klik hier](https://example.org/inloggen)` | <a     | klik hier
            `Genoteerd: [klik](javascript:alert(1))`             | javascript | klik
            `Genoteerd: ![foto](https://example.org/x.png)`      | <img     | foto
            `# Mijn functie`                                     | <h1      | # Mijn functie
            `    ingesprongen regel`                             | <pre     | ingesprongen regel
            `> geciteerd`                                        | <blockquote | &gt; geciteerd
            """)
    void whatCouldRunOrLeadElsewhereIsShownAsText(String text, String absent, String shown) {
        String html = markdown.html(text);

        assertThat(html).doesNotContain(absent).contains(shown);
    }

    @Test
    void theSourceListAtTheEndOfAReplyIsLeftToThePageWhichLinksIt() {
        String text = "SLIM betaalt tot 60% van de kosten. [1]\n\nMeer weten:\n- [1] SLIM-subsidie — Wat vergoedt SLIM?";
        List<SourceRef> sources = List.of(new SourceRef("SLIM-subsidie", "financiering/slim.md", "Wat vergoedt SLIM?"));

        assertThat(markdown.html(text, sources)).contains("SLIM betaalt tot 60% van de kosten. [1]")
                .doesNotContain("Meer weten");
        assertThat(markdown.html(text, List.of())).as("without sources the text is shown whole").contains("Meer weten");
    }

    @Test
    void aReplyThatGoesOnAfterItsSourcesKeepsAllOfIt() {
        String text = "Kort antwoord.\n\nMeer weten:\n- [1] Een artikel\n\nDan terug naar de vraag: wat wil je leren?";
        List<SourceRef> sources = List.of(new SourceRef("Een artikel", "a.md", null));

        assertThat(markdown.html(text, sources)).contains("Meer weten", "wat wil je leren?");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-04T08:05:00Z, 09:05",
            "2026-12-03T21:30:00Z, 3 dec 22:30",
            "2025-06-01T10:00:00Z, 1 jun 2025 12:00"})
    void aMessageTimeIsSaidAsPeopleSayIt(String at, String shown) {
        assertThat(markdown.time(Instant.parse(at))).isEqualTo(shown);
        assertThat(markdown.machineTime(Instant.parse(at))).startsWith(at.substring(0, 4));
    }
}
