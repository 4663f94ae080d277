package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.koers.TestPrompts;
import nl.koers.dutch.LearningForms;
import nl.koers.pop.LearningForm;

/** The learning-form vocabulary as shipped loads; each mistake an editor can make is named with file and line. */
class LearningFormsLoaderTest {

    @TempDir
    Path prompts;

    @BeforeEach
    void copyTheBundledVocabulary() throws IOException {
        TestPrompts.copyFile(LearningFormsLoader.FILE, prompts);
    }

    @Test
    void theBundledVocabularyLoadsWithEveryForm() {
        LearningForms forms = LearningFormsLoader.load(Path.of("prompts"));

        assertThat(forms.of("een cursus")).hasValue(LearningForm.FORMEEL);
        assertThat(forms.of("sparren")).hasValue(LearningForm.SOCIAAL);
        assertThat(forms.of("meelopen")).hasValue(LearningForm.WERKPLEK);
    }

    @Test
    void anEditedWordCountsWithoutANewBuild() throws IOException {
        assertThat(LearningFormsLoader.load(prompts).of("een hackathon")).isEmpty();
        replace("woorden: [-coach-,", "woorden: [hackathon-, -coach-,");

        assertThat(LearningFormsLoader.load(prompts).of("een hackathon")).hasValue(LearningForm.SOCIAAL);
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(prompts.resolve(LearningFormsLoader.FILE));

        assertThatThrownBy(() -> LearningFormsLoader.load(prompts)).isInstanceOf(PromptFileException.class)
                .hasMessageEndingWith("leervormen.yml: het bestand ontbreekt");
    }

    @Test
    void brokenYamlIsNamedWithItsLine() throws IOException {
        replace("    woorden: [-coach-,", "    woorden: [[-coach-,");

        assertThatThrownBy(() -> LearningFormsLoader.load(prompts)).isInstanceOf(PromptFileException.class)
                .hasMessageContaining("leervormen.yml, regel ").hasMessageContaining("geen geldige YAML");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "  - vorm: SOCIAAL\\n    waarom: Bij coaching | "
                    + "  - vorm: SOCIAL\\n    waarom: Bij coaching | onbekende vorm 'SOCIAL'; mogelijk: [WERKPLEK, SOCIAAL, FORMEEL]",
            "    woorden: [-coach-,  | "
                    + "    woorden: [-coach-!,  | woord '-coach-!': alleen letters, cijfers, '-' en '...' zijn mogelijk, niet '!'",
            "    woorden: [-coach-,  | "
                    + "    woorden: [meelopen, -coach-,  | 'meelopen' staat al op regel",
            "    voorrang: laag\\n    waarom: >-\\n      Gewone | "
                    + "    voorrang: lager\\n    waarom: >-\\n      Gewone | 'voorrang' is 'normaal' of 'laag', niet 'lager'",
            "    waarom: Bij coaching en begeleiding helpt iemand je persoonlijk verder. | "
                    + "    waarom: '' | 'waarom' is leeg",
            "    waarom: Bij coaching | "
                    + "    reden: Bij coaching | onbekende sleutel 'reden'"})
    void aMistakeIsNamedWithFileAndLine(String from, String to, String problem) throws IOException {
        replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));

        assertThatThrownBy(() -> LearningFormsLoader.load(prompts)).isInstanceOf(PromptFileException.class)
                .hasMessageContaining("leervormen.yml, regel ").hasMessageContaining(problem);
    }

    @Test
    void aGroupWithoutWordsIsNamed() throws IOException {
        String text = Files.readString(prompts.resolve(LearningFormsLoader.FILE));
        int start = text.indexOf("    woorden: [-coach-,");
        int end = text.indexOf("\n\n", start);
        Files.writeString(prompts.resolve(LearningFormsLoader.FILE), text.substring(0, start) + "    woorden: []"
                + text.substring(end));

        assertThatThrownBy(() -> LearningFormsLoader.load(prompts))
                .hasMessageContaining("'woorden' moet een lijst met minstens één woord zijn");
    }

    @Test
    void theLineOfAWrongWordIsTheLineItIsOn() throws IOException {
        replace("tweegesprek-]", "tweegesprek-, coach!]");
        var lines = Files.readAllLines(prompts.resolve(LearningFormsLoader.FILE));
        int line = lines.indexOf(lines.stream().filter(text -> text.contains("coach!")).findFirst().orElseThrow()) + 1;

        assertThatThrownBy(() -> LearningFormsLoader.load(prompts)).hasMessageContaining("leervormen.yml, regel " + line
                + ": woord 'coach!'");
    }

    private void replace(String from, String to) throws IOException {
        Path file = prompts.resolve(LearningFormsLoader.FILE);
        String text = Files.readString(file);
        assertThat(text).as("fixture text in leervormen.yml").contains(from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }
}
