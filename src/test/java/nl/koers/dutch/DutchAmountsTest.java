package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.pop.Resources;

/** Budget and time as people type them, read in the units they were given in. */
class DutchAmountsTest {

    @ParameterizedTest(name = "{0} → € {1}")
    @CsvSource(delimiter = '|', textBlock = """
            € 750                                         | 750
            €750                                          | 750
            750 euro                                      | 750
            750 Euro                                      | 750
            EUR 300,-                                     | 300
            € 1.250,50                                    | 1250.50
            1.500 euro                                    | 1500
            €2500 voor de cursus                          | 2500
            ongeveer 99,95 euro                           | 99.95
            twee duizend euro                             | 2000
            3 duizend euro                                | 3000
            Het examen kost 1.195,-                       | 1195
            € 649,00 incl. btw                            | 649.00
            ca. 450 euro                                  | 450
            max 1200 euro                                 | 1200
            ruim 300 eu                                   | 300
            euro 275                                      | 275
            € 12.500 voor de hele opleiding               | 12500
            vijfhonderd euro                              | 500
            zeshonderdvijftig euro voor het certificaat   | 650
            tweeduizend vijfhonderd euro                  | 2500
            vijf duizend euro                             | 5000
            duizend euro                                  | 1000
            drieduizend euro voor de leergang             | 3000
            2k                                            | 2000
            1,2k voor het examen                          | 1200
            1.5k                                          | 1500
            € 1,2 duizend                                 | 1200
            De cursus kost 900 bij de NCOI                | 900
            het opleidingsbudget is ongeveer 1800         | 1800
            tussen de 500 en 800 euro                     | 800
            400 à 600 euro                                | 600
            700-900 euro                                  | 900
            €350-€400 afhankelijk van de aanbieder        | 400
            van 250 tot 300 euro                          | 300
            training 900 euro en boeken 100 euro          | 1000
            € 0                                           | 0
            € 500 tot 2028                                | 500
            """)
    void readsEuros(String phrase, BigDecimal expected) {
        assertThat(DutchAmounts.euros(phrase)).hasValueSatisfying(euros -> assertThat(euros).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"in 2027", "budget 2027 volgt nog", "3 dagen", "70-20-10", "de 2e week van maart",
        "ik begin om 9 uur", "twintig procent", "50% van de kosten", "een cursus", "kost een vermogen",
        "vanaf 1 januari", "1-6-2027"})
    void noMoneyWhereNoneIsSaid(String phrase) {
        assertThat(DutchAmounts.euros(phrase)).isEmpty();
    }

    /** Expected hours, days and rate; empty cells for none. */
    @ParameterizedTest(name = "{0} → {1} uur, {2} dagen, per {3}")
    @CsvSource(delimiter = '|', textBlock = """
            16 uur                                        | 16   |      |
            16 uren                                       | 16   |      |
            2,5 uur                                       | 2.5  |      |
            anderhalf uur                                 | 1.5  |      |
            een uur of twee                               | 2    |      |
            een uurtje of drie per week                   | 3    |      | WEEK
            een half uur per dag                          | 2.5  |      | WEEK
            30 minuten per dag                            | 2.5  |      | WEEK
            een kwartier                                  | 0.25 |      |
            2u per week                                   | 2    |      | WEEK
            twee dagen                                    |      | 2    |
            2 dagen                                       |      | 2    |
            een dag                                       |      | 1    |
            een halve dag                                 |      | 0.5  |
            anderhalve dag                                |      | 1.5  |
            twee halve dagen                              |      | 1    |
            drie dagdelen                                 |      | 1.5  |
            een middag per week                           |      | 0.5  | WEEK
            elke vrijdagochtend                           |      | 0.5  | WEEK
            een week                                      |      | 5    |
            twee werkweken                                |      | 10   |
            drie studiedagen                              |      | 3    |
            twee dagen en 4 uur                           | 4    | 2    |
            2 dagen cursus + 6 uur zelfstudie             | 6    | 2    |
            2 à 3 dagen                                   |      | 3    |
            tussen de 10 en 15 uur                        | 15   |      |
            15-20 uur in totaal                           | 20   |      |
            2 uur per week                                | 2    |      | WEEK
            2 uur per week gedurende 10 weken             | 2    |      | WEEK
            tien weken lang 3 uur in de week              | 3    |      | WEEK
            wekelijks een dagdeel                         |      | 0.5  | WEEK
            elke week twee uur                            | 2    |      | WEEK
            4 uur per maand                               | 4    |      | MONTH
            een dag per maand, de komende 6 maanden       |      | 1    | MONTH
            maandelijks een studiedag                     |      | 1    | MONTH
            1 uur per dag                                 | 5    |      | WEEK
            twee keer per week een uur                    | 2    |      | WEEK
            2x per week anderhalf uur                     | 3    |      | WEEK
            ongeveer 40 uur, verspreid over 3 maanden     | 40   |      |
            ik start om 9 uur en heb 2 dagen nodig        |      | 2    |
            elke 2 weken een dag                          |      | 1    |
            2 dagen (16 uur)                              |      | 2    |
            2 dagen, ofwel 16 uur                         |      | 2    |
            De cursus duurt 8 weken, 3 uur per week       | 3    |      | WEEK
            """)
    void readsTimeInTheUnitGiven(String phrase, @Nullable BigDecimal hours, @Nullable BigDecimal days,
            Resources.@Nullable Per per) {
        Resources read = DutchAmounts.resources(phrase);

        assertThat(read.hours()).as("hours").satisfies(value -> same(value, hours));
        assertThat(read.days()).as("days").satisfies(value -> same(value, days));
        assertThat(read.per()).as("per").isEqualTo(per);
    }

