package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"wat is SLIM eigenlijk?", "Wat bedoel je precies met verbreden?",
            "Hoeveel kost zo'n cursus gemiddeld?", "kan ik dat zelf lenen of is er subsidie?",
            "Krijg ik daar studieverlof voor?", "Is een e-learning ook goed?", "Wie betaalt de opleiding?",
            "Waarom vraag je dat?", "mag het ook in de avond?", "Welke subsidie is er voor mkb-bedrijven?"})
    void aQuestionToKoersIsAQuestion(String message) {
        assertThat(NonAnswers.isQuestion(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eind maart?", "verdiepen?", "Ik wil leren plannen?", "Planner. Waarom vraag je dat?",
            "Ik weet het niet. Is dat erg?", "Wat ik goed kan: plannen en Excel", "wat", "?",
            "Ik wil weten hoe de inkoop werkt"})
    void aCarefulAnswerOrSeveralSentencesIsNoQuestion(String message) {
        assertThat(NonAnswers.isQuestion(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "??", " ? ", "?!", "huh?", "Wat bedoel je?", "hoe bedoel je", "wat bedoel je daarmee?",
            "Ik snap de vraag niet", "Wat moet ik hier invullen?", "wat wordt hier bedoeld?"})
    void askingWhatTheQuestionMeansIsAnExplainRequest(String message) {
        assertThat(NonAnswers.isExplainRequest(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wat bedoel je met verbreden?", "plannen?", "wat is SLIM?", "Ik bedoel de planning"})
    void aQuestionWithATopicIsNoExplainRequest(String message) {
        assertThat(NonAnswers.isExplainRequest(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "--", "...", "…", "x", "geen idee", "Geen idee eigenlijk", "geen idee eerlijk gezegd",
            "weet ik niet", "Weet ik nog niet.", "ik weet het niet", "ik weet het echt niet", "geen flauw idee",
            "daar heb ik nog niet over nagedacht", "tja", "hmm", "eerlijk gezegd weet ik het niet", "idk"})
    void notKnowingIsNotKnowing(String message) {
        assertThat(NonAnswers.isNotKnowing(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"niets", "geen", "nee", "geen idee wat ik wil, maar wel iets met mensen",
            "Ik weet niet of het kan, maar ik wil teamleider worden", "niet veel, een uur per week",
            "plannen", "ja", "geen budget"})
    void anAnswerWithContentOrNothingNeededIsNotNotKnowing(String message) {
        assertThat(NonAnswers.isNotKnowing(message)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "meekijken bij Ruud, en er is een cursus WMS. kan ik dat zelf betalen of is er subsidie? | kan ik dat zelf betalen of is er subsidie?",
            "Ik wil inkoper worden. Is er subsidie voor een opleiding inkoop?                   | Is er subsidie voor een opleiding inkoop?",
            "Ja, dat klopt. Maar mijn vraag staat nog open: is er subsidie voor inkoop?         | Maar mijn vraag staat nog open: is er subsidie voor inkoop?"})
    void aQuestionAtTheEndOfAnAnswerIsFoundAndLeftOut(String message, String question) {
        assertThat(NonAnswers.trailingQuestion(message)).contains(question);
        assertThat(NonAnswers.withoutTrailingQuestion(message)).isEqualTo(message.substring(0,
                message.length() - question.length()).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wat is SLIM?", "Ik wil plannen leren. Eind maart?", "Planner", "Ik ben planner. Klopt dat?x"})
    void noAnswerWithAQuestionAtTheEnd(String message) {
        assertThat(NonAnswers.trailingQuestion(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 4_000})
    void longMessagesAreReadQuickly(int length) {
        String text = "wat ".repeat(length / 4) + "?";
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            NonAnswers.isQuestion(text);
            NonAnswers.isExplainRequest(text);
            NonAnswers.isNotKnowing(text);
        }
        assertThat(System.nanoTime() - start).as("no pattern runs away on a long message").isLessThan(2_000_000_000L);
    }
}
