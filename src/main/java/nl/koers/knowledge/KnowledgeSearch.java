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

    public SearchProperties limits() {
        return properties;
    }
}
