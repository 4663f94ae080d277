package nl.koers.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.koers.pop.LearningForm;

/**
 * Which scheme fits which learning action: one table per scheme, along the boundaries of its rules, with the figures
 * of {@code prompts/financiering/regelingen.yml} on Friday 4 December 2026.
 */
class FundingAdvisorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static FundingAdvisor advisorOn(LocalDate day, OrganisationSettings settings) {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        return FundingAdvisor.fromPrompts(Path.of("prompts"), settings,
                Clock.fixed(day.atTime(10, 0).atZone(amsterdam).toInstant(), amsterdam));
    }

    private static final FundingAdvisor ADVISOR = advisorOn(TODAY, new OrganisationSettings("", 25));

    private static SchemeAdvice advice(Scheme scheme, String description, @Nullable LearningForm form,
            @Nullable BigDecimal euros, @Nullable String sector, int employees) {
        FundingAdvice advice = ADVISOR.advise(new LearningAction(description, form, euros, null),
                new OrganisationSettings(sector, employees));
        return advice.of(scheme).orElseThrow(() -> new AssertionError("no advice on " + scheme + ": " + advice));
    }

    @ParameterizedTest(name = "{0} ({1}, {2} euro, {3} werknemers): {4}")
    @CsvSource(delimiter = '|', textBlock = """
            cursus projectmanagement          | FORMEEL  | 3000  | 25  | PAST_NIET      | geen cursusgeld                                |
            loopbaanadvies voor drie monteurs | SOCIAAL  | 6000  | 249 | PAST_MISSCHIEN | 60% van de € 6.000 betalen, ongeveer € 3.600   | 3600
            loopbaanadvies voor drie monteurs | SOCIAAL  | 6000  | 250 | PAST_NIET      | minder dan 250 werknemers; met 250 werknemers  |
            bedrijfsscan met opleidingsplan   |          | 4999  | 25  | PAST_NIET      | € 4.999 te weinig                              |
            bedrijfsscan met opleidingsplan   |          | 5000  | 25  | PAST_MISSCHIEN | 60% van de € 5.000 betalen, ongeveer € 3.000   | 3000
            ontwikkeladvies bij een coach     | SOCIAAL  |       | 25  | PAST_MISSCHIEN | 60% van de kosten                              |
            een bedrijfsacademie opzetten     | WERKPLEK | 60000 | 120 | PAST_MISSCHIEN | ongeveer € 24.999                              | 24999
            loopbaanadvies                    | SOCIAAL  | 0     | 25  | PAST_NIET      | geen kosten                                    |
            """)
    void slimPaysItsOwnActivitiesForTheMkbAboveTheMinimumButNoCourseFees(String description,
            @Nullable LearningForm form, @Nullable BigDecimal euros, int employees, Verdict verdict, String says,
            @Nullable BigDecimal estimate) {
        SchemeAdvice slim = advice(Scheme.SLIM, description, form, euros, "", employees);

        assertThat(slim.verdict()).isEqualTo(verdict);
        assertThat(slim.reason()).contains(says);
        assertThat(slim.estimate()).isEqualTo(estimate);
        assertThat(slim.page()).isEqualTo("https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/aanvragen");
    }

    @ParameterizedTest(name = "{0} werknemers")
    @CsvSource(delimiter = '|', textBlock = """
            49 | true
            50 | false
            """)
    void aSmallFirmHearsThatItGotMoreUntil2024(int employees, boolean small) {
        SchemeAdvice slim = advice(Scheme.SLIM, "loopbaanadvies", LearningForm.SOCIAAL, new BigDecimal("8000"), "",
                employees);

        assertThat(slim.statement()).as("60% for everyone now").contains("60% van de € 8.000", "€ 4.800");
        assertThat(slim.condition().contains("tot en met 2024 nog 80%")).isEqualTo(small);
        assertThat(slim.year()).isEqualTo(2025);
    }

    @ParameterizedTest(name = "{0}, {1}, {2} euro: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            cursus Excel                     | FORMEEL  | 3000 | PAST      | Je werkgever kan de € 3.000 belastingvrij | 3000
            cursus Excel                     | FORMEEL  |      | PAST      | Betaalt je werkgever de kosten            |
            cursus Excel                     | FORMEEL  | 0    | PAST_NIET | geen kosten                               |
            reiskosten meelopen bij een klant | WERKPLEK | 250  | PAST      | de € 250 belastingvrij                    | 250
            bbl-opleiding tot monteur        |          |      | PAST      | belastingvrij via de werkkostenregeling   |
            """)
    void theEmployerMayPayAnyCostFreeOfTax(String description, @Nullable LearningForm form,
            @Nullable BigDecimal euros, Verdict verdict, String says, @Nullable BigDecimal estimate) {
        SchemeAdvice wkr = advice(Scheme.WERKKOSTENREGELING, description, form, euros, "", 25);

        assertThat(wkr.verdict()).isEqualTo(verdict);
        assertThat(wkr.reason()).contains(says);
        assertThat(wkr.estimate()).isEqualTo(estimate);
        assertThat(wkr.year()).isEqualTo(2025);
        assertThat(wkr.page()).startsWith("https://www.belastingdienst.nl/");
    }

    @ParameterizedTest(name = "sector ''{0}'', {1} euro: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            metaal              | 3000 | PAST_MISSCHIEN | Het O&O-fonds van de sector metaal, OOM, vergoedt misschien
            ' Metaal '          | 3000 | PAST_MISSCHIEN | OOM
            installatietechniek |      | PAST_MISSCHIEN | OTIB
            bouw                | 3000 | PAST_MISSCHIEN | De sector bouw heeft een eigen O&O-fonds
            zorg                | 3000 | PAST_MISSCHIEN | Of er een fonds is en wat het betaalt, staat in de cao
            ''                  | 3000 | PAST_MISSCHIEN | Welk fonds dat is, staat in de cao
            metaal              | 0    | PAST_NIET      | geen kosten
            """)
    void theSectorsFundIsNamedWhenTheKnowledgeBaseNamesIt(@Nullable String sector, @Nullable BigDecimal euros,
            Verdict verdict, String says) {
        SchemeAdvice fund = advice(Scheme.OO_FONDS, "cursus lassen", LearningForm.FORMEEL, euros, sector, 25);

        assertThat(fund.verdict()).isEqualTo(verdict);
        assertThat(fund.reason()).contains(says);
        assertThat(fund.year()).as("each fund has its own rules").isNull();
        assertThat(fund.page()).isNull();
        assertThat(fund.article()).isEqualTo("financiering/o-en-o-fondsen.md");
    }

    @Test
    void anUnknownSectorNamesNoFund() {
        SchemeAdvice unknown = advice(Scheme.OO_FONDS, "cursus lassen", LearningForm.FORMEEL, BigDecimal.TEN, "", 25);
        SchemeAdvice known = advice(Scheme.OO_FONDS, "cursus lassen", LearningForm.FORMEEL, BigDecimal.TEN, "metaal",
                25);

        assertThat(unknown.reason()).doesNotContain("OOM", "OTIB", "OOMT").contains("jullie sector", "cao");
        assertThat(known.reason()).contains("OOM").doesNotContain("jullie sector");
    }

    @ParameterizedTest(name = "{0}, {1}, {2} euro, sector ''{3}'': {4}")
    @CsvSource(delimiter = '|', textBlock = """
            cursus Excel                | FORMEEL  | 3000 | zorg            | PAST_MISSCHIEN | voor de sector zorg zijn er paden
            opleiding tot kok           | FORMEEL  | 3000 | horeca          | PAST_MISSCHIEN | nog niet over de sector horeca
            training                    | FORMEEL  |      | ''              | PAST_MISSCHIEN | uiterlijk 31 december 2027 klaar
            cursus Excel                |          | 3000 | zorg en welzijn | PAST_MISSCHIEN | erkend Ontwikkelpad
            coaching door een collega   | SOCIAAL  | 500  | zorg            | PAST_NIET      | alleen opleidingen op een erkend Ontwikkelpad
            meelopen met de planner     | WERKPLEK | 200  | zorg            | PAST_NIET      | geen andere manieren van leren
            cursus Excel                | FORMEEL  | 0    | zorg            | PAST_NIET      | geen opleidingskosten
            """)
    void theOntwikkelpadenMayPayFormalTrainingWithACost(String description, @Nullable LearningForm form,
            @Nullable BigDecimal euros, @Nullable String sector, Verdict verdict, String says) {
        SchemeAdvice paths = advice(Scheme.SLIM_SCHOLING, description, form, euros, sector, 25);

        assertThat(paths.verdict()).isEqualTo(verdict);
        assertThat(paths.reason()).contains(says);
        assertThat(paths.year()).isEqualTo(2025);
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2027-12-31 | PAST_MISSCHIEN
            2028-01-01 | PAST_NIET
            """)
    void theOntwikkelpadenEndWith2027(LocalDate day, Verdict verdict) {
        SchemeAdvice paths = advisorOn(day, new OrganisationSettings("zorg", 25))
                .advise(new LearningAction("opleiding", LearningForm.FORMEEL, new BigDecimal("3000"), null))
                .of(Scheme.SLIM_SCHOLING).orElseThrow();

        assertThat(paths.verdict()).isEqualTo(verdict);
        assertThat(paths.reason()).contains("31 december 2027");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            bbl-opleiding tot monteur      | FORMEEL  | PAST_MISSCHIEN | 2700
            mbo-opleiding in de avonduren  | FORMEEL  | PAST_MISSCHIEN | 2700
            leerbaan in de werkplaats      | WERKPLEK | PAST_MISSCHIEN | 2700
            praktijkplaats in de derde leerweg |      | PAST_MISSCHIEN | 2700
            diploma Verzorgende IG halen   | FORMEEL  | PAST_MISSCHIEN | 2700
            hbo-diploma bedrijfskunde      | FORMEEL  | PAST_NIET      |
            cursus Excel                   | FORMEEL  | PAST_NIET      |
            """)
    void praktijklerenIsForABblOrDerdeLeerwegPlaceOnly(String description, @Nullable LearningForm form,
            Verdict verdict, @Nullable BigDecimal estimate) {
        SchemeAdvice placement = advice(Scheme.PRAKTIJKLEREN, description, form, null, "", 25);

        assertThat(placement.verdict()).isEqualTo(verdict);
        assertThat(placement.estimate()).isEqualTo(estimate);
        assertThat(placement.reason()).contains(verdict == Verdict.PAST_NIET ? "alleen voor een leerplaats"
                : "tot € 2.700 per studiejaar");
        assertThat(placement.page()).isEqualTo("https://www.rvo.nl/subsidies-financiering/praktijkleren/aanvragen");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-01 | 2025-06-02 | 2025-09-17 | false | Volgend aanvraagtijdvak: 2 juni tot en met 17 september 2025.
            2026-12-04 | 2027-06-02 | 2027-09-17 | true  | Volgende ronde naar verwachting van begin juni tot half september 2027
            2028-10-01 |            |            |       | Een volgend aanvraagtijdvak is nog niet bekend.
            """)
    void theNextPraktijklerenRoundIsAKnownOneOrLastYearsAgainUntil2028(LocalDate day, @Nullable LocalDate from,
            @Nullable LocalDate to, @Nullable Boolean expected, String note) {
        SchemeAdvice placement = advisorOn(day, new OrganisationSettings("", 25))
                .advise(new LearningAction("bbl-opleiding", LearningForm.FORMEEL, null, null))
                .of(Scheme.PRAKTIJKLEREN).orElseThrow();

        assertThat(placement.nextWindow()).isEqualTo(from == null ? null : new ApplicationWindow(from, to, expected));
        assertThat(placement.windowNote()).startsWith(note);
    }

    @ParameterizedTest(name = "{0}, {1} euro: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            verplichte VCA-cursus                     | 450  | PAST           | mag hij niets terugvragen
            BHV-herhaling                             | 300  | PAST           | telt als werktijd
            opleiding die nodig is voor mijn functie  |      | PAST           | betaalt de werkgever haar helemaal
            cursus Spaans, niet verplicht             | 900  | PAST_MISSCHIEN | schriftelijk afspreken
            vrijwillige cursus fotografie             | 900  | PAST_MISSCHIEN | naar verhouding minder
            cursus fotografie, zonder verplichting    | 900  | PAST_MISSCHIEN | naar verhouding minder
            hbo-opleiding bedrijfskunde               | 8000 | PAST_MISSCHIEN | geheel of deels terugbetaalt
            verplichte VCA-cursus                     | 0    | PAST_NIET      | niets terug te betalen
            """)
    void requiredTrainingIsNeverPaidBackAndOtherTrainingOnlyByAWrittenClause(String description,
            @Nullable BigDecimal euros, Verdict verdict, String says) {
        SchemeAdvice repayment = advice(Scheme.STUDIEKOSTENBEDING, description, LearningForm.FORMEEL, euros, "", 25);

        assertThat(repayment.verdict()).isEqualTo(verdict);
        assertThat(repayment.reason()).contains(says);
        assertThat(repayment.estimate()).isNull();
        assertThat(repayment.year()).isEqualTo(2022);
        assertThat(repayment.page()).isEqualTo("https://wetten.overheid.nl/BWBR0005290/");
    }

    @ParameterizedTest(name = "{0} ''{1}'', {2} euro, {3} uur")
    @CsvSource(delimiter = '|', textBlock = """
            WERKPLEK | meelopen met de planner         |     |    | Hiervoor is geen regeling nodig: dit leren kost tijd, geen geld.
            SOCIAAL  | feedback vragen aan Fatima      | 0   |    | Hiervoor is geen regeling nodig: dit leren kost tijd, geen geld.
            WERKPLEK | de weekplanning zelf maken      |     | 16 | Hiervoor is geen regeling nodig: dit leren kost tijd (16 uur), geen geld.
            WERKPLEK | meelopen bij een klant in Gent  | 400 |    |
            FORMEEL  | een boek over plannen lezen     |     |    |
            SOCIAAL  | gesprek met een loopbaancoach   |     |    |
            WERKPLEK | leerbaan in de werkplaats       |     |    |
            """)
    void learningThatCostsOnlyTimeNeedsNoSchemeAndSaysSoInOneLine(LearningForm form, String description,
            @Nullable BigDecimal euros, @Nullable BigDecimal hours, @Nullable String note) {
        FundingAdvice advice = ADVISOR.advise(new LearningAction(description, form, euros, hours));

        assertThat(advice.timeOnly()).isEqualTo(note);
        assertThat(advice.schemes()).hasSize(note == null ? Scheme.values().length : 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cursus projectmanagement | FORMEEL  | 3000
            loopbaanadvies           | SOCIAAL  | 6000
            bbl-opleiding            | FORMEEL  |
            verplichte BHV-cursus    | FORMEEL  | 0
            """)
    void everySchemeIsAdvisedOnceBestFittingFirst(String description, LearningForm form, @Nullable BigDecimal euros) {
        List<SchemeAdvice> schemes = ADVISOR.advise(new LearningAction(description, form, euros, null)).schemes();

        assertThat(schemes).extracting(SchemeAdvice::scheme).containsExactlyInAnyOrder(Scheme.values());
        assertThat(schemes).isSortedAccordingTo(Comparator.comparing(SchemeAdvice::verdict)
                .thenComparing(SchemeAdvice::scheme));
        assertThat(schemes).allSatisfy(advice -> {
            assertThat(advice.reason()).doesNotContain("{", "}").endsWith(".");
            assertThat(advice.reason().split("(?<=[.!?]) (?=[A-Z])")).as("one or two sentences").hasSizeBetween(1, 2);
            assertThat(advice.page() != null || advice.article().endsWith(".md")).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bedrijfsscan met opleidingsplan | 4999 | 250 | 2025
            bedrijfsscan met opleidingsplan | 4999 | 25  | 2024
            bedrijfsscan met opleidingsplan | 9000 | 25  | 2025
            cursus Excel                    | 9000 | 25  | 2025
            """)
    void theYearIsThatOfTheRuleTheAdviceRestsOn(String description, BigDecimal euros, int employees, int year) {
        SchemeAdvice slim = advice(Scheme.SLIM, description, null, euros, "", employees);

        assertThat(slim.year()).isEqualTo(year);
    }

    @Test
    void advicePerSchemeDoesNotMentionAnApplicationPeriodForASchemeThatDoesNotFit() {
        FundingAdvice advice = ADVISOR.advise(new LearningAction("cursus Excel", LearningForm.FORMEEL,
                new BigDecimal("800"), null));

        assertThat(advice.schemes()).filteredOn(scheme -> !scheme.fits())
                .allSatisfy(scheme -> assertThat(scheme.windowNote()).isNull());
        assertThat(advice.of(Scheme.SLIM_SCHOLING).orElseThrow().windowNote())
                .isEqualTo("Een volgend aanvraagtijdvak is nog niet bekend.");
        assertThat(advice.of(Scheme.WERKKOSTENREGELING).orElseThrow().windowNote()).as("no periods").isNull();
        assertThat(advice.fitting()).extracting(SchemeAdvice::scheme).containsExactly(Scheme.WERKKOSTENREGELING,
                Scheme.OO_FONDS, Scheme.SLIM_SCHOLING, Scheme.STUDIEKOSTENBEDING);
        assertThat(Arrays.stream(Verdict.values()).map(ADVISOR::verdictName))
                .containsExactly("past", "past misschien", "past niet");
    }
}
