package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.koers.dialogue.Tips.Tip;
import nl.koers.knowledge.ArticleRenderer;
import nl.koers.knowledge.KnowledgeFixtures;

/** Koers's replies on the page: simple Markdown shown as such, nothing that could run or lead elsewhere. */
class MessageMarkdownTest {

    private final MessageMarkdown markdown = new MessageMarkdown(new ArticleRenderer());

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
}
