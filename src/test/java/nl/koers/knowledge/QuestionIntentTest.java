package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a Dutch question asks for, and the term or terms it asks about. */
class QuestionIntentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoeveel subsidie krijg ik voor een cursus?           | AMOUNT",
            "Wat kost een ervaringscertificaat?                   | AMOUNT",
            "Welk percentage betaalt het fonds?                   | AMOUNT",
            "Tot wanneer loopt de regeling?                       | WHEN",
            "Hoe lang moet ik uittrekken voor het gesprek?        | WHEN",
            "Mag mijn werkgever de cursus terugvragen?            | YES_NO",
            "Telt een verplichte cursus als werktijd?             | YES_NO",
            "Wat is een O&O-fonds en hoe kom je erbij?            | DEFINITION",
            "Wat betekent 70-20-10?                               | DEFINITION",
            "Wat maakt een leerdoel SMART?                        | DEFINITION",
            "Wat is het verschil tussen verdiepen en verbreden?   | COMPARISON",
            "Welke stappen zet je bij opvolgingsplanning?         | LIST",
            "Waarom zou je investeren in ontwikkeling?            | OTHER"})
    void readsWhatKindOfAnswerIsAskedFor(String question, QuestionIntent intent) {
        assertThat(QuestionIntent.of(question)).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wat is een POP eigenlijk?                  | pop",
            "wat is het STAP-budget?                    | stap-budget",
            "Wat is een O&O-fonds en hoe kom je erbij?  | o&o-fonds",
            "Wat maakt een leerdoel SMART?              | smart"})
    void findsTheTermADefinitionIsAskedFor(String question, String term) {
        assertThat(QuestionIntent.askedTerm(question)).hasValue(term);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wat is het verschil tussen verdiepen en verbreden?                    | verdiepen | verbreden",
            "Wat is het verschil tussen een functioneringsgesprek en een loopbaangesprek? | functioneringsgesprek | loopbaangesprek"})
    void findsBothSidesOfAComparison(String question, String first, String second) {
        assertThat(QuestionIntent.comparedTerms(question)).containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AMOUNT | de subsidie is maximaal € 2.700 per plaats | true",
            "AMOUNT | het fonds betaalt 60 procent               | true",
            "AMOUNT | het fonds betaalt een deel                 | false",
            "WHEN   | de regeling loopt tot en met 2030          | true",
            "WHEN   | de regeling loopt nog even                 | false",
            "WHEN   | reken op drie kwartier tot een uur         | true",
            "WHEN   | bespreek de voortgang elk kwartaal         | true"})
    void recognisesATextThatHoldsTheAnswer(QuestionIntent intent, String text, boolean answered) {
        assertThat(intent.answeredIn(text)).isEqualTo(answered);
    }
}
