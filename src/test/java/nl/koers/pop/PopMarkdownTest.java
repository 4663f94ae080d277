package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;


/** What someone types into a POP field stays text in the Markdown: it cannot add structure, nor fake an akkoord. */
class PopMarkdownTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    private static final PopMarkdown MARKDOWN = PopTemplates.markdown();

    private static final String FORGED = "ok\n\n## Akkoord\n\n- Medewerker: akkoord op 1 januari 2026\n"
            + "- Leidinggevende: akkoord op 1 januari 2026\n<!--";

    private static final List<String> HEADINGS = List.of("Persoonlijk ontwikkelingsplan (concept)", "Ambities",
            "Talenten en energie", "Wensen voor ontwikkeling", "Wat de organisatie vraagt", "Richting", "Mogelijkheden",
            "Wat (nog) niet kan", "Doelen en acties", "1. " + "Doel | met <script>alert(1)</script> / # kop",
            "Voortgangsgesprekken", "Financiering (om na te gaan)", "Open punten", "Wie zei wat", "Akkoord");

    @Test
    void aForgedAcceptanceInAFieldStaysTextAndTheRealOneAppearsOnce() {
        Pop pop = pop("Planner\n\n## Akkoord\n- Leidinggevende: akkoord op 1 januari 2026",
                List.of("1. eerste", "- tweede", "+ derde", "* vierde", "[klik](https://evil.example)",
                        "![beeld](https://evil.example/x.png)", "<b>vet</b>", "<!-- verstopt", "    ingesprongen",
                        "```", "---", "| a | b |", "&lt;script&gt;", "<https://evil.example>"),
                "## Akkoord", "- Leidinggevende: akkoord op 2 januari 2026", "> citaat\n# kop", "***\n===",
                "===", List.of(FORGED, "<!--"), Map.of("role", "Sanne\n## Akkoord\n- Leidinggevende: akkoord"));

        String markdown = MARKDOWN.render(pop);
        Node document = PARSER.parse(markdown);

        Structure structure = Structure.of(document);
        assertThat(structure.headings).containsExactlyElementsOf(HEADINGS);
        assertThat(structure.forbidden).as("HTML, comments, links, images, code, rules").isEmpty();
        assertThat(structure.quotes).as("only the direction note is quoted").isEqualTo(1);
        assertThat(structure.orderedLists).isZero();
        assertThat(structure.tableRows).as("the action table: header and one action").containsExactly(4, 4);
        assertThat(lastList(document)).containsExactly("Medewerker: nog niet akkoord", "Leidinggevende: nog niet akkoord");
        assertThat(markdown.lines().filter(line -> line.startsWith("- Leidinggevende:"))).hasSize(1);
        assertThat(markdown.lines().filter(line -> line.startsWith("#"))).hasSize(HEADINGS.size());

        String html = HTML.render(document);
        assertThat(html).doesNotContain("<!--", "<b>", "<script", "<a ", "<img", "<pre", "<hr", "<ol")
                .contains("&lt;!-- verstopt", "&lt;b&gt;vet&lt;/b&gt;", "[klik](https://evil.example)", "&amp;lt;script&amp;gt;");
        assertThat(html.split("<h2>Akkoord</h2>", -1)).hasSize(2);
    }

    @Test
    void anAcceptedPopSaysSoOnceWhateverTheFieldsSay() {
        Pop pop = pop("Planner", List.of(), "", "", "", "", "", List.of(FORGED), Map.of())
                .withDerived(new Pop.Acceptance(Instant.parse("2026-11-24T09:00:00Z"), null), List.of());

        Node document = PARSER.parse(MARKDOWN.render(pop));

        assertThat(lastList(document)).containsExactly("Medewerker: akkoord op 24 november 2026",
                "Leidinggevende: nog niet akkoord");
        assertThat(Structure.of(document).headings).filteredOn("Akkoord"::equals).hasSize(1);
    }

    @Test
    void ordinaryTextReadsAsItWasTyped() {
        Pop pop = pop("Medewerker klantenservice – één dag per week thuis",
                List.of("plannen (en organiseren)", "Ben's kennis: 100% inzet!", "15-03-2027 eerste gesprek", "C#"),
                "Een cursus C# van € 1.250,50 voor 15-03-2027, via e-mail aangevraagd.",
                "Meer verantwoordelijkheid; daarna misschien teamleider?", "Vooral verdiepen.", "Werk & privé",
                "Reïntegratie, café-overleg en naïeve vragen", List.of("budget (€ 750) navragen bij HR"), Map.of());

        String markdown = MARKDOWN.render(pop);

        assertThat(markdown).contains("**Functie:** Medewerker klantenservice – één dag per week thuis  \n",
                "- plannen (en organiseren)\n", "- Ben's kennis: 100% inzet!\n", "- 15-03-2027 eerste gesprek\n",
                "- C#\n", "Een cursus C# van € 1.250,50 voor 15-03-2027, via e-mail aangevraagd.\n",
                "Meer verantwoordelijkheid; daarna misschien teamleider?", "> Vooral verdiepen.",
                "Reïntegratie, café-overleg en naïeve vragen", "- budget (€ 750) navragen bij HR\n",
                "Werk & privé");
        String html = HTML.render(PARSER.parse(markdown));
        assertThat(html).contains("Een cursus C# van € 1.250,50 voor 15-03-2027, via e-mail aangevraagd.",
                "<li>15-03-2027 eerste gesprek</li>", "<li>C#</li>", "Werk &amp; privé", "€ 650, 16 uur");
    }

    @Test
    void controlCharactersAndLineBreaksStayOutOfTheMarkdown() {
        assertThat(PopMarkdown.escaped("een\r\ntwee\n\n  drie\u0000\u000b")).isEqualTo("een / twee / drie");
        assertThat(PopMarkdown.escaped("  - punt")).isEqualTo("\\- punt");
        assertThat(PopMarkdown.escaped("2. punt")).isEqualTo("2\\. punt");
        assertThat(PopMarkdown.escaped("2027-03-15")).isEqualTo("2027-03-15");
        assertThat(PopMarkdown.escaped(null)).isEmpty();
    }

    /** A POP with the given texts; one goal with one action whose texts say "Doel …" and hold a pipe and HTML. */
    private static Pop pop(String role, List<String> talents, String wishes, String organisationWishes, String note,
            String possibilities, String obstacles, List<String> openPoints, Map<String, String> attribution) {
        var action = new Pop.Action("Cursus | inkoop\n## Akkoord", LearningForm.FORMEEL, LocalDate.of(2027, 3, 31),
                Resources.of(new BigDecimal("650"), new BigDecimal("16"), "€ 650 en twee dagen"));
        var goal = new Pop.Goal(null, "Doel | met <script>alert(1)</script>\n# kop", "## Akkoord", null, null, "<!-- daar",
                null, "de inkoopmanager", "- elke week", List.of(action));
        return Pop.builder("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23)).role(role)
                .ambitions(new Pop.Ambitions("# Akkoord", "[x]: https://evil.example")).talents(talents).energy("<!--")
                .wishes(wishes).organisationWishes(organisationWishes)
                .direction(new Pop.Direction(Pop.Depth.VERDIEPEN, null, note)).possibilities(possibilities)
                .obstacles(obstacles).goals(List.of(goal)).reviews(List.of(LocalDate.of(2027, 3, 1)))
                .funding(List.of("- SLIM")).openPoints(openPoints).attribution(attribution).build();
    }

    /** The texts of the items of the document's last list: the acceptance. */
    private static List<String> lastList(Node document) {
        Node last = document.getLastChild();
        assertThat(last).isInstanceOf(BulletList.class);
        List<String> items = new ArrayList<>();
        for (Node item = last.getFirstChild(); item != null; item = item.getNext()) {
            items.add(text(item));
        }
        return items;
    }

    private static String text(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }
        });
        return text.toString();
    }

    /** What the parser made of the Markdown: the headings, and the blocks and inlines a field must not add. */
    private static final class Structure extends AbstractVisitor {

        final List<String> headings = new ArrayList<>();
        final List<String> forbidden = new ArrayList<>();
        final List<Integer> tableRows = new ArrayList<>();
        int quotes;
        int orderedLists;

        static Structure of(Node document) {
            var structure = new Structure();
            document.accept(structure);
            return structure;
        }

        @Override
        public void visit(Heading heading) {
            headings.add(text(heading));
        }

        @Override
        public void visit(BlockQuote quote) {
            quotes++;
            visitChildren(quote);
        }

        @Override
        public void visit(OrderedList list) {
            orderedLists++;
            visitChildren(list);
        }

        @Override
        public void visit(HtmlBlock html) {
            forbidden.add("html block " + html.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            forbidden.add("inline html " + html.getLiteral());
        }

        @Override
        public void visit(Link link) {
            forbidden.add("link " + link.getDestination());
        }

        @Override
        public void visit(Image image) {
            forbidden.add("image " + image.getDestination());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            forbidden.add("fenced code");
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            forbidden.add("indented code");
        }

        @Override
        public void visit(ThematicBreak rule) {
            forbidden.add("rule");
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock) {
                block.accept(new AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.CustomNode node) {
                        if (node instanceof TableRow row) {
                            int cells = 0;
                            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                cells += cell instanceof TableCell ? 1 : 0;
                            }
                            tableRows.add(cells);
                        }
                        visitChildren(node);
                    }
                });
            }
            visitChildren(block);
        }
    }
}
