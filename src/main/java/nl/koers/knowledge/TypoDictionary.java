package nl.koers.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The words of one field of the index, grouped by first letter, for finding the nearest known word to a typo. It
 * finds what Lucene's fuzzy terms would (the first letter as typed, then at most the given number of insertions,
 * deletions, substitutions or swaps of neighbours; nearest first, then the word in most chunks, then the first in
 * index order), but by comparing the few words that start alike and differ little in length instead of building
 * an automaton per typo, which took most of a search's time when a question held one.
 */
final class TypoDictionary {

    private final Map<Integer, List<Entry>> byFirstLetter;

    private TypoDictionary(Map<Integer, List<Entry>> byFirstLetter) {
        this.byFirstLetter = byFirstLetter;
    }

    static TypoDictionary of(IndexReader reader, String field) throws IOException {
        Map<Integer, List<Entry>> words = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum all = terms.iterator();
            for (BytesRef term = all.next(); term != null; term = all.next()) {
                int[] letters = term.utf8ToString().codePoints().toArray();
                if (letters.length > 0) {
                    words.computeIfAbsent(letters[0], first -> new ArrayList<>())
                            .add(new Entry(term.utf8ToString(), letters, all.docFreq()));
                }
            }
        }
        return new TypoDictionary(words);
    }

    /** The known word nearest to this one within so many edits after its first letter, or null when none is. */
    @Nullable String closest(String typed, int maxEdits) {
        int[] letters = typed.codePoints().toArray();
        if (letters.length == 0) {
            return null;
        }
        Entry best = null;
        float bestBoost = -1;
        for (Entry candidate : byFirstLetter.getOrDefault(letters[0], List.of())) {
            if (Math.abs(candidate.letters().length - letters.length) > maxEdits) {
                continue;
            }
            int edits = distance(letters, candidate.letters(), maxEdits);
            if (edits > maxEdits) {
                continue;
            }
            float boost = 1f - (float) edits / Math.min(letters.length, candidate.letters().length);
            if (best == null || boost > bestBoost || boost == bestBoost && candidate.frequency() > best.frequency()) {
                best = candidate;
                bestBoost = boost;
            }
        }
        return best == null ? null : best.word();
    }

    /**
     * Edits between two words after their common first letter, counting a swap of neighbours as one (the optimal
     * string alignment distance, as Lucene's fuzzy matching counts); more than {@code limit} as soon as every
     * alignment of a row exceeds it.
     */
    static int distance(int[] a, int[] b, int limit) {
        int n = a.length - 1;
        int m = b.length - 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = i;
            for (int j = 1; j <= m; j++) {
                int cost = a[i] == b[j] ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i] == b[j - 1] && a[i - 1] == b[j]) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    private record Entry(String word, int[] letters, int frequency) {
    }
}
