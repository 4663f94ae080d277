package nl.koers.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.pop.LearningForm;

/** Questions about money for learning, as people ask them, and the answer they get. */
class FundingQuestionTest {

    private static final FundingAdvisor ADVISOR = FundingAdvisorTest.advisorOn(FundingAdvisorTest.TODAY,
            new OrganisationSettings("metaal", 40));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoeveel subsidie krijg ik voor een cursus van 3000 euro?             | 3000 | FORMEEL | false
            Wie vergoedt mijn opleiding van € 3.000?                              | 3000 | FORMEEL | false
            Kan mijn werkgever een training van 3k betalen?                       | 3000 | FORMEEL | false
            Welke vergoeding is er voor een cursus van drieduizend euro?          | 3000 | FORMEEL | false
            Krijg ik de opleidingskosten van 1.250,- terug van de zaak?           | 1250 | FORMEEL | false
            Is er subsidie voor een bbl-opleiding?                                |      | FORMEEL | true
            Wie betaalt de mbo-opleiding van twaalfhonderd euro?                  | 1200 | FORMEEL | true
            Betaalt SLIM een loopbaanadvies van €1500?                            | 1500 |         | false
            Hoeveel krijgen we voor een leerbaan in de werkplaats, 2.700 euro?    | 2700 |         | true
            Vergoedt het O&O-fonds een e-learning van 450 euro in 2027?           | 450  | FORMEEL | false
            Mag mijn werkgever de studiekosten terugvragen als ik vertrek?        |      | FORMEEL | false
            Wat kost een cursus van 3 dagen?                                      |      | FORMEEL | false
            """)
    void readsTheCostAndTheKindOfLearningFromAQuestionAboutMoney(String question, @Nullable BigDecimal euros,
            @Nullable LearningForm form, boolean vocational) {
        FundingQuestion read = FundingQuestion.read(question).orElseThrow(() -> new AssertionError("not read"));

        if (euros == null) {
            assertThat(read.euros()).isNull();
        } else {
            assertThat(read.euros()).isEqualByComparingTo(euros);
        }
        assertThat(read.form()).isEqualTo(form);
        assertThat(read.vocational()).isEqualTo(vocational);
        assertThat(read.action().description()).isEqualTo(question);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Hoeveel vakantiedagen heb ik?", "Hoe bereid ik mijn loopbaangesprek voor?",
            "Krijg ik een reiskostenvergoeding voor woon-werkverkeer?", "Is mijn certificaat nog geldig?",
            "Hoeveel tijd kost een cursus timemanagement?", "Een opleiding kost veel tijd, hoe plan ik dat?", "Hoe werkt de werkkostenregeling voor een kerstpakket?",
            "Is het slim om een cursus te volgen?", "Wat is een goed leerdoel?", "   "})
    void otherQuestionsAreNotAboutFunding(@Nullable String question) {
        assertThat(FundingQuestion.read(question)).isEmpty();
        assertThat(ADVISOR.answer(question == null ? "" : question)).isEmpty();
    }

    @Test
    void aQuestionAboutACourseGetsADirectAnswerThenEverySchemeWithYearAndPage() {
        String answer = ADVISOR.answer("Hoeveel subsidie krijg ik voor een cursus van 3000 euro?").orElseThrow();
        List<String> paragraphs = List.of(answer.split("\n\n"));

        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.getFirst()).startsWith("SLIM betaalt via zijn eigen activiteiten")
                .contains("geen cursusgeld", "Je werkgever kan de € 3.000 belastingvrij betalen of vergoeden",
                        "Het O&O-fonds van de sector metaal, OOM, vergoedt misschien")
                .doesNotContain("terugbetaalt", "https://");
        List<String> items = paragraphs.get(1).lines().toList();
        assertThat(items).hasSize(Scheme.values().length).allSatisfy(item -> assertThat(item).startsWith("- **")
                .containsPattern("regels (van 20\\d\\d|per fonds)").containsPattern("https://|kennisbank"));
        assertThat(items.getFirst()).startsWith("- **Werkkostenregeling**: past, regels van 2025.")
                .endsWith("[belastingdienst.nl](https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/"
                        + "themaoverstijgend/brochures_en_publicaties/cao_beoordelingen/scholingskosten-in-de-loonheffingen)");
        assertThat(items.getLast()).startsWith("- **SLIM-regeling (mkb)**: past niet, regels van 2025.")
                .contains("uitvoeringvanbeleidszw.nl");
        assertThat(paragraphs.getLast()).startsWith("Dit is een eerste indicatie");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wie betaalt een loopbaanadvies van 6.000 euro?                    | SLIM kan misschien 60% van de € 6.000 betalen, ongeveer € 3.600.
            Krijgen we subsidie voor een bbl-leerbaan?                        | Voor een leerplaats in de bbl of de derde leerweg bij een erkend leerbedrijf kan de werkgever tot € 2.700 per studiejaar krijgen.
            Moet ik de verplichte VCA-cursus van € 450 terugbetalen bij vertrek? | Is deze scholing nodig voor de functie of verplicht door wet of cao, dan betaalt de werkgever haar helemaal en mag hij niets terugvragen.
            Welke regeling betaalt een cursus Excel van 800 euro?             | SLIM betaalt via zijn eigen activiteiten
            """)
    void theAnswerStartsWithWhatTheQuestionIsMostAbout(String question, String start) {
        assertThat(ADVISOR.answer(question)).hasValueSatisfying(answer -> assertThat(answer).startsWith(start));
    }

    @Test
    void theAnswerUsesTheConfiguredOrganisationUnlessAnotherIsGiven() {
        FundingAdvisor bigBuilder = FundingAdvisorTest.advisorOn(FundingAdvisorTest.TODAY,
                new OrganisationSettings("bouw", 300));
        String question = "Wie betaalt een loopbaanadvies van 6.000 euro?";

        assertThat(bigBuilder.answer(question)).hasValueSatisfying(answer -> assertThat(answer)
                .contains("De sector bouw heeft een eigen O&O-fonds", "met 300 werknemers valt jullie bedrijf erbuiten")
                .doesNotContain("ongeveer € 3.600"));
        assertThat(bigBuilder.answer(question, new OrganisationSettings("", 12))).hasValueSatisfying(answer ->
                assertThat(answer).contains("ongeveer € 3.600", "Kleine bedrijven kregen tot en met 2024 nog 80%",
                        "jullie sector"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "hoeveel subsidie krijg ik voor een cursus van 3000 euro    | true",
            "Wie betaalt een bbl-opleiding voor een leerling?           | false",
            "Welke vergoeding is er voor een training van 800 euro?     | true",
            "Betaalt SLIM een cursus of opleiding voor medewerkers?     | false",
            "Kan het O&O-fonds een training van 1.500 euro vergoeden?   | true",
            "12 monteurs, training van 895 euro pp: SLIM of OTIB?        | true",
            "Mijn werkgever zegt dat ik een cursus moet doen, betaalt hij die? | false",
            "We hebben geen budget voor cursussen, hoe kunnen mensen toch groeien? | false",
            "Hoeveel subsidie is er voor een bbl-opleiding?              | true",
            "Wie betaalt een verplichte cursus van 400 euro?             | false",
            "Hoeveel SLIM-subsidie kunnen we krijgen?                   | false",
            "Wat kost een ervaringscertificaat?                         | false",
            "Mag mijn werkgever de opleiding terugvragen als ik vertrek? | false"})
    void onlyAQuestionAboutOnesOwnCostWithoutANamedSchemeGoesToTheAdvisor(String question, boolean action) {
        assertThat(FundingQuestion.read(question).filter(FundingQuestion::namesAnAction).isPresent()).isEqualTo(action);
    }
}
