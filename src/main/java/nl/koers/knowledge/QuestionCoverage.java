package nl.koers.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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

    /** The coverage of a question's words (as analysed), its typos read as the words they replace. */
    static QuestionCoverage of(IndexSearcher searcher, List<String> terms, Map<String, String> typos)
            throws IOException {
        return new QuestionCoverage(termWeights(searcher, terms, typos), searcher);
    }

    /**
     * Each word of the question (as analysed) with its inverse document frequency: rare words say more about what
     * is asked, and a word the knowledge base never uses weighs most of all (see {@link #UNKNOWN_FACTOR}). An unknown
     * word of two or three letters ("ok", "joh") says little about the subject: it weighs as if a fifth of the chunks
     * held it.
     */
    static Map<String, Double> termWeights(IndexSearcher searcher, List<String> terms, Map<String, String> typos)
            throws IOException {
        int documents = Math.max(1, searcher.getIndexReader().numDocs());
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        for (String asked : terms) {
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
     * For each of these chunks, the share of the question's weight it contains, from 0 to 1: {@code [i][0]} in its
     * title, topics and text, {@code [i][1]} in its title and topics only (what its whole article is about). Read
     * from the postings of the question's few words, visiting the chunks in index order, so nothing is decoded
     * but the lists of the words asked.
     */
    float[][] shares(int[] docs) throws IOException {
        float[][] shares = new float[docs.length][2];
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0 || docs.length == 0) {
            return shares;
        }
        List<String> words = List.copyOf(weights.keySet());
        boolean[][] covered = new boolean[docs.length][words.size()];
        boolean[][] subject = new boolean[docs.length][words.size()];
        int[] order = java.util.stream.IntStream.range(0, docs.length).boxed()
                .sorted(java.util.Comparator.comparingInt(i -> docs[i])).mapToInt(Integer::intValue).toArray();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (String field : LuceneIndex.COVERED_FIELDS) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                boolean aboutSubject = LuceneIndex.SUBJECT_FIELDS.contains(field);
                TermsEnum lookup = terms.iterator();
                for (int word = 0; word < words.size(); word++) {
                    if (!lookup.seekExact(new BytesRef(words.get(word)))) {
                        continue;
                    }
                    PostingsEnum chunks = lookup.postings(null, PostingsEnum.NONE);
                    for (int hit : order) {
                        int local = docs[hit] - leaf.docBase;
                        if (local < 0 || local >= leaf.reader().maxDoc()) {
                            continue;
                        }
                        int at = chunks.docID() < local ? chunks.advance(local) : chunks.docID();
                        if (at == local) {
                            covered[hit][word] = true;
                            subject[hit][word] |= aboutSubject;
                        }
                    }
                }
            }
        }
        for (int hit = 0; hit < docs.length; hit++) {
            double found = 0;
            double aboutSubject = 0;
            for (int word = 0; word < words.size(); word++) {
                double weight = weights.get(words.get(word));
                found += covered[hit][word] ? weight : 0;
                aboutSubject += subject[hit][word] ? weight : 0;
            }
            shares[hit][0] = (float) (found / total);
            shares[hit][1] = (float) (aboutSubject / total);
        }
        return shares;
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
