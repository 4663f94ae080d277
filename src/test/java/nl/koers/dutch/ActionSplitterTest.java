package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.TestPrompts;

/**
 * Actions for a goal as people type them: lists of every shape, parts that are actions without a learning word, and
 * parts that are only a name or a thing and stay with the action before them.
 */
class ActionSplitterTest {

    private static final LearningForms FORMS = TestPrompts.learningForms();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // lines, bullets, numbers
            "- cursus Excel\\n- meelopen bij inkoop                   | Cursus Excel;Meelopen bij inkoop",
            "1) cursus timemanagement\\n2) sparren met Fatima\\n3) zelf het rooster maken | "
                    + "Cursus timemanagement;Sparren met Fatima;Zelf het rooster maken",
            "Mijn acties: 1) heftruckcertificaat 2) meedraaien in de nachtploeg | Heftruckcertificaat;Meedraaien in de nachtploeg",
            "1. de jaarrekening lezen 2. vragen stellen aan de accountant | De jaarrekening lezen;Vragen stellen aan de accountant",
            "• webinar AVG • zelf de verwerkingsregisters bijwerken    | Webinar AVG;Zelf de verwerkingsregisters bijwerken",
            "Ik wil graag een cursus volgen; daarnaast feedback vragen | Een cursus volgen;Feedback vragen",
            // sentences and ordering words
            "Een taalcursus Duits. Daarna een week meedraaien in Bremen. | Een taalcursus Duits;Een week meedraaien in Bremen",
            "eerst een cursus daarna zelf oefenen                     | Een cursus;Zelf oefenen",
            "Ik volg een webinar. Daarna doe ik de eerste offerte zelf. | Ik volg een webinar;Ik doe de eerste offerte zelf",
            "Een training Scrum. Vervolgens leid ik de stand-up.      | Een training Scrum;Ik leid de stand-up",
            "Ik ga eerst een training volgen en dan zelf een project leiden | Een training volgen;Zelf een project leiden",
            "Ik wil de heftruckcursus doen en daarna het magazijn zelfstandig draaien | "
                    + "De heftruckcursus doen;Het magazijn zelfstandig draaien",
            "veiligheidstraining, daarna de VCA halen                 | Veiligheidstraining;De VCA halen",
            "Ten eerste een mentor zoeken, ten tweede een project trekken | Een mentor zoeken;Een project trekken",
            "Een boek over Scrum lezen en verder elke sprint de retro leiden | Een boek over Scrum lezen;Elke sprint de retro leiden",
            // commas and "en" between actions, with or without a learning word
            "coaching, een training presenteren en een project leiden | Coaching;Een training presenteren;Een project leiden",
            "samen met Ruben refactoren en een cursus Kotlin           | Samen met Ruben refactoren;Een cursus Kotlin",
            "de controller om feedback vragen en een opleiding AA     | De controller om feedback vragen;Een opleiding AA",
            "de voorraadtelling zelf doen en de inkoper om uitleg vragen | De voorraadtelling zelf doen;De inkoper om uitleg vragen",
            "klanten bellen, offertes opstellen                       | Klanten bellen;Offertes opstellen",
            "2 dagen per week meelopen met de teamleider en een leiderschapstraining | "
                    + "2 dagen per week meelopen met de teamleider;Een leiderschapstraining",
            "een cursus inkoopbasis en af en toe sparren met de inkoper | Een cursus inkoopbasis;Af en toe sparren met de inkoper",
            // a name or a thing after "en" or a comma belongs to the action before
            "meelopen met de planner en de inkoper                    | Meelopen met de planner en de inkoper",
            "meekijken bij Jan en Piet                                | Meekijken bij Jan en Piet",
            "sparren met Sanne, Ruben en Fatima                       | Sparren met Sanne, Ruben en Fatima",
            "een cursus Excel en Word                                 | Een cursus Excel en Word",
            "meelopen met de buitendienst en de klanten               | Meelopen met de buitendienst en de klanten",
            "meelopen met Jan en Piet en een cursus plannen           | Meelopen met Jan en Piet;Een cursus plannen",
            "Een cursus Excel, bijv. bij NCOI, en daarna meelopen bij de planner. | "
                    + "Een cursus Excel, bijv. bij NCOI;Meelopen bij de planner",
            "Meelopen bij inkoop. Ook bij verkoop.                    | Meelopen bij inkoop. Ook bij verkoop",
            // one action
            "beter leren plannen                                      | Beter leren plannen",
            "Ik zou graag een mentor willen                           | Een mentor willen",
            "De training leidinggeven volgen. Ook wil ik een coach.   | De training leidinggeven volgen;Een coach",
            "Een cursus Excel volgen en die kennis toepassen in mijn werk | Een cursus Excel volgen;Die kennis toepassen in mijn werk",
            "samen met mijn collega de maandafsluiting doen           | Samen met mijn collega de maandafsluiting doen",
            "3. het bandencontract zelf voorbereiden en uitonderhandelen | Het bandencontract zelf voorbereiden en uitonderhandelen",
            "een cursus volgen en meelopen                            | Een cursus volgen;Meelopen",
            "een cursus Excel, denk ik                                | Een cursus Excel"})
    void splitsTheActions(String answer, String expected) {
        assertThat(ActionSplitter.split(answer.replace("\\n", "\n"), FORMS)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ";;", "- \n- ", "en", "1) 2) 3)"})
    void nothingToSplitGivesNoActions(String answer) {
        assertThat(ActionSplitter.split(answer, FORMS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "klanten bellen                   | true",
            "de klanten                       | false",
            "nieuwe collega's                 | false",
            "met andere afdelingen            | false",
            "de gesprekken aangaan            | true",
            "Piet                             | false",
            "Oefenen                          | true",
            "met Sanne, Ruben                 | false",
            "een cursus, Maarten om hulp vragen | true"})
    void aVerbIsAWordInEnWithoutAnArticlePrepositionOrNameCapital(String answer, boolean verb) {
        assertThat(ActionSplitter.hasVerb(ListParts.of(answer).getLast())).isEqualTo(verb);
    }
}
