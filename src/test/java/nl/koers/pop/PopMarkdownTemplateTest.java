package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The Markdown export is the template {@code templates/pop/pop.md}: its labels are the messages the POP page and
 * the PDF use, its values are worded by {@link PopLabels}, and a section shows only when the POP has something for it.
 * (What a field may hold, and that it stays text, is {@link PopMarkdownTest}.)
 */
class PopMarkdownTemplateTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final PopMarkdown markdown = PopTemplates.markdown();

    @Test
    void anEmptyPopIsTheSkeletonOfEverySection() {
        assertThat(markdown.render(Pop.empty("Sanne de Vries", null, DAY))).isEqualTo("""
                # Persoonlijk ontwikkelingsplan (concept)

                **Medewerker:** Sanne de Vries \s
                **Datum:** 23 november 2026 \s

                ## Ambities

                - **Over een jaar:** –
                - **Over drie tot vijf jaar:** –

                ## Talenten en energie

                - **Energie van:** –

                ## Richting

                –

                ## Doelen en acties

                Nog geen doelen.

                ## Voortgangsgesprekken

                Nog geen datum.

                ## Open punten

                Geen.

                ## Akkoord

                - Medewerker: nog niet akkoord
                - Leidinggevende: nog niet akkoord
                """);
    }

    @Test
    void everyLabelComesFromTheMessagesOfThePageAndThePdf() {
        var keys = new PopMarkdown(new KeysAsMessages(), new PopLabelsDialect(Clock.system(PopTemplates.AMSTERDAM)));

        String rendered = keys.render(full().withDerived(new Pop.Acceptance(null, Instant.parse("2026-11-24T09:00:00Z")),
                List.of(new Pop.Check(Pop.CheckKind.GEEN_VOORTGANGSGESPREK, "Plan een gesprek."))));

        assertThat(headings(rendered)).containsExactly("‹pop.title› ‹pop.draft›", "‹pop.part.ambitions›",
                "‹pop.part.talents›", "‹pop.wishes›", "‹pop.organisation›", "‹pop.direction›", "‹pop.possibilities›",
                "‹pop.obstacles›", "‹pop.goals›", "1. Zelfstandig inkopen", "‹pop.reviews›", "‹pop.funding›",
                "‹pop.openPoints›", "‹pop.checks›", "‹pop.attribution›", "‹pop.acceptance›");
        assertThat(rendered).contains("**‹pop.employee›:** Sanne de Vries", "- **‹pop.measure›:** drie orders",
                "| ‹pop.action› | ‹pop.form› | ‹pop.when› | ‹pop.resources› |", "- **‹pop.place›:** inkoop",
                "- **‹pop.support›:** de inkoper", "- **‹pop.ownEffort›:** –",
                "- ‹pop.employee›: ‹pop.notAccepted›", "- ‹pop.manager›: ‹pop.acceptedOn 24 november 2026›");
        assertThat(rendered).as("the template names nothing itself").doesNotContain("Medewerker", "Leidinggevende",
                "Ambities", "Gelukt", "Leervorm", "Voortgang", "Akkoord", "akkoord", "Geen", "Nog geen");
    }

    @Test
    void valuesReadAsOnThePageAndInThePdf() {
        String rendered = markdown.render(full());

        assertThat(rendered).contains("**Datum:** 23 november 2026",
                "- **Waar:** inkoop\n- **Middelen:** € 650, 16 uur\n- **Ondersteuning:** de inkoper\n- **Eigen inzet:** –\n",
                "| Meelopen met de inkoper | Leren in het werk (70) | 31 maart 2027 | 1 dag |",
                "| Cursus inkoopbasis | Opleiding of cursus (10) | – | – |",
                "Verbreden naar ander werk, in een andere rol in het bedrijf", "- **Klaar op:** 31 maart 2027",
                "- 1 maart 2027\n- 30 juni 2027\n", "- Werk nu: Sanne de Vries\n- Ontwikkelwensen: Fatima El Amrani\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24T09:00:00Z | akkoord op 24 november 2026
            2026-11-24T23:30:00Z | akkoord op 25 november 2026
            """)
    void anAcceptanceIsTheDayInDutchTime(Instant at, String expected) {
        Pop accepted = full().withDerived(new Pop.Acceptance(at, at), List.of());

        assertThat(markdown.render(accepted)).endsWith("- Medewerker: " + expected + "\n- Leidinggevende: " + expected + "\n");
    }

    static Stream<Arguments> optionalSections() {
        return Stream.<Arguments>of(
                section("## Wensen voor ontwikkeling", pop -> pop.wishes("Meer plannen")),
                section("## Wat de organisatie vraagt", pop -> pop.organisationWishes("Een tweede planner")),
                section("## Mogelijkheden", pop -> pop.possibilities("Meelopen")),
                section("## Wat (nog) niet kan", pop -> pop.obstacles("Een opleiding in het buitenland")),
                section("## Financiering (om na te gaan)", pop -> pop.funding(List.of("SLIM"))),
                section("## Wie zei wat", pop -> pop.attribution(Map.of("role", "Sanne de Vries"))),
                section("**Leidinggevende:**", pop -> pop.manager("Fatima El Amrani")),
                section("**Functie:**", pop -> pop.role("Planner")),
                section("> Liefst dichtbij", pop -> pop.direction(new Pop.Direction(null, null, "Liefst dichtbij"))),
                section("| Actie |", pop -> pop.goals(List.of(goal(List.of(action("Meelopen", LearningForm.WERKPLEK)))))));
    }

    @ParameterizedTest
    @MethodSource("optionalSections")
    void aPartShowsOnlyWhenThePopHasIt(String part, UnaryOperator<PopBuilder> filled) {
        assertThat(markdown.render(Pop.builder("Sanne de Vries", null, DAY).build())).doesNotContain(part);
        assertThat(markdown.render(filled.apply(Pop.builder("Sanne de Vries", null, DAY)).build())).contains(part);
        assertThat(markdown.render(Pop.builder("Sanne de Vries", null, DAY).wishes(" ").possibilities("\n").build()))
                .as("blank is nothing").doesNotContain("## Wensen", "## Mogelijkheden");
    }

    @Test
    void checksShowOnlyWhenThereAreAny() {
        Pop pop = Pop.empty("Sanne de Vries", null, DAY);

        assertThat(markdown.render(pop.withDerived(null, List.of()))).doesNotContain("## Nog aandacht voor");
        assertThat(markdown.render(pop.withDerived(null, PopChecks.of(pop))))
                .contains("## Nog aandacht voor\n\n- Er staat nog geen ontwikkeldoel in.");
    }

    private static Arguments section(String part, UnaryOperator<PopBuilder> filled) {
        return Arguments.of(part, filled);
    }

    private static Pop full() {
        return Pop.builder("Sanne de Vries", "Fatima El Amrani", DAY).role("Planner")
                .ambitions(new Pop.Ambitions("Zelf inkopen", "Teamleider")).talents(List.of("plannen"))
                .energy("puzzelen").wishes("Meer inkoop").organisationWishes("Een tweede inkoper")
                .direction(new Pop.Direction(Pop.Depth.VERBREDEN, Pop.Scope.ANDERE_FUNCTIE, null))
                .possibilities("Meelopen").obstacles("Weinig budget voor een master")
                .goals(List.of(new Pop.Goal(null, "Zelfstandig inkopen", "drie orders", LocalDate.of(2027, 3, 31), null,
                        "inkoop", Resources.of(new BigDecimal("650"), new BigDecimal("16"), null), "de inkoper", null,
                        List.of(new Pop.Action("Meelopen met de inkoper", LearningForm.WERKPLEK, LocalDate.of(2027, 3, 31),
                                new Resources(null, null, BigDecimal.ONE, null, "een dag")),
                                action("Cursus inkoopbasis", LearningForm.FORMEEL)))))
                .reviews(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30))).funding(List.of("SLIM"))
                .openPoints(List.of("Budget navragen"))
                .attribution(Map.of("wishes", "Fatima El Amrani", "role", "Sanne de Vries")).build();
    }

    private static Pop.Goal goal(List<Pop.Action> actions) {
        return Pop.Goal.of("Beter plannen", null, null, actions);
    }

    private static Pop.Action action(String description, LearningForm form) {
        return new Pop.Action(description, form, null, null);
    }

    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                var text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text literal) {
                        text.append(literal.getLiteral());
                    }
                });
                headings.add(text.toString());
            }
        });
        return headings;
    }

    /** Each message as its key, so that the rendering shows where every label comes from. */
    private static final class KeysAsMessages extends AbstractMessageSource {

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return "‹" + code + "›";
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            return new MessageFormat("‹" + code + " {0}›", locale);
        }
    }
}
