package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The POP's two charts as the page and the PDF draw them: the learning mix against 70-20-10 and the goals on a
 * timeline. Every drawing is read back as XML, so what is asserted is what a browser and Batik get.
 */
class PopChartsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void theMixCountsActionsPerFormAndSaysSoInDutch() {
        Pop pop = pop(List.of(goal("Zelfstandig inkopen", LocalDate.of(2027, 3, 31), LearningForm.WERKPLEK,
                LearningForm.WERKPLEK, LearningForm.SOCIAAL), goal("Beter plannen", null, LearningForm.FORMEEL)));

        Chart mix = LearningMixChart.of(pop);

        assertThat(mix.text()).isEqualTo(
                "4 acties: 2 in het werk (50%), 1 van anderen (25%), 1 formeel (25%); richtlijn 70-20-10.");
        Document svg = xml(mix.svg());
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(LearningMixChart.LABEL);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 360 122");
        assertThat(text(svg, "title").getFirst()).isEqualTo(LearningMixChart.LABEL);
        assertThat(text(svg, "desc")).containsExactly(mix.text());
        assertThat(text(svg, "text")).contains("Dit plan", "50%", "25%", "Richtlijn 70-20-10", "70%", "20%", "10%",
                "In het werk", "Van anderen", "Formeel");
        List<Element> planBar = bar(svg, "21");
        assertThat(planBar).extracting(rect -> rect.getAttribute("fill")).containsExactly("#2b70b8", "#23804f",
                "#b45309");
        assertThat(planBar).extracting(rect -> Double.parseDouble(rect.getAttribute("width")))
                .containsExactly(178.0, 89.0, 89.0);
        assertThat(bar(svg, "74")).extracting(rect -> Double.parseDouble(rect.getAttribute("width")))
                .containsExactly(249.2, 71.2, 35.6);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 1 | 1 | 34 | 33 | 33
            2 | 1 | 0 | 67 | 33 | 0
            1 | 5 | 1 | 14 | 72 | 14
            0 | 0 | 3 | 0  | 0  | 100
            3 | 3 | 1 | 43 | 43 | 14
            """)
    void sharesAreWholePercentagesThatAddUpTo100(int work, int others, int formal, int workShare, int othersShare,
            int formalShare) {
        var mix = new LearningMixChart.Mix(Map.of(LearningForm.WERKPLEK, work, LearningForm.SOCIAAL, others,
                LearningForm.FORMEEL, formal), 0);

        assertThat(mix.shares()).containsExactlyInAnyOrderEntriesOf(Map.of(LearningForm.WERKPLEK, workShare,
                LearningForm.SOCIAAL, othersShare, LearningForm.FORMEEL, formalShare));
        assertThat(mix.shares().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void aFormWithoutActionsHasNoSegmentAndActionsWithoutAFormAreSaidApart() {
        Pop pop = pop(List.of(goal("Presenteren", null, LearningForm.FORMEEL, null, null)));

        Chart mix = LearningMixChart.of(pop);

        assertThat(mix.text()).isEqualTo("1 actie: 0 in het werk (0%), 0 van anderen (0%), 1 formeel (100%);"
                + " richtlijn 70-20-10. 2 acties hebben nog geen leervorm en tellen niet mee.");
        assertThat(bar(xml(mix.svg()), "21")).singleElement()
                .satisfies(rect -> assertThat(rect.getAttribute("width")).isEqualTo("360"));
    }

    @Test
    void anEmptyPlanHasNoChartsButADutchSentenceForEach() {
        Pop empty = Pop.empty("Sanne de Vries", null, DAY);

        Chart mix = LearningMixChart.of(empty);
        Chart timeline = GoalTimelineChart.of(empty);

        assertThat(mix.drawn()).isFalse();
        assertThat(mix.svg()).isNull();
        assertThat(mix.text()).isEqualTo("Nog geen acties met een leervorm, dus nog geen leermix om met 70-20-10 te"
                + " vergelijken.");
        assertThat(timeline.drawn()).isFalse();
        assertThat(timeline.text()).isEqualTo("Nog geen doelen of voortgangsgesprekken met een datum, dus nog geen"
                + " tijdlijn.");
        Pop undated = pop(List.of(goal("Beter plannen", null, (LearningForm) null)));
        assertThat(LearningMixChart.of(undated).text()).endsWith("1 actie heeft nog geen leervorm en telt niet mee.");
        assertThat(GoalTimelineChart.of(undated).text()).isEqualTo("Nog geen doelen of voortgangsgesprekken met een"
                + " datum, dus nog geen tijdlijn. Nog zonder deadline: doel 1.");
    }

    @Test
    void theTimelineNamesDeadlinesAndReviewsInDateOrderAndDrawsThemLeftToRight() {
        Pop pop = pop(List.of(goal("Zelfstandig inkopen", LocalDate.of(2027, 3, 31), LearningForm.WERKPLEK),
                goal("Beter plannen", null, LearningForm.SOCIAAL),
                goal("Presenteren voor het team", LocalDate.of(2027, 1, 15), LearningForm.FORMEEL)))
                .toBuilder().reviews(List.of(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 3, 1))).build();

        Chart timeline = GoalTimelineChart.of(pop);

        assertThat(timeline.text()).isEqualTo("Van 23 november 2026 tot 30 juni 2027: doel 3 (Presenteren voor het"
                + " team) klaar op 15 januari 2027; voortgangsgesprek op 1 maart 2027; doel 1 (Zelfstandig inkopen)"
                + " klaar op 31 maart 2027; voortgangsgesprek op 30 juni 2027. Nog zonder deadline: doel 2.");
        Document svg = xml(timeline.svg());
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(GoalTimelineChart.LABEL);
        assertThat(text(svg, "text")).contains("1. Zelfstandig inkopen", "2. Beter plannen", "nog geen deadline",
                "3. Presenteren voor het team", "31 mrt 2027", "15 jan 2027", "23 nov 2026", "30 jun 2027", "1 mrt");
        List<Double> deadlines = attribute(svg, "circle", "cx").stream().skip(1).toList(); // the first is the legend's
        assertThat(deadlines).hasSize(2);
        assertThat(deadlines.get(1)).as("15 January lies before 31 March").isLessThan(deadlines.get(0));
        List<Element> reviews = elements(svg, "path");
        assertThat(reviews).extracting(Element::getTextContent)
                .containsExactly("Voortgangsgesprek op 1 maart 2027", "Voortgangsgesprek op 30 juni 2027");
        assertThat(reviewAt(reviews.get(0))).isBetween(deadlines.get(1), deadlines.get(0));
        assertThat(reviewAt(reviews.get(1))).isEqualTo(GoalTimelineChart.RIGHT);
    }

    @Test
    void reviewsWithoutGoalsStillMakeATimelineWithoutTheDeadlineLegend() {
        Pop pop = Pop.builder("Sanne de Vries", null, DAY)
                .reviews(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))).build();

        Chart timeline = GoalTimelineChart.of(pop);

        assertThat(timeline.text()).isEqualTo("Van 23 november 2026 tot 1 maart 2027: voortgangsgesprek op 1 maart 2027.");
        Document svg = xml(timeline.svg());
        assertThat(elements(svg, "path")).as("one line for the day, said twice").hasSize(1);
        assertThat(elements(svg, "circle")).isEmpty();
        assertThat(text(svg, "text")).contains("voortgangsgesprek").doesNotContain("deadline van een doel");
    }

    @Test
    void goalTextIsEscapedAndLongTextShortenedWithTheWholeInTheTitle() {
        String said = "Leren <script>alert('x')</script> & \"onderhandelen\" met leveranciers over prijzen, levertijden"
                + " en kwaliteit";
        Pop pop = pop(List.of(goal(said, LocalDate.of(2027, 5, 1), LearningForm.WERKPLEK)));

        String markup = GoalTimelineChart.of(pop).svg();

        assertThat(markup).doesNotContain("<script>", "'x'", "\"onderhandelen\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;onderhandelen&quot;");
        Document svg = xml(markup);
        assertThat(text(svg, "title")).contains("Doel 1: " + said);
        assertThat(text(svg, "text")).contains("1. Leren <script>alert('x')</script> &…");
        assertThat(GoalTimelineChart.of(pop).text()).endsWith("doel 1 (Leren <script>alert('x')</script> &"
                + " \"onderhandelen\" met…) klaar op 1 mei 2027.");
    }

    @Test
    void manyGoalsEachGetTheirOwnRowAndTheDrawingGrowsDown() {
        List<Pop.Goal> goals = new ArrayList<>();
        IntStream.rangeClosed(1, Pop.ITEMS).forEach(number -> goals.add(goal("Doel nummer " + number,
                DAY.plusWeeks(number), LearningForm.values()[number % 3])));
        Pop pop = pop(goals).toBuilder().reviews(IntStream.rangeClosed(1, 12).mapToObj(DAY::plusMonths).toList())
                .build();

        Document timeline = xml(GoalTimelineChart.of(pop).svg());
        Document mix = xml(LearningMixChart.of(pop).svg());

        assertThat(text(timeline, "text")).filteredOn(line -> line.matches("\\d+\\. Doel nummer \\d+"))
                .hasSize(Pop.ITEMS).contains("50. Doel nummer 50");
        String[] box = timeline.getDocumentElement().getAttribute("viewBox").split(" ");
        assertThat(Double.parseDouble(box[3])).isGreaterThan(Pop.ITEMS * GoalTimelineChart.ROW);
        List<Double> ys = attribute(timeline, "circle", "cy");
        assertThat(ys.subList(1, ys.size())).isSorted().doesNotHaveDuplicates();
        assertThat(LearningMixChart.of(pop).text()).startsWith("50 acties: 16 in het werk (32%), 17 van anderen (34%),"
                + " 17 formeel (34%)");
        assertThat(bar(mix, "21")).hasSize(3);
    }

    @Test
    void aDateNoCalendarHoldsIsLeftOutInsteadOfSqueezingTheRest() {
        Pop pop = pop(List.of(goal("Zelfstandig inkopen", LocalDate.of(2027, 3, 31), LearningForm.WERKPLEK),
                goal("Typfout", LocalDate.of(9999, 1, 1), LearningForm.WERKPLEK)));

        Chart timeline = GoalTimelineChart.of(pop);

        assertThat(timeline.text()).isEqualTo("Van 23 november 2026 tot 31 maart 2027: doel 1 (Zelfstandig inkopen)"
                + " klaar op 31 maart 2027. Nog zonder deadline: doel 2.");
        assertThat(Collections.max(attribute(xml(timeline.svg()), "circle", "cx"))).isEqualTo(GoalTimelineChart.RIGHT);
    }

    private static Pop pop(List<Pop.Goal> goals) {
        return Pop.builder("Sanne de Vries", "Fatima El Amrani", DAY).goals(goals).build();
    }

    private static Pop.Goal goal(String description, LocalDate deadline, LearningForm... forms) {
        return Pop.Goal.of(description, "het lukt", deadline, java.util.Arrays.stream(forms)
                .map(form -> new Pop.Action("Actie " + description, form, null, null)).toList());
    }

    private static Document xml(String svg) {
        assertThat(svg).isNotNull();
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception unreadable) {
            throw new AssertionError("not well-formed SVG: " + svg, unreadable);
        }
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagName(name);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static List<String> text(Document svg, String name) {
        return elements(svg, name).stream().map(Element::getTextContent).toList();
    }

    private static List<Double> attribute(Document svg, String name, String attribute) {
        return elements(svg, name).stream().map(element -> Double.parseDouble(element.getAttribute(attribute))).toList();
    }

    /** Where a review's dashed line stands: every piece of it starts at the same x ("M 120.5 42 V 66 M 120.5 …"). */
    private static double reviewAt(Element path) {
        List<Double> xs = java.util.Arrays.stream(path.getAttribute("d").split("M")).filter(piece -> !piece.isBlank())
                .map(piece -> Double.parseDouble(piece.strip().split(" ")[0])).distinct().toList();
        assertThat(xs).hasSize(1);
        return xs.getFirst();
    }

    /** The segments of the bar that starts at this y, left to right. */
    private static List<Element> bar(Document svg, String y) {
        return elements(svg, "rect").stream().filter(rect -> rect.getAttribute("y").equals(y)).toList();
    }
}
