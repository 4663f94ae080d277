package nl.koers.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * How much of a question a chunk covers: each word of the question weighs by how rare it is in the knowledge base, and
 * a chunk scores the share of that weight found in its title, topics and text. A hit that shares only common words
 * scores low, so a question the knowledge base does not cover is recognised as such.
 */
final class QuestionCoverage {

    private static final int SHORT_WORD = 4;
    private static final int UNKNOWN_SHORT_SHARE = 5;
    /** A number that is no year ("30 man", "3 dagen") tells a size, not the subject: it weighs as a common word. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d{1,3}|\\d{5,}");
    /**
     * A long word the knowledge base never uses is most often the subject it does not cover ("leaseauto",
     * "vakantiedagen"): it weighs half as much again, so a chunk that shares only the question's other words does not
     * pass for an answer.
     */
    private static final double UNKNOWN_FACTOR = 1.5;

    private final Map<String, Double> weights;
    private final IndexSearcher searcher;

    private QuestionCoverage(Map<String, Double> weights, IndexSearcher searcher) {
        this.weights = weights;
        this.searcher = searcher;
    }

    static QuestionCoverage of(Analyzer analyzer, IndexSearcher searcher, String question) throws IOException {
        return of(analyzer, searcher, question, Map.of());
    }

    /** As {@link #of(Analyzer, IndexSearcher, String)}, with a question's typos read as the words they replace. */
    static QuestionCoverage of(Analyzer analyzer, IndexSearcher searcher, String question, Map<String, String> typos)
            throws IOException {
        return new QuestionCoverage(termWeights(analyzer, searcher, question, typos), searcher);
    }

    /**
     * Each word of the question (as analysed) with its inverse document frequency: rare words say more about what
     * is asked, and a word the knowledge base never uses weighs most of all (see {@link #UNKNOWN_FACTOR}). An unknown
     * word of two or three letters ("ok", "joh") says little about the subject: it weighs as if a fifth of the chunks
     * held it.
     */
    static Map<String, Double> termWeights(Analyzer analyzer, IndexSearcher searcher, String question,
            Map<String, String> typos) throws IOException {
        int documents = Math.max(1, searcher.getIndexReader().numDocs());
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        for (String asked : terms(analyzer, question)) {
            String term = typos.getOrDefault(asked, asked);
            int frequency = searcher.getIndexReader().docFreq(new Term(LuceneIndex.TEXT, term));
            if (frequency == 0 && term.length() < SHORT_WORD || COUNT.matcher(term).matches()) {
                frequency = Math.max(frequency, documents / UNKNOWN_SHORT_SHARE);
            }
            double weight = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
            weights.put(term, frequency == 0 ? UNKNOWN_FACTOR * weight : weight);
        }
        return weights;
    }

    /**
     * The share of the question's weight that a chunk (title, topics and text) contains, from 0 to 1, looked up in
     * the term vectors stored with each chunk, so no text is analysed again at search time.
     */
    float of(int doc) throws IOException {
        return share(doc, LuceneIndex.COVERED_FIELDS);
    }

    /** The share of the question's weight in a chunk's title and topics: what its whole article is about. */
    float ofSubject(int doc) throws IOException {
        return share(doc, LuceneIndex.SUBJECT_FIELDS);
    }

    private float share(int doc, List<String> fields) throws IOException {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return 0;
        }
        Fields vectors = searcher.getIndexReader().termVectors().get(doc);
        double found = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            if (vectors != null && contains(vectors, weight.getKey(), fields)) {
                found += weight.getValue();
            }
        }
        return (float) (found / total);
    }

    private static boolean contains(Fields vectors, String term, List<String> fields) throws IOException {
        BytesRef bytes = new BytesRef(term);
        for (String field : fields) {
            Terms terms = vectors.terms(field);
            if (terms != null && terms.iterator().seekExact(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The question's words as the index has them: analysed, each once. */
    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream(LuceneIndex.TEXT, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms.stream().distinct().toList();
    }
}
