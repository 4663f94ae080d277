package nl.koers.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.TestPrompts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.system.KoersProperties;

/** Every prompt has its file and renders with its placeholders; mistakes stop the start with file and line. */
class PromptLibraryTest {

    @TempDir
    Path prompts;

    @BeforeEach
    void copyTheBundledPrompts() throws IOException {
        TestPrompts.copy("llm", prompts);
    }

    @ParameterizedTest
    @EnumSource(PromptName.class)
    void everyPromptRendersWithItsPlaceholdersFilledIn(PromptName name) {
        var library = new PromptLibrary(properties(Path.of("prompts")));
        Map<String, String> values = name.placeholders().stream()
                .collect(Collectors.toMap(placeholder -> placeholder, placeholder -> "«" + placeholder + "»"));

        String text = library.render(name, values);

        assertThat(text).doesNotContainPattern("\\{[a-z_]+}");
        values.values().forEach(value -> assertThat(text).contains(value));
    }

    @Test
    void aMissingPromptIsNamed() throws IOException {
        Files.delete(prompts.resolve("llm/extractie.st"));

        assertThatThrownBy(() -> new PromptLibrary(properties(prompts)))
                .hasMessageEndingWith("llm/extractie.st: het bestand ontbreekt");
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsLine() throws IOException {
        Path file = prompts.resolve("llm/formuleren.st");
        Files.writeString(file, Files.readString(file).replace("Concept:", "Concept voor {naam}:"));
        int line = Files.readAllLines(file).indexOf("Concept voor {naam}:") + 1;

        assertThatThrownBy(() -> new PromptLibrary(properties(prompts)))
                .hasMessageContaining("llm/formuleren.st, regel " + line + ": onbekende placeholder {naam}");
    }

    @Test
    void aPromptThatLostAPlaceholderIsNamed() throws IOException {
        Path file = prompts.resolve("llm/beantwoorden.st");
        Files.writeString(file, Files.readString(file).replace("{bronnen}", "(geen bronnen)"));

        assertThatThrownBy(() -> new PromptLibrary(properties(prompts)))
                .hasMessageContaining("llm/beantwoorden.st: placeholder {bronnen} ontbreekt");
    }

    @Test
    void aValueIsInsertedAsItIsAndAMissingValueFails() {
        var library = new PromptLibrary(properties(Path.of("prompts")));
        String answer = "Ik wil {vraag} en $1 \\ {\"begrepen\": true}\nop twee regels";

        assertThat(library.render(PromptName.FORMULEREN, Map.of("concept", "Wat wil je leren?", "antwoord", answer)))
                .contains("Wat wil je leren?", answer);
        assertThatThrownBy(() -> library.render(PromptName.FORMULEREN, Map.of("concept", "Wat wil je leren?")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("antwoord");
    }

    @Test
    void aBraceThatIsTextIsWrittenWithABackslash() throws IOException {
        Path file = prompts.resolve("llm/extractie.st");
        Files.writeString(file, Files.readString(file) + "\nVoorbeeld: \\{\"begrepen\": false}\n");

        String text = new PromptLibrary(properties(prompts)).render(PromptName.EXTRACTIE,
                Map.of("vraag", "v", "veld", "f", "antwoord", "a", "vandaag", "2026-01-01"));

        assertThat(text).endsWith("Voorbeeld: {\"begrepen\": false}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Voorbeeld: {\"begrepen\": false}", "Het veld {veld.naam}", "Leeg: {}", "Als {if(veld)}ja{endif}"})
    void aBraceThatIsNoPlaceholderIsNamedWithItsLine(String mistake) throws IOException {
        Path file = prompts.resolve("llm/extractie.st");
        Files.writeString(file, Files.readString(file).replace("Wat Koers wil weten: {veld}",
                "Wat Koers wil weten: {veld}\n" + mistake));
        int line = Files.readAllLines(file).indexOf(mistake) + 1;

        assertThatThrownBy(() -> new PromptLibrary(properties(prompts)))
                .hasMessageContaining("llm/extractie.st, regel " + line + ": tussen accolades hoort één placeholder");
    }

    private static KoersProperties properties(Path promptsDir) {
        return new KoersProperties(Path.of("data"), Path.of("knowledge"), promptsDir);
    }
}
