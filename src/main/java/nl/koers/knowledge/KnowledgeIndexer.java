package nl.koers.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import nl.koers.system.KoersProperties;

/**
 * Rebuilds the knowledge index from the knowledge folder: at start-up, when HR asks, and when a file
 * changes. One build runs at a time; requests that arrive during a build are folded into one more build
 * afterwards. Searches keep using the previous index until a build commits.
 */
@Component
public class KnowledgeIndexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

    private final LuceneIndex index;
    private final ArticleIngestion ingestion;
    private final Path folder;
    private final Clock clock;
    /** The last build's status; none before the first build ends. */
    private final AtomicReference<@Nullable IndexStatus> status = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean firstBuildPending = new AtomicBoolean(true);
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("knowledge-indexer").daemon().factory());

    KnowledgeIndexer(LuceneIndex index, ArticleIngestion ingestion, KoersProperties properties, Clock clock) {
        this.index = index;
        this.ingestion = ingestion;
        this.folder = properties.knowledgeDir();
        this.clock = clock;
    }

    /** Builds the index now and returns what it produced. */
    public synchronized IndexStatus reindex() {
        Instant started = clock.instant();
        try {
            ArticleIngestion.Result result = ingestion.ingest(folder);
            index.replaceAll(result.chunks());
            return built(result, started);
        } catch (IOException failure) {
            log.error("Kennisindex kon niet worden bijgewerkt; de vorige index blijft in gebruik.", failure);
            return status();
        } finally {
            index.firstBuildDone();
            firstBuildPending.set(false);
        }
    }

    private IndexStatus built(ArticleIngestion.Result result, Instant started) {
        Instant done = clock.instant();
        IndexStatus built = new IndexStatus(result.files(), result.chunks().size(), result.skipped(), done,
                Duration.between(started, done));
        status.set(built);
        log.info("Kennisbank geïndexeerd: {} bestanden, {} fragmenten, {} overgeslagen, in {} ms.", built.files(),
                built.chunks(), built.skipped().size(), built.took().toMillis());
        return built;
    }

    /** Asks for a build in the background; returns at once. */
    public void requestReindex() {
        if (queued.compareAndSet(false, true)) {
            background.execute(() -> {
                queued.set(false);
                try {
                    reindex();
                } catch (RuntimeException failure) {
                    log.error("Herindexeren van de kennisbank mislukt", failure);
                }
            });
        }
    }

    /** The last build's status, or before the first build what the stored index holds (the index opens first). */
    public IndexStatus status() {
        IndexStatus built = status.get();
        return built != null ? built : IndexStatus.notBuilt(index.size());
    }

    /** Whether the first build since Koers started has yet to end. */
    public boolean firstBuildPending() {
        return firstBuildPending.get();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
