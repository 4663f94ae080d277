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
 * @param coverage how much of the question this chunk contains, 0 to 1, each word weighted by how rare it is in
 *                 the knowledge base; a hit that only shares common words scores low
 * @param audience doelgroep of the article
 */
public record SearchHit(String title, String source, @Nullable String heading, String snippet, String text,
        float score, float coverage, List<String> audience, @Nullable LocalDate checked) {

    /** The hit as a reply names it: title, file and section. */
    public SourceRef ref() {
        return new SourceRef(title, source, heading);
    }
}
