package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A yes that carries its own content: the next goal named in the same breath. */
class YesNoContentTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ja, ik wil ook mijn heftruckcertificaat halen.          | ik wil ook mijn heftruckcertificaat halen.",
            "ja: beter Engels spreken met klanten                     | beter Engels spreken met klanten",
            "Nog één: leren werken met het nieuwe magazijnsysteem     | leren werken met het nieuwe magazijnsysteem",
            "nog eentje - zelf offertes maken                         | zelf offertes maken",
            "Ja graag, ik wil leren presenteren voor het team         | ik wil leren presenteren voor het team",
            "Ik wil ook mijn Excel-kennis opfrissen                   | Ik wil ook mijn Excel-kennis opfrissen",
            "Zeker, de BHV-cursus halen                               | de BHV-cursus halen",
            "Ja, eigenlijk nog één: de debiteuren zelf afsluiten      | de debiteuren zelf afsluiten"})
    void theWordsAfterTheYesAreTheContent(String said, String content) {
        assertThat(YesNo.parse(said)).contains(true);
        assertThat(YesNo.content(said)).contains(content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "Ja hoor!", "graag", "ja, nog eentje", "zeker weten", "jazeker", "nog een",
            "nee, ik wil ook niet meer", "nee dank je", "misschien later nog een cursus", "Ja, nog een kleiner doel.",
            "ja, een tweede doel graag", "Nog een doel"})
    void aBareYesOrAnythingElseHasNoContent(String said) {
        assertThat(YesNo.content(said)).isEmpty();
    }
}
