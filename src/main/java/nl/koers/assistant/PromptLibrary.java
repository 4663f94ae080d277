package nl.koers.assistant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.koers.system.KoersProperties;

/**
 * The only reader of {@code prompts/llm/}. Every prompt is loaded and checked when Koers starts: a missing file, a
 * missing placeholder or an unknown one stops the start with the file and line named. Placeholders are
 * {@code {naam}}; everything else is the organisation's Dutch text.
 */
@Component
public class PromptLibrary {

    static final String FOLDER = "llm";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final Map<PromptName, String> prompts = new EnumMap<>(PromptName.class);

    public PromptLibrary(KoersProperties properties) {
        Path folder = properties.promptsDir().resolve(FOLDER);
        for (PromptName name : PromptName.values()) {
            prompts.put(name, load(folder.resolve(name.file()), name));
        }
    }

    public String render(PromptName name, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(prompts.get(name));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static String load(Path file, PromptName name) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(problem(file, 0, "het bestand ontbreekt"));
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(problem(file, 0, "kan niet gelezen worden (is het UTF-8?)"), unreadable);
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = PLACEHOLDER.matcher(lines.get(i));
            while (matcher.find()) {
                if (!name.placeholders().contains(matcher.group(1))) {
                    throw new IllegalStateException(problem(file, i + 1, "onbekende placeholder {" + matcher.group(1)
                            + "}; mogelijk: " + name.placeholders().stream().sorted().map(p -> "{" + p + "}").toList()));
                }
                used.add(matcher.group(1));
            }
        }
        for (String placeholder : name.placeholders()) {
            if (!used.contains(placeholder)) {
                throw new IllegalStateException(problem(file, 0, "placeholder {" + placeholder + "} ontbreekt"));
            }
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            throw new IllegalStateException(problem(file, 0, "het bestand is leeg"));
        }
        return text;
    }

    private static String problem(Path file, int line, String what) {
        return "Fout in " + file.toString().replace('\\', '/') + (line > 0 ? ", regel " + line : "") + ": " + what;
    }
}
