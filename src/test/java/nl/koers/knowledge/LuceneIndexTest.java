package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch search behaviour on a small golden corpus, in the style of Lucene's own demo test. */
class LuceneIndexTest {

    private LuceneIndex index;

    @BeforeEach
    void index() throws IOException {
        index = KnowledgeFixtures.indexOf(List.of(
                chunk("gesprek.md", "Het loopbaangesprek", "Een loopbaangesprek kijkt drie tot vijf jaar vooruit."),
                chunk("pop.md", "De POP", "Leg je doelen en acties vast in een persoonlijk ontwikkelingsplan."),
                chunk("leren.md", "Leren op de werkvloer", "Meelopen met een collega is vaak de snelste leervorm."),
                chunk("geld.md", "Opleidingsbudget", "Een budget voor opleidingen van 750 euro per medewerker."),
                chunk("talent.md", "Talentmatrix", "De 9-box zet prestatie tegen potentieel."),
                chunk("veilig.md", "Escape", "Tekst met <script>alert('x')</script> en coaching erin.")));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aTypoInAWordTheIndexDoesNotKnowStillFinds() {
        assertThat(top("budget voor een opleidng")).isEqualTo("geld.md");
        assertThat(top("meelopen met een colega")).isEqualTo("leren.md");
        assertThat(top("loopbaangesprk")).isEqualTo("gesprek.md");
        assertThat(index.search("xqzvbwp", 3)).as("nothing near: nothing found").isEmpty();
    }

    @Test
    void stemmingMatchesPluralAndSingular() {
        assertThat(top("loopbaangesprekken")).isEqualTo("gesprek.md");
    }

    @Test
    void compoundsMeetTheirPartsBothWays() {
        assertThat(top("gesprek over mijn loopbaan")).isEqualTo("gesprek.md");
        assertThat(top("budget voor een opleiding")).isEqualTo("geld.md");
        assertThat(top("opleidingsbudget")).isEqualTo("geld.md");
    }

    @Test
    void domainSynonymsConnectAbbreviationsAndVariants() {
        assertThat(top("ontwikkelplan")).isEqualTo("pop.md");
        assertThat(top("wat is een POP")).isEqualTo("pop.md");
        assertThat(top("hoe werkt de talentmatrix")).isEqualTo("talent.md");
        assertThat(top("nine box")).isEqualTo("talent.md");
        assertThat(top("job shadowing")).isEqualTo("leren.md");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(top("LOOPBAANGESPREK")).isEqualTo("gesprek.md");
        assertThat(top("opléidingsbudget")).isEqualTo("geld.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (( \"", "loopbaan~2 OR title:pop^9", "*", "\\", "\"ongesloten", "-", "?", "[a TO z]",
            "/regex/", "&&", "!!!"})
    void queryOperatorsAreWordsNotSyntax(String question) {
        assertThat(index.search(question, 5)).isNotNull();
    }

    @Test
    void questionsOfOnlyStopWordsFindNothing() {
        assertThat(index.search("wat is het en hoe", 5)).isEmpty();
        assertThat(index.search("   ", 5)).isEmpty();
    }

    @Test
    void snippetsMarkMatchesAndEscapeHtml() {
        SearchHit hit = index.search("coaching", 1).getFirst();

        assertThat(hit.source()).isEqualTo("veilig.md");
        assertThat(hit.snippet()).contains("<mark>coaching</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(hit.text()).contains("<script>");
    }

    @Test
    void hitsCarryTheirSourceAndArticleFields() {
        SearchHit hit = index.search("meelopen", 1).getFirst();

        assertThat(hit.title()).isEqualTo("Leren op de werkvloer");
        assertThat(hit.heading()).isEqualTo("Kop");
        assertThat(hit.audience()).containsExactly("medewerker");
        assertThat(hit.checked()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(hit.score()).isPositive();
    }

    @Test
    void searchesDuringARebuildAlwaysSeeACompleteIndex() throws Exception {
        List<KnowledgeChunk> corpus = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            corpus.add(chunk("a" + i + ".md", "Artikel " + i, "Over leren, coaching en het loopbaangesprek " + i));
        }
        index.replaceAll(corpus);
        var rebuilding = new AtomicBoolean(true);
        var rebuilds = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 15; i++) {
                    index.replaceAll(corpus);
                }
            } catch (IOException failure) {
                throw new IllegalStateException(failure);
            } finally {
                rebuilding.set(false);
            }
        });

        int searches = 0;
        while (rebuilding.get() || searches < 50) {
            assertThat(index.search("coaching loopbaangesprek", 10)).hasSize(10);
            searches++;
        }
        rebuilds.get();
        assertThat(index.size()).isEqualTo(300);
    }

    /** Indexes written before Koers stopped storing term vectors are rebuilt in place at the next start. */
    @Test
    void anIndexWrittenWithTermVectorsIsReplacedWithoutThem() throws IOException {
        var directory = new org.apache.lucene.store.ByteBuffersDirectory();
        var withVectors = new org.apache.lucene.document.FieldType(org.apache.lucene.document.TextField.TYPE_STORED);
        withVectors.setStoreTermVectors(true);
        withVectors.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (var writer = new org.apache.lucene.index.IndexWriter(directory,
                new org.apache.lucene.index.IndexWriterConfig(new DutchKnowledgeAnalyzer()))) {
            var old = new org.apache.lucene.document.Document();
            for (String field : List.of(LuceneIndex.TITLE, LuceneIndex.TOPICS, LuceneIndex.TEXT)) {
                old.add(new org.apache.lucene.document.Field(field, "Een oud loopbaangesprek", withVectors));
            }
            writer.addDocument(old);
        }

        try (var reopened = new LuceneIndex(directory, new DutchKnowledgeAnalyzer())) {
            assertThat(reopened.size()).isEqualTo(1);
            reopened.replaceAll(List.of(chunk("gesprek.md", "Het loopbaangesprek", "Een loopbaangesprek kijkt vooruit.")));
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(reopened.search("loopbaangesprek", 3)).extracting(SearchHit::source).containsExactly("gesprek.md");
        }
    }

    @Test
    void anIndexOpenedInTheBackgroundIsUsedOnceOpenAndSaysWhenItCannotBe() throws IOException {
        var directory = new org.apache.lucene.store.ByteBuffersDirectory();
        try (var opened = LuceneIndex.openInBackground(directory, new DutchKnowledgeAnalyzer())) {
            opened.replaceAll(List.of(chunk("gesprek.md", "Het loopbaangesprek", "Een loopbaangesprek kijkt vooruit.")));
            assertThat(opened.search("loopbaangesprek", 3)).extracting(SearchHit::source).containsExactly("gesprek.md");

            // a second index on the same directory: its writer cannot take the lock the first one holds
            var second = LuceneIndex.openInBackground(directory, new DutchKnowledgeAnalyzer());
            org.assertj.core.api.Assertions.assertThatThrownBy(second::awaitOpen)
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessage("cannot open the knowledge index")
                    .hasCauseInstanceOf(org.apache.lucene.store.LockObtainFailedException.class);
            second.close();
        }
    }

    private String top(String question) {
        List<SearchHit> hits = index.search(question, 3);
        assertThat(hits).as("hits for " + question).isNotEmpty();
        return hits.getFirst().source();
    }

    private static KnowledgeChunk chunk(String source, String title, String text) {
        return new KnowledgeChunk(source + "#0", source, title, "Kop", text, List.of(), List.of("medewerker"),
                List.of("bron"), LocalDate.of(2026, 11, 22));
    }
}
