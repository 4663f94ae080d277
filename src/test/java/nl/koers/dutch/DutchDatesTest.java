package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Real phrasings, read on Monday 23 November 2026. */
class DutchDatesTest {

    static final Clock MONDAY_23_NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    private final DutchDates dates = new DutchDates(MONDAY_23_NOVEMBER_2026);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "eind maart 2027                          | 2027-03-31",
            "eind maart                               | 2027-03-31",
            "Eind december                            | 2026-12-31",
            "einde van februari                       | 2027-02-28",
            "1 juni                                   | 2027-06-01",
            "1 juni 2028                              | 2028-06-01",
            "15 december                              | 2026-12-15",
            "Voor 1 juni wil ik de cursus af hebben    | 2027-06-01",
            "15-06-2027                               | 2027-06-15",
            "15/6/2027                                | 2027-06-15",
            "15-6-27                                  | 2027-06-15",
            "2027-06-15                               | 2027-06-15",
            "1-3                                      | 2027-03-01",
            "over drie maanden                        | 2027-02-23",
            "over 3 maanden                           | 2027-02-23",
            "binnen twee weken                        | 2026-12-07",
            "over een jaar                            | 2027-11-23",
            "over een half jaar                       | 2027-05-23",
            "over anderhalf jaar                      | 2028-05-23",
            "volgend kwartaal                         | 2027-03-31",
            "komend kwartaal                          | 2027-03-31",
            "dit kwartaal                             | 2026-12-31",
            "Q2 2027                                  | 2027-06-30",
            "tweede kwartaal                          | 2027-06-30",
            "voor de zomer                            | 2027-06-30",
            "voor de zomervakantie                    | 2027-06-30",
            "na de zomer                              | 2027-09-01",
            "voor de kerst                            | 2026-12-20",
            "eind dit jaar                            | 2026-12-31",
            "volgend jaar                             | 2027-12-31",
            "begin volgend jaar                       | 2027-01-31",
            "volgende maand                           | 2026-12-31",
            "begin april                              | 2027-04-01",
            "half mei                                 | 2027-05-15",
            "medio september 2027                     | 2027-09-15",
            "in maart                                 | 2027-03-31",
            "uiterlijk juni                           | 2027-06-30",
            "maart                                    | 2027-03-31",
            "3 mrt.                                   | 2027-03-03",
            "Q3 99999999999999999999                  | 2027-09-30",
            "eind maart́́́ 2027                   | 2027-03-31"})
    void readsTheDateMeant(String phrase, LocalDate expected) {
        assertThat(dates.parse(phrase)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"als het rustiger is", "zo snel mogelijk", "70-20-10", "31 februari", "13-13-2027",
            "geen idee", "", "ik wil meer met klanten werken", "over 99999999999999999999 dagen", "over 500 jaar"})
    void findsNoDateWhereNoneIsSaid(String phrase) {
        assertThat(dates.parse(phrase)).isEmpty();
    }

    @Test
    void readsSeveralDatesInOrder() {
        assertThat(dates.parseAll("we kijken 1 maart en eind juni terug, en daarna 15-09-2027"))
                .containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 15));
    }

    @Test
    void everyQuarterMeansTheNextFourQuarterEnds() {
        assertThat(dates.parseAll("elk kwartaal")).containsExactly(LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 30));
    }
}
