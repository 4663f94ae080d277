package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real phrasings, read on several days: Monday 23 November 2026 (the project's fixed clock), Tuesday 1 December 2026
 * (the evaluation's), Wednesday 10 March 2027 (in spring, before Easter), Friday 20 August 2027 (late in summer, in
 * ISO week 33) and Tuesday 28 December 2027 (in the Christmas holidays), so that the choice of year is shown to
 * follow today and not a fixed year.
 */
class DutchDatesTest {

    static final Clock MONDAY_23_NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    private final DutchDates dates = new DutchDates(MONDAY_23_NOVEMBER_2026);

    static DutchDates on(LocalDate today) {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        return new DutchDates(Clock.fixed(today.atTime(9, 0).atZone(amsterdam).toInstant(), amsterdam));
    }

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
            "voor de zomervakantie                    | 2027-07-09",
            "na de zomer                              | 2027-09-01",
            "voor de kerst                            | 2026-12-18",
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
            "in het najaar                            | 2027-11-30",
            "Q3 99999999999999999999                  | 2027-09-30",
            "eind maart́́́ 2027                   | 2027-03-31"})
    void readsTheDateMeant(String phrase, LocalDate expected) {
        assertThat(dates.parse(phrase)).hasValue(expected);
    }

    /** Deadlines as people type them, on several days: "today | what was said | the deadline". */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // seasons: the meteorological ones, summer being the holiday months; the one "in" which is mostly ahead
            "2026-12-01 | ergens in het voorjaar                          | 2027-05-31",
            "2026-12-01 | in de lente                                     | 2027-05-31",
            "2026-12-01 | in de herfst                                    | 2027-11-30",
            "2026-12-01 | deze winter                                     | 2027-02-28",
            "2026-12-01 | ik denk in de zomer                             | 2027-08-31",
            "2026-12-01 | volgend voorjaar                                | 2027-05-31",
            "2026-12-01 | aan het eind van de zomer                       | 2027-08-31",
            "2027-03-10 | in het voorjaar                                 | 2027-05-31",
            "2027-03-10 | volgend voorjaar                                | 2028-05-31",
            "2027-08-20 | in het najaar                                   | 2027-11-30",
            "2027-08-20 | voor de zomer                                   | 2028-06-30",
            "2027-08-20 | na de zomer                                     | 2027-09-01",
            "2027-08-20 | deze zomer nog                                  | 2027-08-31",
            "2027-08-20 | in de zomer                                     | 2028-08-31",
            "2027-08-20 | volgende zomer                                  | 2028-08-31",
            "2027-12-28 | in de winter                                    | 2028-02-29",
            "2027-08-20 | ergens in het voorjaar van 2029                 | 2029-05-31",
            // months and their parts; a month without a year is the next to come
            "2026-12-01 | uiterlijk eind mei                              | 2027-05-31",
            "2026-12-01 | Ik wil het eind juni af hebben                  | 2027-06-30",
            "2026-12-01 | medio maart                                     | 2027-03-15",
            "2026-12-01 | midden april                                    | 2027-04-15",
            "2026-12-01 | half juni 2027                                  | 2027-06-15",
            "2026-12-01 | begin oktober                                   | 2027-10-01",
            "2026-12-01 | in het begin van maart                          | 2027-03-01",
            "2026-12-01 | ergens in juli                                  | 2027-07-31",
            "2026-12-01 | voor maart                                      | 2027-02-28",
            "2026-12-01 | vanaf april                                     | 2027-04-01",
            "2026-12-01 | na maart                                        | 2027-04-01",
            "2026-12-01 | oktober volgend jaar                            | 2027-10-31",
            "2026-12-01 | in mei volgend jaar                             | 2027-05-31",
            "2026-12-01 | begin maart volgend jaar                        | 2027-03-01",
            "2026-12-01 | volgend jaar in juni                            | 2027-06-30",
            "2026-12-01 | in september van volgend jaar                   | 2027-09-30",
            "2026-12-01 | juni 2028                                       | 2028-06-30",
            "2027-03-10 | in maart                                        | 2027-03-31",
            "2027-03-10 | begin maart                                     | 2028-03-01",
            "2027-03-10 | half maart                                      | 2027-03-15",
            "2027-08-20 | september volgend jaar                          | 2028-09-30",
            "2027-08-20 | eind augustus                                   | 2027-08-31",
            "2027-08-20 | begin augustus                                  | 2028-08-01",
            "2027-08-20 | in maart                                        | 2028-03-31",
            "2027-12-28 | in januari                                      | 2028-01-31",
            // days
            "2026-12-01 | vóór 15 maart                                   | 2027-03-15",
            "2026-12-01 | Uiterlijk 1-9                                   | 2027-09-01",
            "2026-12-01 | de 10e van januari                              | 2027-01-10",
            "2026-12-01 | per 1 april                                     | 2027-04-01",
            "2026-12-01 | uiterlijk vrijdag 12 februari                   | 2027-02-12",
            "2027-08-20 | 1 juni                                          | 2028-06-01",
            "2027-08-20 | 20 augustus                                     | 2027-08-20",
            "2027-08-20 | voor 1 januari                                  | 2028-01-01",
            "2027-03-10 | 29 februari                                     | 2028-02-29",
            // years
            "2026-12-01 | medio 2028                                      | 2028-07-01",
            "2026-12-01 | mid-2027                                        | 2027-07-01",
            "2026-12-01 | halverwege volgend jaar                         | 2027-07-01",
            "2026-12-01 | eind van volgend jaar                           | 2027-12-31",
            "2026-12-01 | voor het einde van dit jaar                     | 2026-12-31",
            "2026-12-01 | ergens eind van het jaar                        | 2026-12-31",
            "2026-12-01 | begin 2028                                      | 2028-01-31",
            "2026-12-01 | in 2028                                         | 2028-12-31",
            "2026-12-01 | voor 2028                                       | 2027-12-31",
            "2026-12-01 | 2028                                            | 2028-12-31",
            "2027-08-20 | medio volgend jaar                              | 2028-07-01",
            "2027-08-20 | eind dit jaar                                   | 2027-12-31",
            "2027-12-28 | begin volgend jaar                              | 2028-01-31",
            // quarters
            "2026-12-01 | Q1                                              | 2027-03-31",
            "2026-12-01 | nog in Q4                                       | 2026-12-31",
            "2026-12-01 | in het tweede kwartaal van 2027                 | 2027-06-30",
            "2026-12-01 | eind Q2 2027                                    | 2027-06-30",
            "2026-12-01 | begin Q2                                        | 2027-04-30",
            "2026-12-01 | voor Q3                                         | 2027-06-30",
            "2026-12-01 | 3e kwartaal volgend jaar                        | 2027-09-30",
            "2027-08-20 | Q3                                              | 2027-09-30",
            "2027-08-20 | Q2                                              | 2028-06-30",
            "2027-12-28 | Q1                                              | 2028-03-31",
            // ISO weeks: the Friday; a week gone by this year is next year's
            "2026-12-01 | wk 20                                           | 2027-05-21",
            "2026-12-01 | in week 50                                      | 2026-12-11",
            "2026-12-01 | week 49                                         | 2026-12-04",
            "2026-12-01 | week 48                                         | 2027-12-03",
            "2026-12-01 | week 53                                         | 2027-01-01",
            "2026-12-01 | in week 12 van 2028                             | 2028-03-24",
            "2026-12-01 | weeknummer 7                                    | 2027-02-19",
            "2027-08-20 | week 34                                         | 2027-08-27",
            "2027-08-20 | week 12                                         | 2028-03-24",
            "2027-12-28 | week 52                                         | 2027-12-31",
            "2027-12-28 | week 1                                          | 2028-01-07",
            // holidays and school holidays
            "2026-12-01 | voor de kerstvakantie                           | 2026-12-18",
            "2026-12-01 | rond de kerst                                   | 2026-12-24",
            "2026-12-01 | met kerst                                       | 2026-12-24",
            "2026-12-01 | na de kerstvakantie                             | 2027-01-04",
            "2026-12-01 | na de feestdagen                                | 2027-01-04",
            "2026-12-01 | voor de meivakantie                             | 2027-04-23",
            "2026-12-01 | na de meivakantie                               | 2027-05-03",
            "2026-12-01 | voor de herfstvakantie                          | 2027-10-15",
            "2026-12-01 | na de herfstvakantie                            | 2027-11-01",
            "2026-12-01 | voor de voorjaarsvakantie                       | 2027-02-12",
            "2026-12-01 | na de krokusvakantie                            | 2027-03-08",
            "2026-12-01 | voor Pasen                                      | 2027-03-25",
            "2026-12-01 | na Pasen                                        | 2027-03-30",
            "2026-12-01 | met Pasen                                       | 2027-03-28",
            "2026-12-01 | rond Koningsdag                                 | 2027-04-27",
            "2026-12-01 | voor Koningsdag                                 | 2027-04-26",
            "2026-12-01 | op bevrijdingsdag                               | 2027-05-05",
            "2026-12-01 | voor Hemelvaart                                 | 2027-05-05",
            "2026-12-01 | na Pinksteren                                   | 2027-05-18",
            "2026-12-01 | voor oud en nieuw                               | 2026-12-31",
            "2026-12-01 | voor Sinterklaas                                | 2026-12-04",
            "2026-12-01 | rond de zomervakantie                           | 2027-07-10",
            "2026-12-01 | na de zomervakantie                             | 2027-09-06",
            "2026-12-01 | Als het kan voor de zomervakantie, anders later | 2027-07-09",
            "2026-12-01 | voor de bouwvak                                 | 2027-07-16",
            "2026-12-01 | begin van de zomervakantie                      | 2027-07-10",
            "2026-12-01 | aan het eind van de zomervakantie               | 2027-09-05",
            "2027-08-20 | voor de kerst                                   | 2027-12-24",
            "2027-08-20 | voor Pasen                                      | 2028-04-13",
            "2027-08-20 | rond de zomervakantie                           | 2028-07-08",
            "2027-08-20 | na de zomervakantie                             | 2027-09-06",
            "2027-08-20 | voor de herfstvakantie                          | 2027-10-15",
            "2027-08-20 | Koningsdag                                      | 2028-04-27",
            "2027-03-10 | voor Pasen                                      | 2027-03-25",
            "2027-03-10 | voor de meivakantie                             | 2027-04-23",
            "2027-12-28 | voor de kerst                                   | 2028-12-22",
            "2027-12-28 | na de kerstvakantie                             | 2028-01-10",
            "2027-12-28 | voor de jaarwisseling                           | 2027-12-31",
            // spans from today
            "2026-12-01 | over zes weken                                  | 2027-01-12",
            "2026-12-01 | binnen twee maanden                             | 2027-02-01",
            "2026-12-01 | over een jaar of twee                           | 2028-12-01",
            "2026-12-01 | over een week of zes                            | 2027-01-12",
            "2026-12-01 | over een maandje of drie                        | 2027-03-01",
            "2026-12-01 | over twee jaar                                  | 2028-12-01",
            "2026-12-01 | binnen een half jaar                            | 2027-06-01",
            "2026-12-01 | binnen een halfjaar                             | 2027-06-01",
            "2026-12-01 | over ongeveer drie maanden                      | 2027-03-01",
            "2026-12-01 | binnen een jaar                                 | 2027-12-01",
            "2026-12-01 | binnen het jaar                                 | 2027-12-01",
            "2026-12-01 | in het komende halfjaar                         | 2027-06-01",
            "2026-12-01 | de komende drie maanden                         | 2027-03-01",
            "2026-12-01 | binnen nu en vier maanden                       | 2027-04-01",
            "2026-12-01 | over twee kwartalen                             | 2027-06-01",
            "2027-08-20 | over drie maanden                               | 2027-11-20",
            "2027-08-20 | binnen een half jaar                            | 2028-02-20",
            "2027-08-20 | over anderhalf jaar                             | 2029-02-20",
            "2027-08-20 | over een week of zes                            | 2027-10-01",
            "2027-03-10 | over twee maanden                               | 2027-05-10",
            // this and next week or month
            "2026-12-01 | morgen                                          | 2026-12-02",
            "2026-12-01 | volgende week                                   | 2026-12-11",
            "2026-12-01 | deze week nog                                   | 2026-12-04",
            "2026-12-01 | eind volgende maand                             | 2027-01-31",
            "2026-12-01 | eind van deze maand                             | 2026-12-31",
            // two dates: the first, or for "tussen … en …" the later
            "2026-12-01 | tussen maart en mei                             | 2027-05-31",
            "2026-12-01 | tussen de zomer en de kerst                     | 2027-12-24",
            "2026-12-01 | eind maart, of anders begin april               | 2027-03-31"})
    void readsTheDeadlineMeantOnTheDayItIsSaid(LocalDate today, String phrase, LocalDate expected) {
        assertThat(on(today).parse(phrase)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"als het rustiger is", "zo snel mogelijk", "70-20-10", "31 februari", "13-13-2027",
            "geen idee", "", "ik wil meer met klanten werken", "over 99999999999999999999 dagen", "over 500 jaar",
            "elk kwartaal", "maandelijks", "om de zes weken", "twee keer per jaar", "week 54", "overleggen met jan",
            "1-2 dagen per week", "sinds 2019 werk ik hier", "in het jaar dat ik begon", "de komende maanden",
            "een zomerschool volgen", "het kerstpakket regelen", "winterbanden bestellen", "een halve dag",
            "ik werk hier al 3 jaar", "als mijn leidinggevende tijd heeft"})
    void findsNoDateWhereNoneIsSaid(String phrase) {
        assertThat(dates.parse(phrase)).isEmpty();
    }

    @Test
    void readsSeveralDatesInOrder() {
        assertThat(dates.parseAll("we kijken 1 maart en eind juni terug, en daarna 15-09-2027"))
                .containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 15));
    }

    /**
     * Reviews said one by one: "today | what was said | the dates". A period gives its middle; each later date
     * comes after the one before, unless that runs past the coming year.
     */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-01 | in mei en in november                       | 2027-05-15 2027-11-15",
            "2026-12-01 | in februari, juni en oktober                | 2027-02-15 2027-06-15 2027-10-15",
            "2026-12-01 | in maart en in september, en in december    | 2027-03-15 2027-09-15 2027-12-15",
            "2026-12-01 | eind januari en eind juli                   | 2027-01-31 2027-07-31",
            "2026-12-01 | begin maart en begin september              | 2027-03-01 2027-09-01",
            "2026-12-01 | in december en in juni                      | 2026-12-15 2027-06-15",
            "2026-12-01 | half januari, half april en half juli       | 2027-01-15 2027-04-15 2027-07-15",
            "2026-12-01 | week 10 en week 30                          | 2027-03-10 2027-07-28",
            "2026-12-01 | over drie maanden en over negen maanden     | 2027-03-01 2027-09-01",
            "2026-12-01 | na de zomervakantie en voor de kerst        | 2027-09-06 2027-12-24",
            "2026-12-01 | in het voorjaar en in het najaar            | 2027-04-15 2027-10-15",
            "2026-12-01 | Q1 en Q3                                    | 2027-02-15 2027-08-15",
            "2026-12-01 | 1 maart en 1 september                      | 2027-03-01 2027-09-01",
            "2026-12-01 | 15-03-2027 en 15-09-2027                    | 2027-03-15 2027-09-15",
            "2026-12-01 | over een half jaar                          | 2027-06-01",
            "2026-12-01 | medio maart                                 | 2027-03-15",
            "2027-08-20 | in april en in oktober                      | 2027-10-15 2028-04-15",
            "2027-08-20 | in maart en in september, en in december    | 2027-09-15 2027-12-15 2028-03-15",
            "2027-08-20 | half september en half maart                | 2027-09-15 2028-03-15",
            "2027-08-20 | in januari en in juli                       | 2028-01-15 2028-07-15",
            "2027-12-28 | in januari en in juni                       | 2028-01-15 2028-06-15"})
    void readsReviewDatesInTurn(LocalDate today, String phrase, String expected) {
        DutchDates.Reviews reviews = on(today).reviews(phrase);

        assertThat(reviews.dates()).containsExactlyElementsOf(days(expected));
        assertThat(reviews.every()).isNull();
    }

    /** A rhythm: "today | what was said | its step | how many dates | the first | the last". */
    @ParameterizedTest(name = "{0}: {1} → every {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-01 | ieder kwartaal                              | P3M  | 4  | 2027-03-01 | 2027-12-01",
            "2026-12-01 | één keer per kwartaal                       | P3M  | 4  | 2027-03-01 | 2027-12-01",
            "2026-12-01 | elke maand een kort gesprek met mijn chef    | P1M  | 12 | 2027-01-01 | 2027-12-01",
            "2026-12-01 | eens per maand                              | P1M  | 12 | 2027-01-01 | 2027-12-01",
            "2026-12-01 | om de twee maanden                          | P2M  | 6  | 2027-02-01 | 2027-12-01",
            "2026-12-01 | tweemaandelijks                             | P2M  | 6  | 2027-02-01 | 2027-12-01",
            "2026-12-01 | elke 8 weken                                | P56D | 6  | 2027-01-26 | 2027-11-02",
            "2026-12-01 | eens in de zes weken                        | P42D | 8  | 2027-01-12 | 2027-11-02",
            "2026-12-01 | elke vier weken                             | P28D | 13 | 2026-12-29 | 2027-11-30",
            "2026-12-01 | twee keer per jaar                          | P6M  | 2  | 2027-06-01 | 2027-12-01",
            "2026-12-01 | 2 gesprekken per jaar                       | P6M  | 2  | 2027-06-01 | 2027-12-01",
            "2026-12-01 | 3x per jaar                                 | P4M  | 3  | 2027-04-01 | 2027-12-01",
            "2026-12-01 | vier keer per jaar                          | P3M  | 4  | 2027-03-01 | 2027-12-01",
            "2026-12-01 | een keer of drie per jaar                   | P4M  | 3  | 2027-04-01 | 2027-12-01",
            "2026-12-01 | halfjaarlijks                               | P6M  | 2  | 2027-06-01 | 2027-12-01",
            "2026-12-01 | om het half jaar                            | P6M  | 2  | 2027-06-01 | 2027-12-01",
            "2026-12-01 | ieder halfjaar                              | P6M  | 2  | 2027-06-01 | 2027-12-01",
            "2026-12-01 | jaarlijks                                   | P1Y  | 1  | 2027-12-01 | 2027-12-01",
            "2026-12-01 | driemaandelijks                             | P3M  | 4  | 2027-03-01 | 2027-12-01",
            // more often than monthly is a one-to-one, not a POP review: read as monthly
            "2026-12-01 | elke week                                   | P1M  | 12 | 2027-01-01 | 2027-12-01",
            "2026-12-01 | wekelijks                                   | P1M  | 12 | 2027-01-01 | 2027-12-01",
            "2026-12-01 | om de twee weken                            | P1M  | 12 | 2027-01-01 | 2027-12-01",
            "2026-12-01 | 1-2 keer per maand                          | P1M  | 12 | 2027-01-01 | 2027-12-01",
            "2026-12-01 | elke eerste maandag van de maand            | P1M  | 12 | 2027-01-01 | 2027-12-01",
            // a rhythm with where it starts
            "2026-12-01 | elk kwartaal, de eerste in maart            | P3M  | 4  | 2027-03-15 | 2027-12-15",
            "2026-12-01 | elk kwartaal, te beginnen in februari       | P3M  | 4  | 2027-02-15 | 2027-11-15",
            "2026-12-01 | maandelijks vanaf maart                     | P1M  | 12 | 2027-03-01 | 2028-02-01",
            "2026-12-01 | over twee maanden en daarna elk kwartaal    | P3M  | 4  | 2027-02-01 | 2027-11-01",
            // other days
            "2027-08-20 | elk kwartaal                                | P3M  | 4  | 2027-11-20 | 2028-08-20",
            "2027-08-20 | maandelijks                                 | P1M  | 12 | 2027-09-20 | 2028-08-20",
            "2027-12-28 | elk kwartaal                                | P3M  | 4  | 2028-03-28 | 2028-12-28",
            "2026-11-23 | om de zes weken                             | P42D | 8  | 2027-01-04 | 2027-10-25"})
    void readsARhythmAsTheComingYearOfReviewsAndItsStep(LocalDate today, String phrase, Period every, int count,
            LocalDate first, LocalDate last) {
        DutchDates.Reviews reviews = on(today).reviews(phrase);

        assertThat(reviews.every()).isEqualTo(every);
        assertThat(reviews.dates()).hasSize(count).startsWith(DutchDates.workday(first))
                .endsWith(DutchDates.workday(last)).isSorted();
        for (int i = 0; i < reviews.dates().size(); i++) {
            assertThat(reviews.dates().get(i)).as("in step, on a weekday")
                    .isEqualTo(DutchDates.workday(first.plus(every.multipliedBy(i))));
            assertThat(reviews.dates().get(i).getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-01 | maandelijks de eerste drie maanden, daarna elk kwartaal | 6 | 2027-01-01,2027-02-01,2027-03-01,2027-06-01,2027-09-01,2027-12-01",
            "2026-12-01 | de eerste twee maanden elke maand, en dan om de drie maanden | 5 | 2027-01-01,2027-02-01,2027-05-03,2027-08-02,2027-11-01"})
    void aFirstRhythmForAWhileThenAnother(LocalDate today, String phrase, int count, String dates) {
        DutchDates.Reviews reviews = on(today).reviews(phrase);

        assertThat(reviews.dates().stream().map(LocalDate::toString).toList()).hasSize(count)
                .containsExactly(dates.split(","));
    }

    @Test
    void aMonthlyRhythmFromTheFirstOfDecemberIsTheFirstOfEachMonthOfTheComingYear() {
        assertThat(on(LocalDate.of(2026, 12, 1)).parseAll("maandelijks")).as("a Saturday or Sunday moves to Monday")
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1),
                        LocalDate.of(2027, 8, 2), LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 1),
                        LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"elke 0 weken", "om de tien jaar", "elke 99999999999999999999 maanden", "geen",
            "als het zo uitkomt"})
    void readsNoReviewsWhereNoneAreSaid(String phrase) {
        assertThat(dates.reviews(phrase).dates()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030, 2038})
    void computesEasterSunday(int year) {
        LocalDate known = switch (year) {
            case 2024 -> LocalDate.of(2024, 3, 31);
            case 2025 -> LocalDate.of(2025, 4, 20);
            case 2026 -> LocalDate.of(2026, 4, 5);
            case 2027 -> LocalDate.of(2027, 3, 28);
            case 2028 -> LocalDate.of(2028, 4, 16);
            case 2029 -> LocalDate.of(2029, 4, 1);
            case 2030 -> LocalDate.of(2030, 4, 21);
            default -> LocalDate.of(2038, 4, 25);
        };
        assertThat(DutchDates.easter(year)).isEqualTo(known).matches(day -> day.getDayOfWeek().getValue() == 7);
    }

    private static List<LocalDate> days(String spaced) {
        return Arrays.stream(spaced.strip().split(" ")).map(LocalDate::parse).toList();
    }
}
