package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An organisation drops a file into the knowledge folder: it becomes searchable without a restart. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:koers-watch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.ai.ollama.base-url=http://127.0.0.1:9",
        "koers.data-dir=target/test-data/${random.uuid}",
        "koers.search.watch-folder=true"})
class KnowledgeFolderWatchTest {

    static final Path FOLDER = createFolder();

    @Autowired
    KnowledgeSearch search;

    @Autowired
    KnowledgeIndexer indexer;

    @DynamicPropertySource
    static void knowledgeFolder(DynamicPropertyRegistry registry) {
        registry.add("koers.knowledge-dir", FOLDER::toString);
    }

    @Test
    void newChangedAndRemovedFilesAreNoticed() throws Exception {
        assertThat(search.search("verzuimbeleid ziekmelding", 5)).isEmpty();

        KnowledgeFiles.article(FOLDER, "beleid/verzuim.md", "verzuim", "Verzuimbeleid",
                "## Ziekmelding\n\nMeld je ziek voor negen uur bij je leidinggevende.");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(search.search("verzuimbeleid ziekmelding", 5)).extracting(SearchHit::source)
                        .contains("beleid/verzuim.md"));

        KnowledgeFiles.write(FOLDER, "beleid/kapot.md", "geen front matter");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indexer.status().skipped()).extracting(SkippedFile::source).contains("beleid/kapot.md"));

        Files.delete(FOLDER.resolve("beleid/verzuim.md"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(search.search("verzuimbeleid ziekmelding", 5)).isEmpty());
    }

    private static Path createFolder() {
        try {
            Path folder = Files.createTempDirectory("koers-kennis");
            KnowledgeFiles.article(folder, "start.md", "start", "Start", "## Welkom\n\nEen eerste artikel.");
            return folder;
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
