package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.system.KoersProperties;

/**
 * A restart on the same knowledge files and the same program serves the stored index instead of building it again;
 * any change to the files or the program builds, and so does HR's explicit request.
 */
class KnowledgeIndexerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path data;

    private Path knowledge;
    private Instant now = Instant.parse("2026-12-06T08:00:00Z");
    private @Nullable LuceneIndex open;
    /** Whether the index's directory can be made to fail its commits, and whether it does now (a full disk). */
    private boolean failingDirectory;
    private volatile boolean failCommits;

    @BeforeEach
    void articles() throws IOException {
        knowledge = Files.createDirectories(data.resolve("knowledge"));
        write("gesprek.md", "Het loopbaangesprek", "Een loopbaangesprek kijkt drie tot vijf jaar vooruit.");
        write("pop.md", "De POP", "Leg je doelen en acties vast in een persoonlijk ontwikkelingsplan.");
        Files.writeString(knowledge.resolve("kapot.pdf"), "dit is geen pdf");
    }

    @AfterEach
    void close() throws IOException {
        if (open != null) {
            open.close();
        }
    }

    @Test
    void aRestartOnTheSameFilesAndProgramKeepsTheStoredIndexWithWhatItsBuildFound() throws IOException {
        IndexStatus first = start("koers.jar|1").refresh();
        assertThat(first.chunks()).isPositive();
        assertThat(first.skipped()).extracting(SkippedFile::source).containsExactly("kapot.pdf");

        later();
        KnowledgeIndexer restarted = start("koers.jar|1");
        IndexStatus second = restarted.refresh();

        assertThat(second.builtAt()).as("not built again").isEqualTo(first.builtAt());
        assertThat(second).isEqualTo(first);
        assertThat(restarted.status()).isEqualTo(first);
        assertThat(restarted.firstBuildPending()).isFalse();
        assertThat(open.search("loopbaangesprek", 3)).extracting(SearchHit::source).contains("gesprek.md");
    }

    @Test
    void aChangedArticleIsBuiltAgain() throws IOException {
        IndexStatus first = start("koers.jar|1").refresh();
        write("gesprek.md", "Het loopbaangesprek", "Een loopbaangesprek gaat ook over mobiliteit en duurzame inzetbaarheid.");

        later();
        KnowledgeIndexer restarted = start("koers.jar|1");
        IndexStatus second = restarted.refresh();

        assertThat(second.builtAt()).isAfter(first.builtAt());
        assertThat(open.search("mobiliteit", 3)).extracting(SearchHit::source).contains("gesprek.md");
    }

    @Test
    void anAddedOrRemovedFileIsBuiltAgain() throws IOException {
        IndexStatus first = start("koers.jar|1").refresh();
        write("leren.md", "Leren op de werkvloer", "Meelopen met een collega is vaak de snelste leervorm.");
        later();
        IndexStatus added = start("koers.jar|1").refresh();
        assertThat(added.builtAt()).isAfter(first.builtAt());
        assertThat(added.files()).isEqualTo(first.files() + 1);

        Files.delete(knowledge.resolve("kapot.pdf"));
        later();
        IndexStatus removed = start("koers.jar|1").refresh();
        assertThat(removed.builtAt()).isAfter(added.builtAt());
        assertThat(removed.skipped()).isEmpty();
    }

    @Test
    void hiddenAndTemporaryFilesThatNoBuildReadsDoNotCauseOne() throws IOException {
        IndexStatus first = start("koers.jar|1").refresh();
        Files.writeString(knowledge.resolve(".DS_Store"), "finder");
        Files.writeString(knowledge.resolve("~$beleid.docx"), "word houdt dit bestand open");

        later();
        assertThat(start("koers.jar|1").refresh().builtAt()).isEqualTo(first.builtAt());
    }

    @Test
    void aDocumentSavedAgainIsBuiltAgainForItsDateAnArticleIsNot() throws IOException {
        Path policy = KnowledgeFiles.pdf(knowledge, "beleid.pdf", "Ons opleidingsbeleid: elk jaar een budget.");
        Files.setLastModifiedTime(policy, FileTime.from(Instant.parse("2026-10-01T10:00:00Z")));
        IndexStatus first = start("koers.jar|1").refresh();

        Files.setLastModifiedTime(knowledge.resolve("pop.md"), FileTime.from(Instant.parse("2026-11-30T10:00:00Z")));
        later();
        assertThat(start("koers.jar|1").refresh().builtAt()).as("an article's date is in its front matter")
                .isEqualTo(first.builtAt());

        Files.setLastModifiedTime(policy, FileTime.from(Instant.parse("2026-12-01T10:00:00Z")));
        later();
        assertThat(start("koers.jar|1").refresh().builtAt()).as("a document's date is its file's")
                .isAfter(first.builtAt());
        assertThat(open.search("opleidingsbeleid", 3)).filteredOn(hit -> hit.source().equals("beleid.pdf"))
                .extracting(SearchHit::checked).containsOnly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aBuildThatFailsBeforeItsCommitLeavesThePreviousBuildAndItsRecord() throws IOException {
        failingDirectory = true;
        IndexStatus first = start("koers.jar|1").refresh();
        write("gesprek.md", "Het loopbaangesprek", "Een loopbaangesprek gaat ook over mobiliteit.");

        failCommits = true;
        KnowledgeIndexer failing = start("koers.jar|1");
        later();
        assertThat(failing.refresh().builtAt()).as("the failed build is not reported as built")
                .isEqualTo(first.builtAt());
        assertThat(IndexedBuild.from(open.commitData(), 0)).extracting(IndexedBuild::status)
                .extracting(IndexStatus::builtAt).as("the commit on disk keeps the previous record")
                .isEqualTo(first.builtAt());

        failCommits = false;
        KnowledgeIndexer restarted = start("koers.jar|1");
        assertThat(open.size()).as("stopping did not commit the half-done build").isEqualTo(first.chunks());
        later();
        assertThat(restarted.refresh().builtAt()).as("the changed article is built now").isEqualTo(now);
        assertThat(open.search("mobiliteit", 3)).extracting(SearchHit::source).contains("gesprek.md");
    }

    @Test
    void anotherProgramBuildsAgain() throws IOException {
        IndexStatus first = start("koers.jar|1").refresh();
        later();
        assertThat(start("koers.jar|2").refresh().builtAt()).isAfter(first.builtAt());
    }

    @Test
    void anUnknownProgramAlwaysBuilds() throws IOException {
        IndexStatus first = start(null).refresh();
        later();
        assertThat(start(null).refresh().builtAt()).isAfter(first.builtAt());
    }

    @Test
    void hrsRequestBuildsEvenWhenNothingChanged() throws IOException {
        KnowledgeIndexer indexer = start("koers.jar|1");
        IndexStatus first = indexer.refresh();
        later();
        assertThat(indexer.reindex().builtAt()).isAfter(first.builtAt());
        later();
        assertThat(start("koers.jar|1").refresh().builtAt()).as("the forced build is recorded too")
                .isEqualTo(indexer.status().builtAt());
    }

    @Test
    void anIndexOfAnOlderKoersWithoutARecordIsBuilt() throws IOException {
        start("koers.jar|1");
        open.replaceAll(List.of(new ArticleIngestion(ZONE).ingest(knowledge).chunks().getFirst()));
        later();
        IndexStatus rebuilt = start("koers.jar|1").refresh();
        assertThat(rebuilt.builtAt()).isEqualTo(now);
        assertThat(rebuilt.chunks()).isGreaterThan(1);
    }

    @Test
    void theProgramIsTheJarItRunsFromAndUnknownForAFolderOfClasses() throws IOException {
        Path jar = Files.writeString(data.resolve("koers.jar"), "jar");
        String program = IndexedBuild.program(new CodeSource(jar.toUri().toURL(), (Certificate[]) null), "UTC");
        assertThat(program).startsWith("koers.jar|3|").endsWith("|UTC");

        Files.writeString(jar, "a new build");
        assertThat(IndexedBuild.program(new CodeSource(jar.toUri().toURL(), (Certificate[]) null), "UTC"))
                .isNotEqualTo(program);
        assertThat(IndexedBuild.program(new CodeSource(data.toUri().toURL(), (Certificate[]) null), "UTC")).isNull();
        assertThat(IndexedBuild.program(null, "UTC")).isNull();
    }

    @Test
    void anUnreadableRecordCountsAsNone() {
        assertThat(IndexedBuild.from(java.util.Map.of("koers.fingerprint", "abc", "koers.files", "veel"), 3)).isNull();
        assertThat(IndexedBuild.from(java.util.Map.of(), 3)).isNull();
    }

    /** Opens the index in the data folder as a start of Koers does, closing the one a previous start opened. */
    private KnowledgeIndexer start(@Nullable String program) throws IOException {
        close();
        Directory directory = FSDirectory.open(data.resolve("index"));
        if (failingDirectory) {
            directory = new FilterDirectory(directory) {
                @Override
                public void sync(java.util.Collection<String> names) throws IOException {
                    if (failCommits) {
                        throw new IOException("schijf vol");
                    }
                    super.sync(names);
                }
            };
        }
        open = new LuceneIndex(directory, new DutchKnowledgeAnalyzer());
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new KnowledgeIndexer(open, new ArticleIngestion(ZONE),
                new KoersProperties(data, knowledge, data.resolve("prompts")), clock, program);
    }

    private void later() {
        now = now.plus(Duration.ofMinutes(5));
    }

    private void write(String name, String title, String text) throws IOException {
        KnowledgeFiles.article(knowledge, name, name.replace(".md", ""), title, text);
    }
}
