package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the Dutch message bundle: each key that a template (HTML, or the Markdown
 * export) or the code asks for must exist, and templates carry no hard-coded text outside {@code th:text} placeholders.
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/messages/messages.properties");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");
    private static final Pattern CODE_KEY = Pattern.compile("message\\(\"([a-zA-Z0-9_.\\-]+)\"");

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties bundle = bundle();
        Set<String> used = new TreeSet<>();
        used.addAll(keys(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY));
        used.addAll(keys(Path.of("src/main/resources/templates"), ".md", TEMPLATE_KEY));
        used.addAll(keys(Path.of("src/main/java"), ".java", CODE_KEY));

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(bundle).as("message key " + key).containsKey(key));
    }

    @Test
    void everyProblemStatusHasDutchTitleAndDetail() throws IOException {
        Properties bundle = bundle();
        for (int status : new int[] {400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 503}) {
            assertThat(bundle).containsKeys("problem.title." + status, "problem.detail." + status);
        }
    }

    private static Properties bundle() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
