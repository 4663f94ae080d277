package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.TestPrompts;
import nl.koers.pop.LearningForm;

/** The learning form of an action, with the vocabulary as shipped in prompts/leervormen.yml and with small ones. */
class LearningFormsTest {

    private static final LearningForms FORMS = TestPrompts.learningForms();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "een cursus Excel                              | FORMEEL",
            "training timemanagement                       | FORMEEL",
            "mbo-opleiding logistiek                       | FORMEEL",
            "e-learning over AVG                           | FORMEEL",
            "een taalcursus Duits                          | FORMEEL",
            "het heftruckcertificaat halen                 | FORMEEL",
            "de VCA halen                                  | FORMEEL",
            "een Udemy-cursus React                        | FORMEEL",
            "een vakboek over inkoop lezen                 | FORMEEL",
            "artikelen lezen over lean                     | FORMEEL",
            "zelf een boek lezen over plannen              | FORMEEL",
            "een masterclass van de brancheorganisatie     | FORMEEL",
            "coaching door een senior                      | SOCIAAL",
            "een mentor zoeken                             | SOCIAAL",
            "intervisie met andere planners                | SOCIAAL",
            "feedback vragen na elk klantgesprek           | SOCIAAL",
            "elke week sparren met de controller           | SOCIAAL",
            "de inkoper om uitleg vragen                   | SOCIAAL",
            "mijn teamleider om een paar tips vragen       | SOCIAAL",
            "een buddy op de afdeling                      | SOCIAAL",
            "pair programming met een senior developer     | SOCIAAL",
            "code reviews van Ruben                        | SOCIAAL",
            "samen met de planner de ritten maken          | SOCIAAL",
            "af en toe een dag bij een collega             | SOCIAAL",
            "meelopen met de planner                       | WERKPLEK",
            "een project leiden                            | WERKPLEK",
            "een extra taak overnemen                      | WERKPLEK",
            "ik neem de weekplanning over                  | WERKPLEK",
            "rotatie naar de inkoopafdeling                | WERKPLEK",
            "meelopen met de cursusleider                  | WERKPLEK",
            "een dag per week de planning doen             | WERKPLEK",
            "een snuffelstage bij de buitendienst          | WERKPLEK",
            "ik loop een week mee met de chauffeurs        | WERKPLEK",
            "de maandafsluiting zelf doen                  | WERKPLEK",
            "zelf het teamoverleg voorzitten               | WERKPLEK",
            "een week op de afdeling inkoop werken         | WERKPLEK",
            "nieuwe scanners uitproberen in het magazijn   | WERKPLEK"})
    void recognisesTheLearningForm(String action, LearningForm form) {
        assertThat(FORMS.of(action)).hasValue(form);
    }

    @ParameterizedTest
    @ValueSource(strings = {"beter worden in Excel", "meer zelfvertrouwen", "alles", "boekhouding", "", "..."})
    void noFormWhenTheWordingNamesNone(String action) {
        assertThat(FORMS.of(action)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Werkplek                  | WERKPLEK",
            "in het werk               | WERKPLEK",
            "van anderen               | SOCIAAL",
            "formeel                   | FORMEEL",
            "70                        | WERKPLEK",
            "een soort coaching eigenlijk | SOCIAAL",
            "meer een training         | FORMEEL"})
    void readsTheAnswerToTheFollowUpQuestion(String answer, LearningForm form) {
        assertThat(FORMS.fromChoice(answer)).hasValue(form);
    }

    @Test
    void namesAnActivityOnlyByAWordThatIsNoFallback() {
        assertThat(FORMS.namesActivity("de eerste klant zelf")).isFalse();
        assertThat(FORMS.namesActivity("een collega")).isFalse();
        assertThat(FORMS.namesActivity("een buddy")).isTrue();
    }

    private static LearningForms forms(String... formal) {
        return new LearningForms(List.of(new LearningForms.Words(LearningForm.FORMEEL, false, List.of(formal)),
                new LearningForms.Words(LearningForm.WERKPLEK, true, List.of("zelf", "maken"))));
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "cursus       | een cursus       | true",
            "cursus       | cursussen        | false",
            "cursus-      | cursussen        | true",
            "cursus-      | taalcursus       | false",
            "-cursus      | taalcursus       | true",
            "-cursus      | cursusleider     | false",
            "-cursus-     | taalcursusdag    | false",
            "-cursus-     | cursusleider     | true",
            "e-learning   | E-Learning AVG   | true",
            "e-learning   | elearning        | false",
            "op de vloer  | op de vloer      | true",
            "op de vloer  | op vloer         | false",
            "om ... vragen | om vragen       | true",
            "om ... vragen | om een paar goede tips vragen | true",
            "om ... vragen | om een paar hele goede tips vragen | false",
            "opléiding    | OPLEIDING         | true"})
    void anEntryMatchesAsItIsWritten(String entry, String action, boolean matches) {
        assertThat(forms(entry).of(action).filter(form -> form == LearningForm.FORMEEL).isPresent()).isEqualTo(matches);
    }

    @Test
    void aFallbackWordDecidesOnlyWhenNoOtherWordIsThere() {
        LearningForms forms = forms("cursus");

        assertThat(forms.of("zelf een cursus kiezen")).hasValue(LearningForm.FORMEEL);
        assertThat(forms.of("zelf het rooster maken")).hasValue(LearningForm.WERKPLEK);
    }

    @Test
    void theFirstWordWrittenDecidesAndALongerEntryWinsAtTheSamePlace() {
        var forms = new LearningForms(List.of(new LearningForms.Words(LearningForm.WERKPLEK, false, List.of("zelf")),
                new LearningForms.Words(LearningForm.FORMEEL, false, List.of("zelf studeren", "boek"))));

        assertThat(forms.of("een boek, zelf")).hasValue(LearningForm.FORMEEL);
        assertThat(forms.of("zelf doen, dan een boek")).hasValue(LearningForm.WERKPLEK);
        assertThat(forms.of("zelf studeren")).hasValue(LearningForm.FORMEEL);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"           | een leeg woord",
            "\"   \"        | een leeg woord",
            "...          | '...' hoort tussen twee woorden",
            "om ...       | '...' hoort tussen twee woorden",
            "om ... ... x | '...' hoort tussen twee woorden",
            "cursus!      | alleen letters, cijfers, '-' en '...' zijn mogelijk, niet '!'",
            "a/b          | alleen letters, cijfers, '-' en '...' zijn mogelijk, niet '/'",
            "--           | '--' heeft geen letters"})
    void anEntryThatCannotBeReadIsExplained(String entry, String problem) {
        assertThat(LearningForms.problem(entry)).hasValue(problem);
        assertThatThrownBy(() -> forms(entry)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursus", "-cursus-", "e-learning", "om ... vragen", "collega's", "op de werkvloer",
            "om … vragen"})
    void aGoodEntryHasNoProblem(String entry) {
        assertThat(LearningForms.problem(entry)).isEmpty();
    }
}
