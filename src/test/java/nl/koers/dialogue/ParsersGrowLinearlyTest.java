package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.koers.AdversarialText;

/**
 * A growth guard, not a speed target. For every parser a guided turn runs on the user's words and every family of
 * adversarial input, 4,000 characters take at most eight times as long as 1,000, and no single run takes a second.
 * Reading in linear time takes four times as long; a pattern that backtracks quadratically sixteen times, and the
 * ones this guards against took a minute for 4,000 characters. Measured in the thread's processor time, not on the
 * clock: on a busy machine a longer run is more often put aside for other processes, which the clock counts and
 * this does not. The best of several runs, the two sizes taking turns after a warm-up; a comparison that fails is
 * measured again, up to {@link #ATTEMPTS} times (super-linear growth fails every time); under {@link #FAST_ENOUGH}
 * passes. Timing per family and size is in ParserWorstCaseBenchmark.
 */
class ParsersGrowLinearlyTest {

    static final int SHORT = 1_000;
    static final int LONG = 4_000;
    static final int WARM_UP = 1;
    static final int RUNS = 5;
    static final int ATTEMPTS = 3;
    static final long MAX_GROWTH = 8;
    static final Duration FAST_ENOUGH = Duration.ofMillis(2);
    static final Duration NEVER_AS_LONG_AS = Duration.ofSeconds(1);

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The thread's processor time where the platform measures it, else the clock. */
    private static long now() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Keeps the results used, so that no parse is optimised away. */
    private int sink;

    @TestFactory
    Stream<DynamicTest> fourTimesTheInputTakesAtMostEightTimesAsLong() {
        return TurnParsers.all().stream().map(parser -> DynamicTest.dynamicTest(parser.name(), () -> {
            for (AdversarialText family : AdversarialText.values()) {
                String shortText = family.of(SHORT);
                String longText = family.of(LONG);
                long[] best = compare(parser, family, shortText, longText);
                for (int attempt = 1; attempt < ATTEMPTS && !linear(best); attempt++) {
                    best = compare(parser, family, shortText, longText);
                }
                assertThat(linear(best)).as("%s on %s: %d characters took %.2f ms, %d took %.2f ms", parser.name(),
                        family, LONG, best[1] / 1e6, SHORT, best[0] / 1e6).isTrue();
            }
        }));
    }

    private static boolean linear(long[] best) {
        return best[1] <= Math.max(MAX_GROWTH * best[0], FAST_ENOUGH.toNanos());
    }

    /** The fastest run for the short and the long text, measured in turns. */
    private long[] compare(TurnParsers.Parser parser, AdversarialText family, String shortText, String longText) {
        for (int i = 0; i < WARM_UP; i++) {
            time(parser, family, shortText);
            time(parser, family, longText);
        }
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < RUNS; i++) {
            best[0] = Math.min(best[0], time(parser, family, shortText));
            best[1] = Math.min(best[1], time(parser, family, longText));
        }
        return best;
    }

    /** One run; a run of a second fails at once, so that a regression does not take minutes to report. */
    private long time(TurnParsers.Parser parser, AdversarialText family, String text) {
        long start = now();
        sink += Objects.hashCode(parser.parse().apply(text));
        long took = now() - start;
        assertThat(took).as("%s on %s, %d characters: one run took %.0f ms", parser.name(), family, text.length(),
                took / 1e6).isLessThan(NEVER_AS_LONG_AS.toNanos());
        return took;
    }
}