    private static void same(@Nullable BigDecimal actual, @Nullable BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            € 900 en drie dagen opleiding                          | 900  |    | 3 |
            vijftienhonderd euro en een dag                        | 1500 |    | 1 |
            De training kost 1.350,- en ik heb 2 uur per week nodig | 1350 | 2  |   | WEEK
            Budget €1500, tijd: 1 dag per maand                    | 1500 |    | 1 | MONTH
            achthonderd euro, plus een middag per week             | 800  |    | 0.5 | WEEK
            de leergang is 2 dagen en kost €1.195 excl btw         | 1195 |    | 2 |
            50 euro per maand voor een online platform             | 50   |    |   | MONTH
            """)
    void readsMoneyAndTimeTogether(String phrase, BigDecimal euros, @Nullable BigDecimal hours,
            @Nullable BigDecimal days, Resources.@Nullable Per per) {
        Resources read = DutchAmounts.resources(phrase);

        assertThat(read.euros()).isEqualByComparingTo(euros);
        same(read.hours(), hours);
        same(read.days(), days);
        assertThat(read.per()).isEqualTo(per);
        assertThat(read.text()).isEqualTo(phrase);
    }

    @Test
    void resourcesKeepTheAnswerBesideTheNumbers() {
        Resources resources = DutchAmounts.resources("  € 750 voor de cursus en twee dagen studietijd ");

        assertThat(resources.euros()).isEqualByComparingTo("750");
        assertThat(resources.days()).isEqualByComparingTo("2");
        assertThat(resources.hours()).isNull();
        assertThat(resources.text()).isEqualTo("€ 750 voor de cursus en twee dagen studietijd");
    }

    @Test
    void aRoundAmountIsWrittenPlainlyNotAsAPowerOfTen() {
        assertThat(DutchAmounts.resources("2.000 euro").euros()).hasToString("2000");
        assertThat(DutchAmounts.resources("tweeduizend euro").euros()).hasToString("2000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"twee avonden", "een avond per week", "elke dinsdagavond", "drie lesavonden",
        "een weekend per maand", "tien lessen van twee uur", "300 euro en twee avonden"})
    void timeWithoutAFixedLengthIsNamedButNotTurnedIntoHours(String phrase) {
        DutchAmounts.Reading reading = DutchAmounts.read(phrase);

        assertThat(reading.understood()).isTrue();
        assertThat(reading.otherTime()).isTrue();
        assertThat(reading.resources().hasTime()).isFalse();
        assertThat(reading.resources().text()).isEqualTo(phrase);
    }

    @Test
    void anEveningRateKeepsItsRate() {
        assertThat(DutchAmounts.resources("een avond per week").per()).isEqualTo(Resources.Per.WEEK);
        assertThat(DutchAmounts.resources("300 euro en twee avonden").euros()).isEqualByComparingTo("300");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"een paar uur per week", "een paar honderd euro", "enkele dagen", "wat uren in de week",
        "een aantal avonden", "meerdere dagdelen", "500 euro en een paar dagen"})
    void aVagueCountInventsNoAmount(String phrase) {
        DutchAmounts.Reading reading = DutchAmounts.read(phrase);

        assertThat(reading.vague()).isTrue();
        assertThat(reading.understood()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"geen budget", "weet ik nog niet", "70-20-10", "in 2027", "dat regelt HR",
        "in de avonduren", "om 9 uur", "van 9 tot 12 uur", "over drie maanden", "1.000.000.000 euro"})
    void noAmountWhereNoneIsSaid(String phrase) {
        DutchAmounts.Reading reading = DutchAmounts.read(phrase);

        assertThat(reading.understood()).isFalse();
        assertThat(reading.resources().euros()).isNull();
        assertThat(reading.resources().hasTime()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"niets", "Niks.", "nee hoor", "n.v.t.", "niets, ik doe het in de avonduren",
        "geen budget nodig, gewoon onder werktijd", "Geen, het is een interne training", "niks, doe ik in mijn eigen tijd",
        "helemaal niets", "geen extra kosten want het is e-learning", "nee, dat betaalt de zaak"})
    void nothingNeededWithOrWithoutItsReason(String phrase) {
        assertThat(DutchAmounts.nothingNeeded(phrase)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"niets behalve 300 euro voor boeken", "geen geld maar wel tijd", "niets, alleen de boeken",
        "geen idee", "geen cursus maar een boek", "niksen", "nog geen budget bekend", "300 euro"})
    void notNothingWhenWhatFollowsTakesItBack(String phrase) {
        assertThat(DutchAmounts.nothingNeeded(phrase)).isFalse();
    }

    @Test
    void zeroEurosSaysNothingIsNeeded() {
        assertThat(DutchAmounts.read("€ 0,-").zero()).isTrue();
        assertThat(DutchAmounts.read("0 euro en 2 dagen").zero()).isFalse();
    }
}
