package nl.koers.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param source   the file's path under the knowledge folder
 * @param snippet  HTML: the best passages, escaped, with the matching words in {@code <mark>}
 * @param text     the whole chunk, as plain text
 * @param audience doelgroep of the article
 */
public record SearchHit(String title, String source, @Nullable String heading, String snippet, String text,
        float score, List<String> audience, @Nullable LocalDate checked) {
}
