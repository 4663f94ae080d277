package nl.koers.pop;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The POP as Markdown, for pasting into an e-mail or a wiki, and for {@code Accept: text/markdown}. */
public final class PopMarkdown {

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
        pop.talents().forEach(talent -> md.append("- ").append(talent).append('\n'));
        item(md, "Energie van", pop.energy());
        paragraph(md, "Wensen voor ontwikkeling", pop.wishes());
        paragraph(md, "Wat de organisatie vraagt", pop.organisationWishes());
        section(md, "Richting");
        String direction = String.join(", ", List.of(PopLabels.depth(pop.direction().depth()),
                PopLabels.scope(pop.direction().scope())).stream().filter(s -> !s.isEmpty()).toList());
        md.append(direction.isEmpty() ? "–" : direction).append("\n\n");
        if (pop.direction().note() != null) {
            md.append("> ").append(pop.direction().note()).append("\n\n");
        }
        paragraph(md, "Mogelijkheden", pop.possibilities());
        paragraph(md, "Wat (nog) niet kan", pop.obstacles());

        section(md, "Doelen en acties");
        if (pop.goals().isEmpty()) {
            md.append("Nog geen doelen.\n\n");
        }
        for (int i = 0; i < pop.goals().size(); i++) {
            Pop.Goal goal = pop.goals().get(i);
            md.append("### ").append(i + 1).append(". ").append(goal.description()).append("\n\n");
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
                    .forEach(entry -> md.append("- ").append(entry.getKey()).append(": ").append(entry.getValue()).append('\n'));
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
            md.append("**").append(label).append(":** ").append(value).append("  \n");
        }
    }

    private static void item(StringBuilder md, String label, @Nullable String value) {
        md.append("- **").append(label).append(":** ").append(PopLabels.orDash(value)).append('\n');
    }

    private static void paragraph(StringBuilder md, String title, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            md.append('\n');
            section(md, title);
            md.append(text).append("\n\n");
        }
    }

    private static void list(StringBuilder md, List<String> items, String empty) {
        if (items.isEmpty()) {
            md.append(empty).append("\n\n");
            return;
        }
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
    }

    private static String cell(@Nullable String text) {
        return text == null || text.isBlank() ? "–" : text.replace("|", "\\|").replace("\n", " ");
    }
}
