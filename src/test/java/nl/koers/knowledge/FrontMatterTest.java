package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The facts and the expiry an article states in its front matter, and the Dutch errors for ones written wrong. */
class FrontMatterTest {

    private static final String HEAD = """
            ---
            id: slim
            titel: SLIM
            onderwerpen: [slim]
            doelgroep: [hr]
            bronnen: ["https://www.uitvoeringvanbeleidszw.nl/"]
            gecontroleerd: 2026-12-04
            """;

    @Test
    void readsFactsWithTheirYearAndSourceAndWhenTheFiguresExpire() throws KnowledgeFileException {
        FrontMatter meta = FrontMatter.split(HEAD + """
                geldig-tot: 2027-01-01
                feiten:
                  - tekst: "SLIM loopt tot
                      1 januari 2030."
                    jaar: 2024
                    bron: "https://zoek.officielebekendmakingen.nl/stcrt-2024-41822.html"
                  - tekst: De regeling betaalt geen cursusgeld.
                ---
                Tekst.
                """).frontMatter();

        assertThat(meta.validUntil()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(meta.facts()).containsExactly(
                new Fact("SLIM loopt tot 1 januari 2030.", 2024,
                        "https://zoek.officielebekendmakingen.nl/stcrt-2024-41822.html"),
                new Fact("De regeling betaalt geen cursusgeld.", null, null));
        assertThat(Fact.fromStored(meta.facts().getFirst().stored())).isEqualTo(meta.facts().getFirst());
    }

    @Test
    void anArticleWithoutFactsHasNoneAndNoExpiry() throws KnowledgeFileException {
        FrontMatter meta = FrontMatter.split(HEAD + "---\nTekst.\n").frontMatter();

        assertThat(meta.facts()).isEmpty();
        assertThat(meta.validUntil()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "feiten: SLIM loopt tot 2030                                    | veld 'feiten' moet een lijst zijn",
            "feiten: [{jaar: 2024}]                                         | feit 1 heeft geen 'tekst'",
            "feiten: [{tekst: a, jaar: vorig jaar}]                         | feit 1: 'jaar' is geen jaartal",
            "feiten: [{tekst: a}, {tekst: b, bron: rvo}]                    | feit 2: 'bron' is geen webadres",
            "geldig-tot: 2025-01-01                                         | 'geldig-tot' ligt vóór 'gecontroleerd'",
            "geldig-tot: volgend jaar                                       | veld 'geldig-tot' is geen datum"})
    void aWrongFactOrExpiryIsRefusedInDutch(String line, String message) {
        assertThatThrownBy(() -> FrontMatter.split(HEAD + line + "\n---\nTekst.\n"))
                .isInstanceOf(KnowledgeFileException.class).hasMessageContaining(message);
    }
}
