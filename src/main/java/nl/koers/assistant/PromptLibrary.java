package nl.koers.assistant;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.ai.chat.prompt.PromptTemplate;
import org.springframework.ai.template.TemplateRenderer;
import org.springframework.ai.template.ValidationMode;
import org.springframework.ai.template.st.StTemplateRenderer;
import org.springframework.stereotype.Component;

import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.system.KoersProperties;

/**
 * The only reader of {@code prompts/llm/}. Every prompt is loaded and checked when Koers starts (see
 * {@link PromptFile}): a missing file, a missing placeholder or an unknown one stops the start with the file and line
 * named. The prompts are Spring AI {@link PromptTemplate}s: StringTemplate with {@code {naam}} placeholders.
 */
@Component
public class PromptLibrary {

    static final String FOLDER = "llm";

    /** Strict: a prompt rendered without one of its values is an error, never a prompt with a hole in it. */
    private static final TemplateRenderer RENDERER = StTemplateRenderer.builder().startDelimiterToken('{')
            .endDelimiterToken('}').validationMode(ValidationMode.THROW).build();

    private final Map<PromptName, PromptTemplate> prompts = new EnumMap<>(PromptName.class);

    public PromptLibrary(KoersProperties properties) {
        Path folder = properties.promptsDir().resolve(FOLDER);
        for (PromptName name : PromptName.values()) {
            String text = PromptFile.read(folder.resolve(name.file()), name.placeholders());
            prompts.put(name, PromptTemplate.builder().template(text).renderer(RENDERER).build());
        }
    }

    /** The prompt with every placeholder filled in; throws when a value for one of them is missing. */
    public String render(PromptName name, Map<String, String> values) {
        return prompts.get(name).render(new HashMap<>(values));
    }

    /** The system prompt for a conversation of these people in this phase; every model call starts with it. */
    String system(Participants who, Phase phase) {
        return render(PromptName.SYSTEEM, Map.of("gesprekstype", who.type().name(), "fase", phase.name()));
    }
}
