package nl.koers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkSummaryTest {

    @Test
    void groupsFiguresBySectionAndKeepsTheLatestValue() {
        String table = BenchmarkSummary.table(List.of(
                "Search\tp50\t0.5\tms",
                "Start-up\tto healthy\t7.5\ts",
                "Search\tp50\t0.37\tms",
                "not a figure line"));

        assertThat(table).contains("**Search**\n\n| figure | value |\n|---|---|\n| p50 | 0.37 ms |\n")
                .contains("| to healthy | 7.50 s |")
                .doesNotContain("0.50 ms")
                .doesNotContain("not a figure");
        assertThat(table.indexOf("**Search**")).isLessThan(table.indexOf("**Start-up**"));
    }

    @Test
    void showsSubMillisecondFiguresInMicrosecondsAndLargeOnesWithoutDecimals() {
        assertThat(BenchmarkSummary.value(0.073, "ms")).isEqualTo("73.0 µs");
        assertThat(BenchmarkSummary.value(0.0004, "ms")).isEqualTo("0.40 µs");
        assertThat(BenchmarkSummary.value(0.37, "ms")).isEqualTo("0.37 ms");
        assertThat(BenchmarkSummary.value(2339, "ms")).isEqualTo("2,339 ms");
        assertThat(BenchmarkSummary.value(16.43, "×")).isEqualTo("16.4×");
        assertThat(BenchmarkSummary.value(0.988, "")).isEqualTo("0.988");
    }
}
