package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import nl.koers.KoersApplication;
import nl.koers.TestPrompts;

/** The question bank as shipped loads; each kind of mistake an editor can make is named with file and line. */
class QuestionBankLoaderTest {

    @TempDir
    Path prompts;

    @BeforeEach
    void copyTheBundledQuestionBank() throws IOException {
        TestPrompts.copy("vragenbank", prompts);
    }

    @Test
    void theBundledQuestionBankLoads() {
        QuestionBank bank = QuestionBankLoader.load(Path.of("prompts"));

        assertThat(bank.phases()).containsOnlyKeys(Phase.INVENTARISATIE, Phase.VOORSTELLEN, Phase.AFSPRAKEN);
        PhaseScript agreements = bank.phase(Phase.AFSPRAKEN);
        assertThat(agreements.indexOf(PopField.DOEL_NOG_EEN)).isGreaterThan(agreements.indexOf(PopField.DOEL_BESCHRIJVING));
        assertThat(bank.phase(Phase.INVENTARISATIE).intro()).containsOnlyKeys(Setting.values());
        assertThat(bank.phases().values()).allSatisfy(script -> assertThat(script.questions())
                .allSatisfy(question -> assertThat(question.byLeader()).isNotBlank()
                        .isNotEqualTo(question.alone()).isNotEqualTo(question.together())));
        assertThat(bank.texts().texts()).containsKeys(GuidedTexts.REQUIRED.keySet().toArray(String[]::new));
        assertThat(bank.texts().fundingHints()).isNotEmpty();
        assertThat(bank.phases().values()).flatExtracting(PhaseScript::questions)
                .allSatisfy(question -> assertThat(question.alone()).as("a question is asked").contains("?"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(prompts.resolve("vragenbank/2-voorstellen.yml"));

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts)).isInstanceOf(PromptFileException.class)
                .hasMessageEndingWith("vragenbank/2-voorstellen.yml: het bestand ontbreekt");
    }

    @Test
    void brokenYamlIsNamedWithItsLine() throws IOException {
        replace("1-inventarisatie.yml", "    vraag: Waar wil je over een jaar staan in je werk?",
                "    vraag: Waar wil je over een jaar staan: in je werk?");

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts)).hasMessageContaining("1-inventarisatie.yml, regel ")
                .hasMessageContaining("geen geldige YAML");
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() throws IOException {
        int line = lineOf("1-inventarisatie.yml", "  - veld: energie");
        replace("1-inventarisatie.yml", "  - veld: energie", "  - veld: energy");

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts))
                .hasMessageContaining("1-inventarisatie.yml, regel " + line + ": onbekend veld 'energy'");
    }

    @Test
    void aMistypedKeyIsNamed() throws IOException {
        replace("2-voorstellen.yml", "    gesprek: \"{medewerker}, zie je die groei", "    gesprekk: \"{medewerker}, zie je die groei");

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts)).hasMessageContaining("2-voorstellen.yml, regel ")
                .hasMessageContaining("onbekende sleutel 'gesprekk'");
    }

    @Test
    void anUnknownPlaceholderIsNamed() throws IOException {
        replace("3-afspraken.yml", "    gesprek: Willen jullie nog een doel toevoegen?",
                "    gesprek: Willen jullie nog een doel toevoegen, {naam}?");

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts)).hasMessageContaining("3-afspraken.yml, regel ")
                .hasMessageContaining("onbekende placeholder {naam}");
    }

    @Test
    void aFieldInTheWrongPhaseIsNamed() throws IOException {
        replace("2-voorstellen.yml", "  - veld: mogelijkheden", "  - veld: doel.maatstaf");

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts))
                .hasMessageContaining("veld 'doel.maatstaf' hoort in fase AFSPRAKEN");
    }

    @Test
    void theGoalLoopMustStayOneBlock() throws IOException {
        String text = Files.readString(prompts.resolve("vragenbank/3-afspraken.yml"));
        int start = text.indexOf("  - veld: doel.nog_een");
        int end = text.indexOf("  - veld: voortgang");
        Files.writeString(prompts.resolve("vragenbank/3-afspraken.yml"), text.substring(0, start) + text.substring(end));

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts))
                .hasMessageContaining("moeten één blok vormen dat begint met doel.beschrijving en eindigt met doel.nog_een");
    }

    @Test
    void aMissingTextIsNamed() throws IOException {
        replace("teksten.yml", "terug_begin:", "terugbegin:");

        assertThatThrownBy(() -> QuestionBankLoader.load(prompts)).hasMessageContaining("teksten.yml, regel ")
                .hasMessageContaining("onbekende sleutel 'terugbegin'");
    }

    @Test
    void koersRefusesToStartWithABrokenQuestionBank() throws IOException {
        TestPrompts.copy("llm", prompts);
        TestPrompts.copy("financiering", prompts);
        TestPrompts.copyFile(LearningFormsLoader.FILE, prompts);
        int line = lineOf("1-inventarisatie.yml", "  - veld: energie");
        replace("1-inventarisatie.yml", "  - veld: energie", "  - veld: energy");

        assertThatThrownBy(() -> new SpringApplicationBuilder(KoersApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:bank-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "--koers.data-dir=target/test-data/" + UUID.randomUUID(), "--koers.search.watch-folder=false",
                "--koers.prompts-dir=" + prompts))
                .rootCause().hasMessageContaining("1-inventarisatie.yml, regel " + line + ": onbekend veld 'energy'");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = prompts.resolve("vragenbank").resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture text in " + file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private int lineOf(String file, String text) throws IOException {
        var lines = Files.readAllLines(prompts.resolve("vragenbank").resolve(file));
        return lines.indexOf(text) + 1;
    }
}
