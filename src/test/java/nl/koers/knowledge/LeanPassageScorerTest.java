package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;

/** The leaner passage scoring picks the same passages as Lucene's own, for every evaluation question. */
class LeanPassageScorerTest {

    @Test
    void snippetsAreThoseOfLucenesPassageScorer() throws Exception {
        List<String> questions = new ArrayList<>();
        RetrievalEvaluation.read(Path.of("src/test/resources/eval/retrieval-koers.tsv")).questions()
                .forEach(question -> questions.add(question.text()));
        try (LuceneIndex index = KnowledgeFixtures.indexOf(KnowledgeFixtures.bundledChunks())) {
            int compared = index.read(generation -> {
                UnifiedHighlighter lucenes = UnifiedHighlighter.builder(generation, index.analyzer())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withMaxLength(20_000).withWeightMatches(false).build();
                int snippets = 0;
                for (String question : questions) {
                    Query query = index.query(question);
                    TopDocs top = generation.search(query, 10);
                    String[] expected = lucenes.highlight(LuceneIndex.TEXT, query, top, LuceneIndex.SNIPPET_PASSAGES);
                    String[] actual = generation.highlighter().highlight(LuceneIndex.TEXT, query, top,
                            LuceneIndex.SNIPPET_PASSAGES);
                    assertThat(actual).as(question).containsExactly(expected);
                    snippets += actual.length;
                }
                return snippets;
            });
            assertThat(compared).isGreaterThan(questions.size() * 5);
        }
    }
}
