package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.pop.LearningForm;

class YesNoAndLearningFormsTest {

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

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "een cursus Excel                        | FORMEEL",
            "training timemanagement                 | FORMEEL",
            "mbo-opleiding logistiek                 | FORMEEL",
            "e-learning over AVG                     | FORMEEL",
            "coaching door een senior                | SOCIAAL",
            "een mentor zoeken                       | SOCIAAL",
            "intervisie met andere planners          | SOCIAAL",
            "feedback vragen na elk klantgesprek     | SOCIAAL",
            "meelopen met de planner                 | WERKPLEK",
            "een project leiden                      | WERKPLEK",
            "een extra taak overnemen                | WERKPLEK",
            "rotatie naar de inkoopafdeling          | WERKPLEK",
            "meelopen met de cursusleider            | WERKPLEK",
            "een dag per week de planning doen       | WERKPLEK"})
    void recognisesTheLearningForm(String action, LearningForm form) {
        assertThat(LearningForms.of(action)).hasValue(form);
    }

    @ParameterizedTest
    @ValueSource(strings = {"beter worden in Excel", "meer zelfvertrouwen"})
    void noFormWhenTheWordingNamesNone(String action) {
        assertThat(LearningForms.of(action)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "meelopen met de planner en een cursus Excel                | Meelopen met de planner;Een cursus Excel",
            "meelopen met de planner en de inkoper                      | Meelopen met de planner en de inkoper",
            "coaching, een training presenteren en een project leiden   | Coaching;Een training presenteren;Een project leiden",
            "- cursus Excel\\n- meelopen bij inkoop                     | Cursus Excel;Meelopen bij inkoop",
            "Ik wil graag een cursus volgen; daarnaast feedback vragen  | Een cursus volgen;Feedback vragen",
            "beter leren plannen                                        | Beter leren plannen",
            "een cursus inkoopbasis en af en toe sparren met de inkoper  | Een cursus inkoopbasis;Af en toe sparren met de inkoper"})
    void splitsSeveralActions(String answer, String expected) {
        assertThat(ActionSplitter.split(answer.replace("\\n", "\n"))).isEqualTo(List.of(expected.split(";")));
    }
}
