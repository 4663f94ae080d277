package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIngestionTest {

    @TempDir
    Path folder;

    private final ArticleIngestion ingestion = new ArticleIngestion(KnowledgeFixtures.AMSTERDAM);

    @Test
    void readsMarkdownPdfAndDocxAndSkipsBrokenFilesWithAReason() throws Exception {
        KnowledgeFiles.article(folder, "eigen/goed.md", "goed", "Goed artikel", "## Kop\n\nInhoud over coaching.");
        KnowledgeFiles.write(folder, "eigen/zonder-front-matter.md", "Alleen tekst.");
        KnowledgeFiles.write(folder, "leeg.md", "");
        KnowledgeFiles.pdf(folder, "verzuimbeleid_2026.pdf", "Bij ziekte meld je je voor negen uur.",
                "Na twee weken volgt een gesprek met de bedrijfsarts.");
        KnowledgeFiles.docx(folder, "opleidingsbeleid.docx", "Iedere medewerker heeft een opleidingsbudget.",
                "Het budget is 750 euro per jaar.");
        Files.write(folder.resolve("kapot.pdf"), new byte[] {1, 2, 3, 4, 5});
        KnowledgeFiles.docx(folder, "leeg.docx");
        KnowledgeFiles.write(folder, "notities.txt", "wordt niet gelezen");
        KnowledgeFiles.write(folder, ".verborgen/geheim.md", "wordt niet gelezen");
        Files.write(folder.resolve("~$opleidingsbeleid.docx"), new byte[] {0});

        ArticleIngestion.Result result = ingestion.ingest(folder);

        assertThat(result.files()).isEqualTo(3);
        assertThat(result.chunks()).extracting(KnowledgeChunk::source)
                .containsOnly("eigen/goed.md", "verzuimbeleid_2026.pdf", "opleidingsbeleid.docx");
        assertThat(result.chunks()).filteredOn(chunk -> chunk.source().endsWith(".pdf")).singleElement()
                .satisfies(pdf -> {
                    assertThat(pdf.title()).isEqualTo("verzuimbeleid 2026");
                    assertThat(pdf.text()).contains("bedrijfsarts");
                    assertThat(pdf.audience()).containsExactlyInAnyOrder("medewerker", "leidinggevende", "hr");
                });
        assertThat(result.chunks()).filteredOn(chunk -> chunk.source().endsWith(".docx")).singleElement()
                .satisfies(docx -> assertThat(docx.text()).contains("750 euro"));
        assertThat(result.skipped()).extracting(SkippedFile::source)
                .containsExactlyInAnyOrder("eigen/zonder-front-matter.md", "leeg.md", "kapot.pdf", "leeg.docx");
        assertThat(result.skipped()).filteredOn(file -> file.source().equals("kapot.pdf")).singleElement()
                .extracting(SkippedFile::reason).asString().contains("geldig PDF-bestand");
    }

    @Test
    void aKnowledgeFolderLinkedInFromElsewhereIsReadAsTheFolderItself() throws Exception {
        Path kept = folder.resolve("gedeeld");
        KnowledgeFiles.article(kept, "eigen/goed.md", "goed", "Goed artikel", "## Kop\n\nInhoud over coaching.");
        Files.createSymbolicLink(kept.resolve("eigen/rondje"), kept); // a link back up is not walked into
        Path linked = Files.createSymbolicLink(folder.resolve("knowledge"), kept);

        ArticleIngestion.Result result = ingestion.ingest(linked);

        assertThat(result.files()).isEqualTo(1);
        assertThat(result.chunks()).extracting(KnowledgeChunk::source).containsOnly("eigen/goed.md");
        assertThat(IndexedBuild.fingerprint(linked, "koers.jar|1")).isNotNull()
                .isEqualTo(IndexedBuild.fingerprint(kept, "koers.jar|1"));
    }

    @Test
    void aMissingFolderIsAnEmptyKnowledgeBase() {
        ArticleIngestion.Result result = ingestion.ingest(folder.resolve("bestaat-niet"));

        assertThat(result.chunks()).isEmpty();
        assertThat(result.files()).isZero();
    }

    @Test
    void theBundledKnowledgeBaseIsCompleteAndHasNoSkippedFiles() {
        ArticleIngestion.Result result = ingestion.ingest(KnowledgeFixtures.BUNDLED);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.files()).isGreaterThanOrEqualTo(35);
        assertThat(result.chunks()).allSatisfy(chunk -> {
            assertThat(chunk.references()).isNotEmpty();
            assertThat(chunk.checked()).isNotNull();
            assertThat(chunk.audience()).isNotEmpty();
        });
        assertThat(result.chunks()).extracting(KnowledgeChunk::source).extracting(source -> source.split("/")[0])
                .contains("loopbaangesprek", "pop", "leren", "toekomst", "opvolging", "invoering", "financiering");
    }
}
