package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "ja", "nee" and neither, as people type them. */
class YesNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"ja", "Ja!", "jazeker", "graag", "ja, nog eentje", "zeker", "klopt", "oké", "Prima."})
    void yes(String answer) {
        assertThat(YesNo.parse(answer)).hasValue(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nee", "Nee.", "nee hoor", "liever niet", "nee, dat was het", "niet nodig", "dat was het"})
    void no(String answer) {
        assertThat(YesNo.parse(answer)).hasValue(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"misschien", "weet ik niet", "een cursus Excel", "janssen"})
    void neither(String answer) {
        assertThat(YesNo.parse(answer)).isEmpty();
    }
}
