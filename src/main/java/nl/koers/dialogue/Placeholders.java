package nl.koers.dialogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question bank's {@code {naam}} placeholders, defined once: found when the files are checked at start-up and
 * filled on every turn. Only lower-case names between braces are placeholders; every other brace is text, so editors
 * of the YAML files need no escaping. A value that is not given leaves the placeholder empty: the engine fills a
 * question's wording with the names it has (a goal's name is there only inside the goal loop).
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Placeholders() {
    }

    static List<String> in(String text) {
        return PLACEHOLDER.matcher(text).results().map(found -> found.group(1)).toList();
    }

    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template)
                .replaceAll(found -> Matcher.quoteReplacement(values.getOrDefault(found.group(1), "")));
    }
}
