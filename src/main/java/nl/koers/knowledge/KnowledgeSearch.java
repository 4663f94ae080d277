package nl.koers.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Searching the knowledge base, for the API, the pages and the conversation engine. Never throws for
 * odd input: a question is searched as words, a too long one is cut, an empty one finds nothing.
 */
@Service
public class KnowledgeSearch {

    private final LuceneIndex index;
    private final SearchProperties properties;

    KnowledgeSearch(LuceneIndex index, SearchProperties properties) {
        this.index = index;
        this.properties = properties;
    }

    public List<SearchHit> search(String question, int limit) {
        return search(question, limit, null);
    }

    /** Only articles for this audience (medewerker, leidinggevende or hr), when one is given. */
    public List<SearchHit> search(String question, int limit, @Nullable String audience) {
        String words = question == null ? "" : question.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.length() > properties.maxQueryLength()) {
            words = words.substring(0, properties.maxQueryLength());
        }
        return index.search(words, Math.clamp(limit, 1, properties.maxResults()), audience);
    }

    /**
     * When a hit answers a question, measured on the bundled articles with on- and off-topic questions: it holds at
     * least half the question's weight (off-topic questions such as "Hoe werkt mijn pensioen?" reach 0.14 to 0.36)
     * with a score of at least 3, or it scores 12 or more, which takes several rare words of the question matching
     * well (long natural questions whose verb forms the articles do not use).
     */
    public static final float MIN_SCORE = 3.0f;
    public static final float MIN_COVERAGE = 0.5f;
    public static final float STRONG_SCORE = 12.0f;

    public static boolean answers(SearchHit hit) {
        return hit.score() >= STRONG_SCORE || (hit.score() >= MIN_SCORE && hit.coverage() >= MIN_COVERAGE);
    }

    /** Only the hits that answer the question; empty when the knowledge base does not cover it. */
    public List<SearchHit> relevant(String question, int limit, @Nullable String audience) {
        return search(question, limit, audience).stream().filter(KnowledgeSearch::answers).toList();
    }

    public SearchProperties limits() {
        return properties;
    }
}
