package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.koers.AdversarialText;
import nl.koers.RandomText;
import nl.koers.bench.BenchmarkReport;

/**
 * The worst time of every parser on the turn path for 4,000 characters of each adversarial family, and of every
 * piece of RandomInputTest's random answers repeated to 4,000 characters. The requirement: under 50 ms each. Run
 * with {@code ./mvnw -Pbench test -Dtest=ParserWorstCaseBenchmark}; the table is in
 * target/benchmarks/parser-worst-case.md. Cells are the thread's processor time, the worst of {@link #RUNS} runs
 * after a warm-up; the last column is the worst on the clock, which on a busy machine also counts time the thread
 * waited for a processor.
 */
@Tag("benchmark")
class ParserWorstCaseBenchmark {

    static final int LENGTH = 4_000;
    static final int WARM_UP = 3;
    static final int RUNS = 10;
    static final double REQUIREMENT_MILLIS = 50;
    static final String PIECES = "RandomText pieces";

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private int sink;

    @Test
    void everyParserReadsFourThousandAdversarialCharactersInUnderFiftyMilliseconds() {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (AdversarialText family : AdversarialText.values()) {
            inputs.put(family.name(), family.of(LENGTH));
        }
        List<String> header = new ArrayList<>(inputs.keySet());
        header.add(PIECES);

        var report = new BenchmarkReport("parser-worst-case", "Parsers on the turn path: worst case for "
                + String.format(Locale.ROOT, "%,d", LENGTH) + " characters")
                .line("Worst of " + RUNS + " runs after " + WARM_UP + " warm-up runs, in milliseconds of the thread's"
                        + " processor time; '" + PIECES + "' is the worst over each of RandomInputTest's "
                        + RandomText.pieces().size() + " answer pieces repeated to " + LENGTH + " characters. The last"
                        + " column is the worst on the clock over all inputs. Requirement: under "
                        + (int) REQUIREMENT_MILLIS + " ms.")
                .line("")
                .line("| parser | " + String.join(" | ", header) + " | worst | worst on the clock |")
                .line("|---|" + "---|".repeat(header.size() + 2));
        double worstOverall = 0;
        String worstWhere = "";
        for (TurnParsers.Parser parser : TurnParsers.all()) {
            StringBuilder row = new StringBuilder("| " + parser.name() + " | ");
            double worstCpu = 0;
            double worstWall = 0;
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                Worst worst = worst(parser, input.getValue());
                row.append(millis(worst.cpu())).append(" | ");
                worstCpu = Math.max(worstCpu, worst.cpu());
                worstWall = Math.max(worstWall, worst.wall());
                if (worst.cpu() > worstOverall) {
                    worstOverall = worst.cpu();
                    worstWhere = parser.name() + " on " + input.getKey();
                }
            }
            double piecesCpu = 0;
            for (String piece : RandomText.pieces()) {
                Worst worst = worst(parser, AdversarialText.repeat(piece, LENGTH));
                piecesCpu = Math.max(piecesCpu, worst.cpu());
                worstWall = Math.max(worstWall, worst.wall());
                if (worst.cpu() > worstOverall) {
                    worstOverall = worst.cpu();
                    worstWhere = parser.name() + " on '" + piece.replace("\n", "\\n") + "' repeated";
                }
            }
            worstCpu = Math.max(worstCpu, piecesCpu);
            report.line(row.append(millis(piecesCpu)).append(" | **").append(millis(worstCpu)).append("** | ")
                    .append(millis(worstWall)).append(" |").toString());
        }
        report.line("").line("Worst of all: " + millis(worstOverall) + " ms, " + worstWhere + ".");
        BenchmarkReport.figure("Parsers on the turn path (4,000 adversarial characters)",
                "worst processor time of any parser", worstOverall, "ms");
        report.line("").line("The cases of issue 11, each on the clock (worst of " + RUNS + "):").line("")
                .line("| case | worst |").line("|---|---|")
                .line("| talents: 'plannen', 3,992 spaces, 'x' (117 s before) | "
                        + precise(worst(named("talents (DutchPhrases.items)"), AdversarialText.SPACE_RUN.of(LENGTH)).wall())
                        + " ms |")
                .line("| actions: 'cursus', 1,500 spaces, 'x', repeated to 4,000 characters (minutes before) | "
                        + precise(worst(named("read DOEL_ACTIES"), AdversarialText.repeat("cursus" + " ".repeat(1500)
                                + "x ", LENGTH)).wall()) + " ms |");
        report.write();
        assertThat(worstOverall).as(worstWhere).isLessThan(REQUIREMENT_MILLIS);
    }

    private static TurnParsers.Parser named(String name) {
        return TurnParsers.all().stream().filter(parser -> parser.name().equals(name)).findFirst().orElseThrow();
    }

    private record Worst(double cpu, double wall) {
    }

    private Worst worst(TurnParsers.Parser parser, String text) {
        for (int i = 0; i < WARM_UP; i++) {
            sink += Objects.hashCode(parser.parse().apply(text));
        }
        long cpu = 0;
        long wall = 0;
        for (int i = 0; i < RUNS; i++) {
            long startCpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += Objects.hashCode(parser.parse().apply(text));
            wall = Math.max(wall, System.nanoTime() - start);
            cpu = Math.max(cpu, CPU.getCurrentThreadCpuTime() - startCpu);
        }
        return new Worst(cpu / 1e6, wall / 1e6);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String precise(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
