package nl.koers.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import nl.koers.system.LimitsProperties;

/**
 * The sign-in records of one process, on the embedded H2: in memory and bounded. Above {@link #PRUNE_ABOVE} keys of
 * a kind, the finished ones are forgotten first, and if that is not enough the least recently touched ones, down to
 * nine tenths of the limit. Guessing at random names or from many addresses cannot fill the memory.
 */
final class MemorySignInRecords implements SignInRecords {

    /** At most this many keys per kind (username, address, both) are remembered. */
    static final int PRUNE_ABOVE = 10_000;

    private record Kept(Entry entry, Instant touched) {
    }

    private final Map<Kind, Map<String, Kept>> kinds = new EnumMap<>(Kind.class);
    private final Duration window;

    MemorySignInRecords(LimitsProperties limits) {
        this.window = limits.loginPause();
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new ConcurrentHashMap<>());
        }
    }

    @Override
    public Entry get(Kind kind, String key) {
        Kept kept = kinds.get(kind).get(key);
        return kept == null ? Entry.NONE : kept.entry();
    }

    @Override
    public Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change) {
        Map<String, Kept> entries = kinds.get(kind);
        if (entries.size() >= PRUNE_ABOVE) {
            forget(entries, now);
        }
        return entries.compute(key, (k, known) -> new Kept(change.apply(known == null ? Entry.NONE : known.entry()),
                now)).entry();
    }

    /** How many keys are remembered, of all kinds together. */
    int size() {
        return kinds.values().stream().mapToInt(Map::size).sum();
    }

    private void forget(Map<String, Kept> entries, Instant now) {
        entries.values().removeIf(kept -> kept.entry().forgetAfter(window).isBefore(now));
        int keep = PRUNE_ABOVE - PRUNE_ABOVE / 10;
        if (entries.size() > keep) {
            entries.entrySet().stream()
                    .sorted(Comparator.comparing(known -> known.getValue().touched()))
                    .limit(entries.size() - keep)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }
}
