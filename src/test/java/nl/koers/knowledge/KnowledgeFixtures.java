package nl.koers.knowledge;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;

/** Test helpers: the bundled knowledge base in an in-memory index, built exactly as Koers builds it. */
public final class KnowledgeFixtures {

    public static final Path BUNDLED = Path.of("knowledge");
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private KnowledgeFixtures() {
    }

    public static List<KnowledgeChunk> bundledChunks() {
        return new ArticleIngestion(AMSTERDAM).ingest(BUNDLED).chunks();
    }

    /** Search over the bundled knowledge base with the default limits, as the conversation engine uses it. */
    /** The bundled articles as the article page shows them. */
    public static KnowledgeArticles bundledArticles() {
        return new KnowledgeArticles(new nl.koers.system.KoersProperties(Path.of("data"), BUNDLED, Path.of("prompts")),
                new ArticleRenderer());
    }

    public static KnowledgeSearch bundledSearch() {
        try {
            return new KnowledgeSearch(indexOf(bundledChunks()), new SearchProperties(false, 20, 500));
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    static LuceneIndex indexOf(List<KnowledgeChunk> chunks) throws java.io.IOException {
        var index = new LuceneIndex(new ByteBuffersDirectory(), new DutchKnowledgeAnalyzer());
        index.replaceAll(chunks);
        return index;
    }

    /** The retriever the evaluation scores: Koers's Lucene search, title plus text of each hit. */
    static RetrievalEvaluation.Retriever lucene(LuceneIndex index) {
        return question -> index.search(question, RetrievalEvaluation.MRR_DEPTH).stream()
                .map(hit -> hit.title() + "\n" + hit.text())
                .toList();
    }
}
