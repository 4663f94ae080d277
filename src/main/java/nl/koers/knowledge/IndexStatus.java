package nl.koers.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the last build of the knowledge index produced.
 *
 * @param files     files indexed
 * @param chunks    searchable chunks in the index
 * @param skipped   files that could not be indexed, with the reason
 * @param builtAt   when the build finished; null before the first build
 * @param took      how long the build took
 */
public record IndexStatus(int files, int chunks, List<SkippedFile> skipped, @Nullable Instant builtAt,
        Duration took) {

    static IndexStatus notBuilt(int chunksOnDisk) {
        return new IndexStatus(0, chunksOnDisk, List.of(), null, Duration.ZERO);
    }
}
