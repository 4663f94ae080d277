package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The funding lines in the Markdown export: under the goal's actions, one list per action that something may pay
 * for, one item per scheme; the action's words stay text, and a POP without advice looks as before.
 */
class PopFundingMarkdownTest {

    private static final ActionFunding FUNDING = (goal, action) -> action.resources() == null ? List.of()
            : List.of(new ActionFunding.Line("Werkkostenregeling", "past", "regels van 2025",
                    "Je werkgever kan de € 3.000 belastingvrij betalen.", "https://www.belastingdienst.nl/scholing",
                    "financiering/scholingskosten-werkkostenregeling.md"),
                    new ActionFunding.Line("O&O-fonds van de sector", "past misschien", "regels per fonds",
                            "Misschien vergoedt het O&O-fonds van jullie sector (een deel van) de kosten.", null,
                            "financiering/o-en-o-fondsen.md"));

    private static Pop pop() {
        var course = new Pop.Action("Cursus *projecten* [klik](https://evil.example)", LearningForm.FORMEEL, null,
                Resources.of(new BigDecimal("3000"), null, "3000 euro"));
        var shadowing = new Pop.Action("Meelopen met de projectleider", LearningForm.WERKPLEK, null, null);
        return Pop.builder("Sanne de Vries", "Fatima", LocalDate.of(2026, 12, 4))
                .goals(List.of(Pop.Goal.of("Projecten leiden", "Ik leid een project alleen", null,
                        List.of(course, shadowing))))
                .build();
    }

    private static PopMarkdown markdown(ActionFunding funding) {
        return new PopMarkdown(PopTemplates.messages(), new PopLabelsDialect(Clock.system(PopTemplates.AMSTERDAM),
                funding));
    }

    @Test
    void anActionWithACostGetsItsSchemesOneLineEachWithYearAndPage() {
        String text = markdown(FUNDING).render(pop());

        assertThat(text).contains("""
                **Wie kan meebetalen?** Een eerste indicatie uit de kennisbank; de officiële pagina en de aanvraag beslissen.

                - Cursus \\*projecten\\* \\[klik\\](https://evil.example)
                  - Werkkostenregeling: past, regels van 2025. Je werkgever kan de € 3.000 belastingvrij betalen. https://www.belastingdienst.nl/scholing
                  - O&O-fonds van de sector: past misschien, regels per fonds. Misschien vergoedt het O&O-fonds van jullie sector (een deel van) de kosten. Meer hierover in de kennisbank van Koers: zoek op ‘O&O-fonds van de sector’.
                """);
        assertThat(text).doesNotContain("- Meelopen met de projectleider");

        var document = Parser.builder().build().parse(text);
        var found = new Object() {
            int headings;
            int nestedLists;
            int links;
        };
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                found.headings++;
                visitChildren(heading);
            }

            @Override
            public void visit(BulletList list) {
                if (list.getParent() != null && list.getParent().getParent() instanceof BulletList) {
                    found.nestedLists++;
                }
                visitChildren(list);
            }

            @Override
            public void visit(Link link) {
                found.links++;
            }
        });
        assertThat(found.nestedLists).as("the schemes under their action").isEqualTo(1);
        assertThat(found.links).as("what was typed makes no link").isZero();
        assertThat(found.headings).isEqualTo(headings(markdown(ActionFunding.NONE).render(pop())));
    }

    @Test
    void withoutAdviceThePopLooksAsBefore() {
        String text = markdown(ActionFunding.NONE).render(pop());

        assertThat(text).doesNotContain("Wie kan meebetalen", "Werkkostenregeling")
                .isEqualTo(PopTemplates.markdown().render(pop()));
    }

    private static int headings(String text) {
        return (int) text.lines().filter(line -> line.startsWith("#")).count();
    }
}
