package nl.koers.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What axe-core found on each page a browser test checked, written as a Markdown table to target/axe-report.md:
 * page, role, width and colour scheme, and the number of violations per impact, with the rules of each serious or
 * critical one. One report per test class; the rows of every test in it are kept until the class is done.
 */
final class AxeReport {

    static final Path FILE = Path.of("target/axe-report.md");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    /** One checked page and what axe found on it. */
    record Row(String page, String role, String view, List<Chromium.Violation> violations) {

        long count(String impact) {
            return violations.stream().filter(v -> impact.equals(v.impact())).count();
        }

        List<Chromium.Violation> serious() {
            return violations.stream().filter(Chromium.Violation::serious).toList();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized Row add(String page, String role, String view, List<Chromium.Violation> violations) {
        Row row = new Row(page, role, view, violations);
        rows.add(row);
        return row;
    }

    /** A line under the table, such as a measured contrast. */
    synchronized void note(String line) {
        notes.add(line);
    }

    synchronized void write() {
        var text = new StringBuilder("# axe-core results\n\n")
                .append("The pages the browser tests checked with axe-core. Counts are violations (rules broken) per")
                .append(" impact; a serious or critical one fails the test.\n\n")
                .append("| Page | Role | View | critical | serious | moderate | minor | serious or critical rules |\n")
                .append("|---|---|---|---:|---:|---:|---:|---|\n");
        for (Row row : rows.stream().sorted(Comparator.comparing(Row::page).thenComparing(Row::role)
                .thenComparing(Row::view)).toList()) {
            text.append("| ").append(row.page()).append(" | ").append(row.role()).append(" | ").append(row.view());
            for (String impact : IMPACTS) {
                text.append(" | ").append(row.count(impact));
            }
            text.append(" | ").append(row.serious().isEmpty() ? "–" : String.join(", ",
                    row.serious().stream().map(Chromium.Violation::rule).distinct().toList())).append(" |\n");
        }
        var lesser = rows.stream().flatMap(row -> row.violations().stream().filter(v -> !v.serious())
                .map(v -> v.rule() + " (" + v.impact() + "): " + v.help())).distinct().sorted().toList();
        if (!lesser.isEmpty()) {
            text.append("\nModerate and minor rules seen: ").append(String.join("; ", lesser)).append(".\n");
        }
        if (!notes.isEmpty()) {
            text.append("\n");
            notes.stream().sorted().forEach(line -> text.append("- ").append(line).append("\n"));
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
