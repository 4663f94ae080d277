package nl.koers.knowledge;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

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
    static Map<String, String> of(IndexReader reader, Iterable<String> terms) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        Terms text = MultiTerms.getTerms(reader, LuceneIndex.TEXT);
        if (text == null) {
            return corrections;
        }
        for (String term : terms) {
            if (term.length() < SHORTEST || known(reader, term)) {
                continue;
            }
            String closest = closest(text, term);
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

    /** The nearest known term; among equally near ones, the one in most chunks. */
    private static String closest(Terms terms, String term) throws IOException {
        int edits = term.length() >= LONGER ? 2 : 1;
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(LuceneIndex.TEXT, term), edits, 1, true);
        String best = null;
        float bestBoost = -1;
        int bestFrequency = -1;
        for (BytesRef found = candidates.next(); found != null; found = candidates.next()) {
            float boost = candidates.getBoost();
            int frequency = candidates.docFreq();
            if (boost > bestBoost || boost == bestBoost && frequency > bestFrequency) {
                best = found.utf8ToString();
                bestBoost = boost;
                bestFrequency = frequency;
            }
        }
        return best;
    }
}
