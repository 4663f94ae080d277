package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.pop.Resources;

class DutchAmountsTest {

    @ParameterizedTest(name = "{0} → € {1}")
    @CsvSource(delimiter = '|', value = {
            "€ 750               | 750",
            "€750                | 750",
            "750 euro            | 750",
            "750 Euro            | 750",
            "EUR 300,-           | 300",
            "€ 1.250,50          | 1250.50",
            "1.500 euro          | 1500",
            "€2500 voor de cursus| 2500",
            "ongeveer 99,95 euro | 99.95",
            "twee duizend euro   | 2000",
            "3 duizend euro      | 3000"})
    void readsEuros(String phrase, BigDecimal expected) {
        assertThat(DutchAmounts.euros(phrase)).hasValueSatisfying(euros -> assertThat(euros).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0} → {1} uur")
    @CsvSource(delimiter = '|', value = {
            "16 uur              | 16",
            "16 uren             | 16",
            "twee dagen          | 16",
            "2 dagen             | 16",
            "een dag             | 8",
            "een halve dag       | 4",
            "drie dagdelen       | 12",
            "anderhalve dag      | 12",
            "twee dagen en 4 uur | 20",
            "een week            | 40",
            "2,5 uur             | 2.5"})
    void readsHours(String phrase, BigDecimal expected) {
        if (expected == null) {
            assertThat(DutchAmounts.hours(phrase)).isEmpty();
        } else {
            assertThat(DutchAmounts.hours(phrase)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo(expected));
        }
    }

    @Test
    void resourcesKeepTheAnswerBesideTheNumbers() {
        Resources resources = DutchAmounts.resources("€ 750 voor de cursus en twee dagen studietijd");

        assertThat(resources.euros()).isEqualByComparingTo("750");
        assertThat(resources.hours()).isEqualByComparingTo("16");
        assertThat(resources.text()).isEqualTo("€ 750 voor de cursus en twee dagen studietijd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen budget", "weet ik nog niet", "70-20-10", "in 2027"})
    void noAmountWhereNoneIsSaid(String phrase) {
        assertThat(DutchAmounts.euros(phrase)).isEmpty();
        assertThat(DutchAmounts.hours(phrase)).isEmpty();
    }
}
