package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The question bank's placeholders: lower-case names in braces; every other brace is text. */
class PlaceholdersTest {

    @Test
    void findsOnlyLowerCaseNamesBetweenBraces() {
        assertThat(Placeholders.in("{medewerker}, wat wil je met {doel}? {Naam} {\"a\": 1} {} {doel}"))
                .containsExactly("medewerker", "doel", "doel");
    }

    @Test
    void fillsValuesAsTheyAreAndLeavesOtherBracesAlone() {
        String filled = GuidedTexts.fill("{medewerker} bespaart {bedrag} {per} jaar {\"a\": 1}",
                Map.of("medewerker", "Sanne", "bedrag", "$1 \\ {per}"));

        assertThat(filled).isEqualTo("Sanne bespaart $1 \\ {per}  jaar {\"a\": 1}");
    }
}
