package nl.koers.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.koers.pop.ActionFunding.Line;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.Resources;

/** Which actions of a POP get funding advice, with which amount, and what the POP shows of it. */
class PopFundingTest {

    private static final PopFunding FUNDING = new PopFunding(FundingAdvisorTest.advisorOn(FundingAdvisorTest.TODAY,
            new OrganisationSettings("", 25)));

    private static final Pop.Action COURSE = action("Cursus projectmanagement", LearningForm.FORMEEL, null);
    private static final Pop.Action SECOND_COURSE = action("Examen IPMA-D", LearningForm.FORMEEL, null);
    private static final Pop.Action SHADOWING = action("Meelopen met de projectleider", LearningForm.WERKPLEK, null);
    private static final Pop.Action COACHING = action("Gesprekken met een externe coach", LearningForm.SOCIAAL, null);

    private static Pop.Action action(String description, LearningForm form, @Nullable Resources resources) {
        return new Pop.Action(description, form, null, resources);
    }

    private static Pop.Goal goal(@Nullable Resources resources, Pop.Action... actions) {
        return new Pop.Goal("doel-1", "Projecten leiden", null, null, null, null, resources, null, null,
                List.of(actions));
    }

    private static Resources euros(String amount) {
        return Resources.of(new BigDecimal(amount), null, amount + " euro");
    }

    static Stream<Arguments> costs() {
        Pop.Action ownCourse = action("Cursus projectmanagement", LearningForm.FORMEEL, euros("3000"));
        Pop.Action free = action("Webinar plannen", LearningForm.FORMEEL, euros("0"));
        Pop.Action monthly = action("Abonnement e-learning", LearningForm.FORMEEL,
                new Resources(new BigDecimal("40"), null, null, Resources.Per.MONTH, "40 euro per maand"));
        Pop.Action hoursOnly = action("Cursus plannen", LearningForm.FORMEEL, Resources.of(null, new BigDecimal("16"),
                "16 uur"));
        return Stream.of(
                Arguments.of("its own amount", goal(null, ownCourse, SHADOWING), ownCourse, "3000"),
                Arguments.of("the goal's amount, for its only course", goal(euros("3000"), COURSE, SHADOWING), COURSE,
                        "3000"),
                Arguments.of("no amount for learning in the work beside a course", goal(euros("3000"), COURSE,
                        SHADOWING), SHADOWING, null),
                Arguments.of("a share of the goal's amount, unknown", goal(euros("3000"), COURSE, SECOND_COURSE),
                        SECOND_COURSE, "?"),
                Arguments.of("the goal's amount, for its only action", goal(euros("500"), COACHING), COACHING, "500"),
                Arguments.of("no amount for one of two actions in the work", goal(euros("500"), SHADOWING, COACHING),
                        COACHING, null),
                Arguments.of("nothing for an action that costs nothing", goal(euros("900"), free), free, null),
                Arguments.of("no total for a monthly amount", goal(null, monthly), monthly, "?"),
                Arguments.of("nothing for time only", goal(null, hoursOnly), hoursOnly, null),
                Arguments.of("nothing when the goal has no money either", goal(Resources.none(), COURSE), COURSE, null));
    }

    /** {@code expected}: the amount, "?" for advice without an amount, {@code null} for no advice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("costs")
    void anActionCostsWhatItsOwnAmountOrItsGoalsBudgetSays(String name, Pop.Goal goal, Pop.Action action,
            @Nullable String expected) {
        Optional<LearningAction> learning = PopFunding.learningAction(goal, action);

        if (expected == null) {
            assertThat(learning).isEmpty();
            assertThat(FUNDING.lines(goal, action)).isEmpty();
        } else {
            assertThat(learning).hasValueSatisfying(read -> {
                assertThat(read.description()).isEqualTo(action.description());
                assertThat(read.euros()).isEqualTo(expected.equals("?") ? null : new BigDecimal(expected));
            });
            assertThat(FUNDING.lines(goal, action)).isNotEmpty();
        }
    }

    @Test
    void aCourseOfThreeThousandEurosShowsWhatMayPayOneLineEach() {
        Pop.Action course = action("Cursus projectmanagement", LearningForm.FORMEEL, euros("3000"));

        List<Line> lines = FUNDING.lines(goal(null, course), course);

        assertThat(lines).extracting(Line::scheme).containsExactly("Werkkostenregeling", "O&O-fonds van de sector",
                "SLIM-scholingssubsidie (Ontwikkelpaden)", "Studiekostenbeding (terugbetalen)");
        assertThat(lines.getFirst()).isEqualTo(new Line("Werkkostenregeling", "past", "regels van 2025",
                "Je werkgever kan de € 3.000 belastingvrij betalen of vergoeden via de werkkostenregeling.",
                "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/themaoverstijgend/brochures_en_publicaties"
                        + "/cao_beoordelingen/scholingskosten-in-de-loonheffingen",
                "financiering/scholingskosten-werkkostenregeling.md"));
        assertThat(lines.get(1)).satisfies(fund -> {
            assertThat(fund.verdict()).isEqualTo("past misschien");
            assertThat(fund.year()).isEqualTo("regels per fonds");
            assertThat(fund.page()).isNull();
            assertThat(fund.article()).isEqualTo("financiering/o-en-o-fondsen.md");
        });
        assertThat(lines).extracting(Line::scheme).as("what does not fit stays off the POP")
                .doesNotContain("SLIM-regeling (mkb)", "Subsidieregeling praktijkleren (bbl en derde leerweg)");
    }
}
