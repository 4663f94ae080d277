package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The line between a question the knowledge base answers and one it does not: every question of the evaluation sets
 * (the shared ones when they are beside the repository, and Koers's own; those about the cost of one's own course go
 * to the funding advisor instead) finds a hit that answers it, and none of the
 * off-topic questions a workplace also hears does, so Koers says it does not know rather than quote something
 * unrelated.
 */
class RelevanceTest {

    private static final KnowledgeSearch SEARCH = KnowledgeFixtures.bundledSearch();

    @Test
    void questionsTheArticlesAnswerAreNotRefused() throws IOException {
        List<String> refused = Stream.of("../shared/eval/retrieval-dev.tsv", "../shared/eval/answers-dev.tsv",
                        "src/test/resources/eval/retrieval-koers.tsv", "src/test/resources/eval/answers-koers.tsv")
                .map(Path::of).filter(Files::exists).flatMap(RelevanceTest::questions)
                .filter(question -> !forTheFundingAdvisor(question))
                .filter(question -> SEARCH.relevant(question, 5, null).isEmpty())
                .toList();

        assertThat(refused).isEmpty();
    }

    @Test
    void questionsOutsideTheKnowledgeBaseFindNothing() throws IOException {
        List<String> answered = questions(Path.of("src/test/resources/eval/off-topic.txt"))
                .filter(question -> !SEARCH.relevant(question, 5, null).isEmpty())
                .toList();

        assertThat(answered).isEmpty();
    }

    @Test
    void theFirstRelevantHitIsServedWithTheSnippetRelevantGivesIt() {
        String question = "Hoe bereid ik mijn loopbaangesprek voor?";
        List<SearchHit> all = SEARCH.relevant(question, 10, null);
        assertThat(all).hasSizeGreaterThan(2);

        List<SourceRef> looked = new java.util.ArrayList<>();
        var served = SEARCH.firstRelevant(question, 10, null, hit -> !hit.source().equals(all.getFirst().source()),
                hit -> {
                    looked.add(hit.ref());
                    return looked.size() < 2 ? java.util.Optional.<SearchHit>empty() : java.util.Optional.of(hit);
                });

        SearchHit expected = all.stream().filter(hit -> !hit.source().equals(all.getFirst().source())).skip(1)
                .findFirst().orElseThrow();
        assertThat(served).get().extracting(SearchHit::ref, SearchHit::snippet)
                .containsExactly(expected.ref(), expected.snippet());
        assertThat(served.get().snippet()).contains("<mark>");
        assertThat(looked).hasSize(2); // the hits after the one served are not looked at, nor highlighted
        assertThat(SEARCH.firstRelevant("", 10, null, hit -> true, java.util.Optional::of)).isEmpty();
    }

    /** "Welke vergoeding is er voor een training van 800 euro?" is answered by the funding advisor, not by a search. */
    private static boolean forTheFundingAdvisor(String question) {
        return nl.koers.funding.FundingQuestion.read(question).filter(nl.koers.funding.FundingQuestion::namesAnAction)
                .isPresent();
    }

    private static Stream<String> questions(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")[0].strip());
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
