package nl.koers.knowledge;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Typo tolerance, only where it is needed: a word of the question (as analysed) that the knowledge base does not
 * contain at all is replaced by the closest word it does contain ("opleidng" → "opleid"), one typing error away
 * for short words and two for longer ones, with the first letter as typed. Words the index knows are never
 * changed, so a correct question searches exactly as before and costs one term lookup per word.
 */
final class TypoCorrection {

    /** Shorter words are too easily another word with one letter changed. */
    private static final int SHORTEST = 5;
    private static final int LONGER = 7;

    private TypoCorrection() {
    }

    /** For each unknown term of the question, the known term that replaces it; empty when all are known. */
    static Map<String, String> of(IndexGeneration generation, Iterable<String> terms) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        IndexReader reader = generation.getIndexReader();
        for (String term : terms) {
            if (term.length() < SHORTEST || known(reader, term)) {
                continue;
            }
            String closest = generation.typos().closest(term, term.length() >= LONGER ? 2 : 1);
            if (closest != null) {
                corrections.put(term, closest);
            }
        }
        return corrections;
    }

    private static boolean known(IndexReader reader, String term) throws IOException {
        for (String field : LuceneIndex.COVERED_FIELDS) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
    }
}
