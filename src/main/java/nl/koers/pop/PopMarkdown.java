package nl.koers.pop;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.koers.web.UserText;

/**
 * The POP as Markdown, for pasting into an e-mail or a wiki, and for {@code Accept: text/markdown}. Every value is
 * written through {@link #escaped(String)}: what someone typed into a field stays text on its own line or list item,
 * and cannot add a heading, list, quote, table, HTML, comment or link, such as a fake "Akkoord" section.
 */
public final class PopMarkdown {

    /** Characters that mean something anywhere in a line of Markdown (GitHub's flavour included). */
    private static final String INLINE = "\\`*_~[]<>|";

    /** An "&" that starts an entity such as {@code &lt;} or {@code &#60;}; any other "&" is just text. */
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    /**
     * Where a backslash goes to keep a value from starting a block: before a first "#", "+", "-", "=" or ":", or
     * between a first number and its "." or ")" (a numbered list). Group 1 is the number, or empty.
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9}(?=[.)])|(?=[#+\\-=:]))");

    private PopMarkdown() {
    }

    public static String render(Pop pop) {
        var md = new StringBuilder("# Persoonlijk ontwikkelingsplan (concept)\n\n");
        line(md, "Medewerker", pop.employee());
        line(md, "Leidinggevende", pop.manager());
        line(md, "Datum", PopLabels.date(pop.date()));
        line(md, "Functie", pop.role());
        md.append('\n');

        section(md, "Ambities");
        item(md, "Over een jaar", pop.ambitions().shortTerm());
        item(md, "Over drie tot vijf jaar", pop.ambitions().longTerm());
        section(md, "Talenten en energie");
        pop.talents().forEach(talent -> md.append("- ").append(escaped(talent)).append('\n'));
        item(md, "Energie van", pop.energy());
        paragraph(md, "Wensen voor ontwikkeling", pop.wishes());
        paragraph(md, "Wat de organisatie vraagt", pop.organisationWishes());
        section(md, "Richting");
        String direction = String.join(", ", List.of(PopLabels.depth(pop.direction().depth()),
                PopLabels.scope(pop.direction().scope())).stream().filter(s -> !s.isEmpty()).toList());
        md.append(direction.isEmpty() ? "–" : direction).append("\n\n");
        if (pop.direction().note() != null) {
            md.append("> ").append(escaped(pop.direction().note())).append("\n\n");
        }
        paragraph(md, "Mogelijkheden", pop.possibilities());
        paragraph(md, "Wat (nog) niet kan", pop.obstacles());

        section(md, "Doelen en acties");
        if (pop.goals().isEmpty()) {
            md.append("Nog geen doelen.\n\n");
        }
        for (int i = 0; i < pop.goals().size(); i++) {
            Pop.Goal goal = pop.goals().get(i);
            md.append("### ").append(i + 1).append(". ").append(escaped(goal.description())).append("\n\n");
            item(md, "Hoe merk je dat het gelukt is", goal.measure());
            item(md, "Klaar op", goal.deadline() != null ? PopLabels.date(goal.deadline()) : goal.deadlineText());
            md.append('\n');
            if (!goal.actions().isEmpty()) {
                md.append("| Actie | Leervorm | Wanneer | Waar | Middelen | Ondersteuning | Eigen inzet |\n")
                        .append("|---|---|---|---|---|---|---|\n");
                for (Pop.Action action : goal.actions()) {
                    md.append("| ").append(cell(action.description())).append(" | ")
                            .append(cell(PopLabels.form(action.learningForm()))).append(" | ")
                            .append(cell(PopLabels.date(action.deadline()))).append(" | ")
                            .append(cell(action.place())).append(" | ")
                            .append(cell(PopLabels.resources(action.resources()))).append(" | ")
                            .append(cell(action.support())).append(" | ")
                            .append(cell(action.ownEffort())).append(" |\n");
                }
                md.append('\n');
            }
        }
        section(md, "Voortgangsgesprekken");
        list(md, pop.reviews().stream().map(PopLabels::date).toList(), "Nog geen datum.");
        if (!pop.funding().isEmpty()) {
            section(md, "Financiering (om na te gaan)");
            list(md, pop.funding(), "");
        }
        section(md, "Open punten");
        list(md, pop.openPoints(), "Geen.");
        if (pop.checks() != null && !pop.checks().isEmpty()) {
            section(md, "Nog aandacht voor");
            list(md, pop.checks().stream().map(Pop.Check::message).toList(), "");
        }
        if (!pop.attribution().isEmpty()) {
            section(md, "Wie zei wat");
            pop.attribution().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(entry -> md.append("- ").append(escaped(entry.getKey())).append(": ")
                            .append(escaped(entry.getValue())).append('\n'));
            md.append('\n');
        }
        section(md, "Akkoord");
        Pop.Acceptance acceptance = pop.acceptance();
        md.append("- Medewerker: ").append(acceptance != null && acceptance.employee() != null
                ? "akkoord op " + PopLabels.date(acceptance.employee().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate())
                : "nog niet akkoord").append('\n');
        md.append("- Leidinggevende: ").append(acceptance != null && acceptance.manager() != null
                ? "akkoord op " + PopLabels.date(acceptance.manager().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate())
                : "nog niet akkoord").append('\n');
        return md.toString();
    }

    private static void section(StringBuilder md, String title) {
        md.append("## ").append(title).append("\n\n");
    }

    private static void line(StringBuilder md, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            md.append("**").append(label).append(":** ").append(escaped(value)).append("  \n");
        }
    }

    private static void item(StringBuilder md, String label, @Nullable String value) {
        md.append("- **").append(label).append(":** ").append(escaped(PopLabels.orDash(value))).append('\n');
    }

    private static void paragraph(StringBuilder md, String title, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            md.append('\n');
            section(md, title);
            md.append(escaped(text)).append("\n\n");
        }
    }

    private static void list(StringBuilder md, List<String> items, String empty) {
        if (items.isEmpty()) {
            md.append(empty).append("\n\n");
            return;
        }
        items.forEach(item -> md.append("- ").append(escaped(item)).append('\n'));
        md.append('\n');
    }

    private static String cell(@Nullable String text) {
        return text == null || text.isBlank() ? "–" : escaped(text);
    }

    /**
     * A value as Markdown text that stays inline: control characters go ({@link UserText}), line breaks become
     * " / ", characters with a meaning inside a line are escaped with a backslash ({@code \ ` * _ ~ [ ] < > |}, and
     * "&" where it would start an entity), and so is a first character that would start a block (a heading, list,
     * quote, rule or fence). Ordinary text such as "C#", "e-mail", "R&D", "€ 1.250" or "15-03-2027" reads as typed.
     */
    static String escaped(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String flat = UserText.clean(value).lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" / "));
        var md = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (c == '&' && ENTITY.matcher(flat).region(i, flat.length()).lookingAt())) {
                md.append('\\');
            }
            md.append(c);
        }
        return BLOCK_START.matcher(md).replaceFirst("$1\\\\");
    }
}
