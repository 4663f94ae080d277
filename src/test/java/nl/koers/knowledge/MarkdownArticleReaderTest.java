package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownArticleReaderTest {

    @TempDir
    Path folder;

    private final MarkdownArticleReader reader = new MarkdownArticleReader();

    @Test
    void splitsAnArticleIntoSectionsThatKeepTitleHeadingAndFrontMatter() throws Exception {
        Path file = KnowledgeFiles.article(folder, "pop/smart.md", "smart", "SMART leerdoelen", """
                Een korte inleiding.

                ## Wat SMART betekent

                Specifiek, meetbaar, acceptabel, realistisch en tijdgebonden.

                ### Een voorbeeld

                Voor 1 maart kan ik zelf een offerte maken.

                ## Veelgemaakte fouten

                Te vaag: "beter communiceren".
                """);

        List<KnowledgeChunk> chunks = reader.read(file, "pop/smart.md");

        assertThat(chunks).extracting(KnowledgeChunk::heading)
                .containsExactly(null, "Wat SMART betekent", "Veelgemaakte fouten");
        assertThat(chunks).extracting(KnowledgeChunk::id).containsExactly("pop/smart.md#0", "pop/smart.md#1",
                "pop/smart.md#2");
        assertThat(chunks.get(0).text()).isEqualTo("Een korte inleiding.");
        assertThat(chunks.get(1).text()).startsWith("Wat SMART betekent\n\nSpecifiek")
                .contains("Een voorbeeld", "offerte maken").doesNotContain("###", "Veelgemaakte");
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.title()).isEqualTo("SMART leerdoelen");
            assertThat(chunk.source()).isEqualTo("pop/smart.md");
            assertThat(chunk.audience()).containsExactly("medewerker", "hr");
            assertThat(chunk.references()).containsExactly("https://example.org/bron");
            assertThat(chunk.checked()).isEqualTo(LocalDate.of(2026, 11, 22));
        });
    }

    @Test
    void sectionHeadingsAreReadAsCommonMarkReadsThem() throws Exception {
        Path file = KnowledgeFiles.article(folder, "a.md", "a", "A", """
                Titel
                =====

                ## Wat **SMART** betekent ##

                Specifiek en meetbaar.

                Veelgemaakte fouten
                -------------------

                Te vaag.
                """);

        List<KnowledgeChunk> chunks = reader.read(file, "a.md");

        assertThat(chunks).extracting(KnowledgeChunk::heading).containsExactly("Wat SMART betekent", "Veelgemaakte fouten");
        assertThat(chunks).extracting(KnowledgeChunk::text)
                .containsExactly("Wat SMART betekent\n\nSpecifiek en meetbaar.", "Veelgemaakte fouten\n\nTe vaag.");
    }

    @Test
    void headingsInsideCodeBlocksAreText() throws Exception {
        Path file = KnowledgeFiles.article(folder, "a.md", "a", "A", """
                ## Echt

                ```
                ## geen kop
                ```
                """);

        assertThat(reader.read(file, "a.md")).singleElement()
                .satisfies(chunk -> assertThat(chunk.text()).contains("## geen kop"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Zomaar tekst zonder front matter.                                   | geen front matter",
            "---\\nid: x\\n                                                       | niet afgesloten",
            "---\\n: [\\n---\\nTekst                                                | geen geldige YAML, regel 2",
            "---\\ntitel: T\\nonderwerpen: [a]\\ndoelgroep: [hr]\\nbronnen: [b]\\ngecontroleerd: 2026-01-01\\n---\\nTekst | veld 'id' ontbreekt",
            "---\\nid: x\\ntitel: T\\nonderwerpen: [a]\\ndoelgroep: [directie]\\nbronnen: [b]\\ngecontroleerd: 2026-01-01\\n---\\nTekst | onbekende doelgroep 'directie'",
            "---\\nid: x\\ntitel: T\\nonderwerpen: [a]\\ndoelgroep: [hr]\\nbronnen: []\\ngecontroleerd: 2026-01-01\\n---\\nTekst | 'bronnen' is leeg",
            "---\\nid: x\\ntitel: T\\nonderwerpen: [a]\\ndoelgroep: [hr]\\nbronnen: [b]\\ngecontroleerd: gisteren\\n---\\nTekst | geen datum",
            "---\\nid: x\\ntitel: T\\nonderwerpen: [a]\\ndoelgroep: [hr]\\nbronnen: [b]\\ngecontroleerd: 2026-01-01\\n---\\n   | geen tekst"})
    void explainsInDutchWhyAnArticleCannotBeIndexed(String content, String reason) throws IOException {
        Path file = KnowledgeFiles.write(folder, "kapot.md", content.replace("\\n", "\n"));

        assertThatThrownBy(() -> reader.read(file, "kapot.md"))
                .isInstanceOf(KnowledgeFileException.class)
                .hasMessageContaining(reason);
    }
}
