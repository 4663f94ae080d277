package nl.koers.knowledge;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * One opened version of the knowledge index, with what a search reads besides the ranking kept at hand. The index
 * only changes by a rebuild, which opens a new generation, so a chunk's stored fields are decoded once per
 * generation instead of once per hit, and the highlighter reads a hit's text from there too. Profiled on the bundled
 * knowledge base, decoding stored fields twice per hit (once for the hit, once for the highlighter) and the
 * highlighter's exact-match mode were two thirds of a search's time.
 */
final class IndexGeneration extends IndexSearcher {

    private static final int SNIPPET_LENGTH_LIMIT = 20_000;

    private final AtomicReferenceArray<StoredChunk> chunks;
    private final UnifiedHighlighter highlighter;
    private volatile @Nullable TypoDictionary typos;

    private IndexGeneration(IndexReader reader, Analyzer analyzer) {
        super(reader);
        // The query cache pays off for repeated filters over large indexes; here every query is new and the index
        // small, so its bookkeeping would be pure cost.
        setQueryCache(null);
        this.chunks = new AtomicReferenceArray<>(reader.maxDoc());
        this.highlighter = new StoredTextHighlighter(UnifiedHighlighter.builder(this, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(SNIPPET_LENGTH_LIMIT)
                // Term-by-term highlighting: the question's words are marked wherever they occur, which is what a
                // reader scans for; matching whole query clauses per hit cost twice as much for the same marks.
                .withWeightMatches(false)
                .withScorer(new LeanPassageScorer()), this);
    }

    /** Opens each new version of the index as a generation. */
    static SearcherFactory factory(Analyzer analyzer) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) {
                return new IndexGeneration(reader, analyzer);
            }
        };
    }

    /** A chunk's stored fields, decoded on first use. */
    StoredChunk chunk(int doc) throws IOException {
        StoredChunk chunk = chunks.get(doc);
        if (chunk == null) {
            chunk = StoredChunk.of(storedFields().document(doc));
            chunks.set(doc, chunk);
        }
        return chunk;
    }

    UnifiedHighlighter highlighter() {
        return highlighter;
    }

    /** The words of the chunks' texts, for typo correction; gathered when the first typo is met. */
    TypoDictionary typos() throws IOException {
        TypoDictionary dictionary = typos;
        if (dictionary == null) {
            synchronized (this) {
                dictionary = typos;
                if (dictionary == null) {
                    dictionary = TypoDictionary.of(getIndexReader(), LuceneIndex.TEXT);
                    typos = dictionary;
                }
            }
        }
        return dictionary;
    }

    /** A chunk as stored in the index, everything a hit shows except what depends on the question. */
    record StoredChunk(String title, String source, @Nullable String heading, String text, List<String> audience,
            @Nullable LocalDate checked, List<String> references, List<Fact> facts) {

        static StoredChunk of(Document document) {
            String checked = document.get(LuceneIndex.CHECKED);
            return new StoredChunk(document.get(LuceneIndex.TITLE), document.get(LuceneIndex.SOURCE),
                    document.get(LuceneIndex.HEADING), document.get(LuceneIndex.TEXT),
                    List.of(document.getValues(LuceneIndex.AUDIENCE)), checked == null ? null : LocalDate.parse(checked),
                    List.of(document.getValues(LuceneIndex.REFERENCE)),
                    Arrays.stream(document.getValues(LuceneIndex.FACT)).map(Fact::fromStored).toList());
        }
    }

    /**
     * Lucene's passage scoring (BM25 over the passage's matches, favouring early passages) without its hash of the
     * passage's terms, which took a 32 KiB block for every passage scored: a fifth of the highlighter's time. A
     * passage holds a handful of matches, so a linear scan finds the repeated ones; the terms are summed in the same
     * order, so the scores are the same.
     */
    static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDocument = passage.getMatchTermFreqsInDoc();
            BytesRef[] unique = new BytesRef[matches];
            int[] uniqueInDocument = new int[matches];
            int[] uniqueInPassage = new int[matches];
            int count = 0;
            for (int i = 0; i < matches; i++) {
                int seen = 0;
                while (seen < count && !unique[seen].bytesEquals(terms[i])) {
                    seen++;
                }
                if (seen == count) {
                    unique[count] = terms[i];
                    uniqueInDocument[count] = inDocument[i];
                    count++;
                }
                uniqueInPassage[seen]++;
            }
            double score = 0;
            for (int i = 0; i < count; i++) {
                score += tf(uniqueInPassage[i], passage.getLength()) * weight(contentLength, uniqueInDocument[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }

    /** The unified highlighter, reading the text to mark from the generation's decoded chunks. */
    private static final class StoredTextHighlighter extends UnifiedHighlighter {

        private final IndexGeneration generation;

        StoredTextHighlighter(Builder builder, IndexGeneration generation) {
            super(builder);
            this.generation = generation;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !fields[0].equals(LuceneIndex.TEXT)) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] {generation.chunk(doc).text()});
            }
            return values;
        }
    }
}
