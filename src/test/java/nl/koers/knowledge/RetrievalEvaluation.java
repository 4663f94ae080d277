package nl.koers.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The retrieval evaluation: questions with required term groups, scored on the text of the top hits.
 *
 * <p>File format, one question a line: {@code question<TAB>groups}; groups are separated by {@code ' ; '} and
 * alternatives inside a group by {@code '|'}. A question is <em>found at rank r</em> when the title and text of
 * the top r hits, lower-cased, together hold at least one alternative of every group. Recall@3 is the share found
 * at rank 3 or better; MRR averages 1/r over the questions (0 when not found within 10).
 */
public record RetrievalEvaluation(List<Question> questions) {

    public static final int RECALL_AT = 3;
    public static final int MRR_DEPTH = 10;

    /** What a retriever returns for one question: title plus text of each hit, best first. */
    public interface Retriever extends Function<String, List<String>> {
    }

    public record Question(String text, List<List<String>> groups) {

        /** The first rank at which the hits hold every group, or 0. */
        int foundAt(List<String> hits) {
            StringBuilder seen = new StringBuilder();
            for (int rank = 1; rank <= Math.min(hits.size(), MRR_DEPTH); rank++) {
                seen.append(hits.get(rank - 1).toLowerCase(Locale.ROOT)).append('\n');
                String text = seen.toString();
                if (groups.stream().allMatch(group -> group.stream().anyMatch(text::contains))) {
                    return rank;
                }
            }
            return 0;
        }
    }

    public record Score(int questions, int found, double recallAt3, double mrr, List<String> missed) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Recall@3 %.3f (%d/%d), MRR %.3f", recallAt3, found, questions, mrr);
        }
    }

    public static RetrievalEvaluation read(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            List<List<String>> groups = Arrays.stream(parts[1].split(" ; "))
                    .map(group -> Arrays.stream(group.split("\\|")).map(String::strip)
                            .map(term -> term.toLowerCase(Locale.ROOT)).toList())
                    .toList();
            questions.add(new Question(parts[0].strip(), groups));
        }
        return new RetrievalEvaluation(List.copyOf(questions));
    }

    public Score score(Retriever retriever) {
        int found = 0;
        double reciprocal = 0;
        List<String> missed = new ArrayList<>();
        for (Question question : questions) {
            int rank = question.foundAt(retriever.apply(question.text()));
            if (rank > 0 && rank <= RECALL_AT) {
                found++;
            } else {
                missed.add(question.text() + (rank > 0 ? " (rank " + rank + ")" : " (not in top " + MRR_DEPTH + ")"));
            }
            reciprocal += rank > 0 ? 1.0 / rank : 0;
        }
        int total = questions.size();
        return new Score(total, found, (double) found / total, reciprocal / total, List.copyOf(missed));
    }
}
