package nl.koers.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.koers.system.KoersProperties;

/**
 * Rebuilds the knowledge index from the knowledge folder: at start-up and when a file changes, unless the index was
 * built from these very files by this very program ({@link IndexedBuild}), and whenever HR asks. One build runs at a
 * time; requests that arrive during a build are folded into one more build afterwards. Searches keep using the
 * previous index until a build commits.
 */
@Component
public class KnowledgeIndexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

    private final LuceneIndex index;
    private final ArticleIngestion ingestion;
    private final Path folder;
    private final Clock clock;
    /** The program that builds, as {@link IndexedBuild#program} names it; null when unknown: then nothing is reused. */
    private final @Nullable String program;
    /** The last build's status; none before the first build ends. */
    private final AtomicReference<@Nullable IndexStatus> status = new AtomicReference<>();
    /** A build is queued; whether it must build even when the index was built from the same files. */
    private final AtomicReference<@Nullable Boolean> queued = new AtomicReference<>();
    private final AtomicBoolean firstBuildPending = new AtomicBoolean(true);
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("knowledge-indexer").daemon().factory());

    @Autowired
    KnowledgeIndexer(LuceneIndex index, ArticleIngestion ingestion, KoersProperties properties, Clock clock) {
        this(index, ingestion, properties, clock,
                IndexedBuild.program(KnowledgeIndexer.class.getProtectionDomain().getCodeSource(),
                        clock.getZone().getId()));
    }

    KnowledgeIndexer(LuceneIndex index, ArticleIngestion ingestion, KoersProperties properties, Clock clock,
            @Nullable String program) {
        this.index = index;
        this.ingestion = ingestion;
        this.folder = properties.knowledgeDir();
        this.clock = clock;
        this.program = program;
    }

    /** Builds the index now and returns what it produced. */
    public IndexStatus reindex() {
        return build(true);
    }

    /**
     * Builds the index now unless it was built from the same knowledge files by the same program; then the stored
     * index stays, with what its build produced.
     */
    IndexStatus refresh() {
        return build(false);
    }

    private synchronized IndexStatus build(boolean always) {
        Instant started = clock.instant();
        try {
            String fingerprint = IndexedBuild.fingerprint(folder, program);
            IndexedBuild stored = fingerprint == null || always ? null
                    : IndexedBuild.from(index.commitData(), index.size());
            if (stored != null && stored.fingerprint().equals(fingerprint) && stored.status().chunks() > 0) {
                status.set(stored.status());
                log.info("Kennisbank ongewijzigd sinds {}: de opgeslagen index met {} fragmenten blijft in gebruik.",
                        stored.status().builtAt(), stored.status().chunks());
                return stored.status();
            }
            ArticleIngestion.Result result = ingestion.ingest(folder);
            IndexStatus built = status(result, started);
            index.replaceAll(result.chunks(),
                    fingerprint == null ? Map.of() : new IndexedBuild(fingerprint, built).commitData());
            return built(built);
        } catch (IOException failure) {
            log.error("Kennisindex kon niet worden bijgewerkt; de vorige index blijft in gebruik.", failure);
            return status();
        } finally {
            index.firstBuildDone();
            firstBuildPending.set(false);
        }
    }

    private IndexStatus status(ArticleIngestion.Result result, Instant started) {
        Instant done = clock.instant();
        return new IndexStatus(result.files(), result.chunks().size(), result.skipped(), done,
                Duration.between(started, done));
    }

    private IndexStatus built(IndexStatus built) {
        status.set(built);
        log.info("Kennisbank geïndexeerd: {} bestanden, {} fragmenten, {} overgeslagen, in {} ms.", built.files(),
                built.chunks(), built.skipped().size(), built.took().toMillis());
        return built;
    }

    /** Asks for a build in the background; returns at once. */
    public void requestReindex() {
        request(true);
    }

    /** Asks for a {@link #refresh()} in the background; returns at once. */
    void requestRefresh() {
        request(false);
    }

    private void request(boolean always) {
        Boolean before = queued.getAndUpdate(waiting -> waiting == null ? always : waiting || always);
        if (before == null) {
            background.execute(() -> {
                Boolean build = queued.getAndSet(null);
                try {
                    build(build != null && build);
                } catch (RuntimeException failure) {
                    log.error("Herindexeren van de kennisbank mislukt", failure);
                }
            });
        }
    }

    /**
     * The last build's status; before the first build of this run has ended, or when it failed, what the stored index
     * holds, with what its own build found where Koers recorded it (the index opens first).
     */
    public IndexStatus status() {
        IndexStatus built = status.get();
        if (built != null) {
            return built;
        }
        IndexedBuild stored = IndexedBuild.from(index.commitData(), index.size());
        return stored != null ? stored.status() : IndexStatus.notBuilt(index.size());
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
