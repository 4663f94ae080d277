package nl.koers.knowledge;

import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The knowledge index: how much it holds, when it was built, and which files were skipped and why. */
@Component("knowledge")
class KnowledgeHealthIndicator implements HealthIndicator {

    private final KnowledgeIndexer indexer;

    KnowledgeHealthIndicator(KnowledgeIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public Health health() {
        IndexStatus status = indexer.status();
        Health.Builder health;
        if (status.chunks() > 0) {
            health = Health.up();
        } else if (indexer.firstBuildPending()) {
            // Koers is ready meanwhile: a search waits for this first build instead of finding nothing.
            health = Health.up().withDetail("status", "De kennisbank wordt opgebouwd; zoekvragen wachten daarop.");
        } else {
            health = Health.down().withDetail("reason", "De kennisbank is leeg: er is nog niets geïndexeerd.");
        }
        health.withDetail("files", status.files())
                .withDetail("chunks", status.chunks())
                .withDetail("skipped", skipped(status.skipped()));
        if (status.builtAt() != null) {
            health.withDetail("builtAt", status.builtAt().toString())
                    .withDetail("buildMillis", status.took().toMillis());
        }
        if (!status.skipped().isEmpty()) {
            health.withDetail("warning", status.skipped().size() + " bestand(en) in de kennismap overgeslagen.");
        }
        return health.build();
    }

    private static List<Map<String, String>> skipped(List<SkippedFile> files) {
        return files.stream().map(file -> Map.of("file", file.source(), "reason", file.reason())).toList();
    }
}
