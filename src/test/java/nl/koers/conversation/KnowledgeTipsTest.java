package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.koers.dialogue.Tips.Tip;
import nl.koers.knowledge.KnowledgeChunk;
import nl.koers.knowledge.KnowledgeFixtures;

/**
 * Tips and short answers from the bundled knowledge base, as the guided dialogue asks for them: whole sentences or a
 * lead-in with whole list items, one article once per conversation, from articles written for the audience.
 */
class KnowledgeTipsTest {

    private static final List<KnowledgeChunk> CHUNKS = KnowledgeFixtures.bundledChunks();
    private static final Map<String, KnowledgeChunk> SECTIONS = CHUNKS.stream()
            .collect(Collectors.toMap(chunk -> chunk.source() + "#" + chunk.heading(), Function.identity()));
    private static final Map<String, List<String>> AUDIENCE = CHUNKS.stream()
            .collect(Collectors.toMap(KnowledgeChunk::source, KnowledgeChunk::audience, (a, b) -> a));
    private static final KnowledgeTips TIPS = new KnowledgeTips(KnowledgeFixtures.bundledSearch());

    private static final Pattern ITEM = Pattern.compile("^(- |(\\d{1,3})\\. )(.*)$");
    private static final List<String> AUDIENCES = List.of("medewerker", "leidinggevende", "hr");

    /** What people in a warehouse, an office, a workshop or a team lead would ask about or say. */
    private static final List<String> QUERIES = List.of(
            "ik wil beter leren plannen in het magazijn",
            "hoe maak ik mijn leerdoel smart",
            "meelopen met een ervaren collega",
            "wie betaalt mijn cursus excel",
            "ik wil doorgroeien naar teamleider",
            "subsidie voor een opleiding in de bouw",
            "voortgang bespreken elk kwartaal",
            "mijn baas vindt een opleiding te duur",
            "leren zonder een cursus te volgen",
            "verdiepen in mijn vak of juist verbreden",
            "coaching door een collega op de werkvloer",
            "wat neem ik mee naar het gesprek",
            "studiekosten terugbetalen als ik wegga",
            "welke vaardigheden zijn over vijf jaar nodig",
            "kennis delen in een klein team",
            "afspraken vastleggen in mijn pop",
            "mijn wens is nu niet haalbaar",
            "tijd vrijmaken voor leren naast het werk",
            "lenen voor een opleiding bij duo",
            "belasting betalen over een opleiding van de werkgever",
            "iemand klaarstomen als opvolger",
            "collega's die niet willen bijscholen",
            "hoe geef ik feedback tijdens het werk",
            "een vaardighedenmatrix voor het team maken",
            "python leren als ontwikkelaar naast mijn sprint",
            "de boekhouding overzetten naar een nieuw pakket");

    static Stream<Arguments> queriesPerAudience() {
        return AUDIENCES.stream().flatMap(audience -> QUERIES.stream().map(query -> Arguments.of(audience, query)));
    }

    @ParameterizedTest
    @MethodSource("queriesPerAudience")
    void aTipIsWholeSentencesOrALeadInWithWholeListItems(String audience, String query) {
        Optional<Tip> tip = TIPS.tip(query, audience, Set.of());

        tip.ifPresent(KnowledgeTipsTest::assertWhole);
    }

    @Test
    void mostQuestionsGetATipAndSomeOfThemAList() {
        List<Tip> tips = QUERIES.stream().flatMap(query -> TIPS.tip(query, "medewerker", Set.of()).stream()).toList();

        assertThat(tips).hasSizeGreaterThan(QUERIES.size() / 2);
        assertThat(tips).filteredOn(tip -> tip.text().lines().anyMatch(line -> ITEM.matcher(line).matches()))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("queriesPerAudience")
    void aTipComesFromAnArticleWrittenForTheAudience(String audience, String query) {
        Optional<Tip> tip = TIPS.tip(query, audience, Set.of());

        tip.ifPresent(found -> assertThat(AUDIENCE.get(found.source().source())).as(found.id()).contains(audience));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wensen van een medewerker die nu niet kunnen  | leidinggevende | loopbaangesprek/wensen-die-nu-niet-haalbaar-zijn.md
            wat neem ik mee naar mijn loopbaangesprek      | medewerker     | loopbaangesprek/loopbaangesprek-voorbereiden-medewerker.md
            de praktische kant van het gesprek regelen     | leidinggevende | loopbaangesprek/loopbaangesprek-voorbereiden-leidinggevende.md
            tijdvak en loting voor de SLIM-aanvraag        | hr             | financiering/slim-aanvragen-tijdvakken-en-loting.md
            """)
    void anArticleForOneGroupIsATipForThatGroupOnly(String query, String audience, String source) {
        assertThat(TIPS.tip(query, audience, Set.of())).map(tip -> tip.source().source()).hasValue(source);

        for (String other : AUDIENCES) {
            if (!AUDIENCE.get(source).contains(other)) {
                assertThat(TIPS.tip(query, other, Set.of())).map(tip -> tip.source().source())
                        .as("for %s", other).isNotEqualTo(Optional.of(source));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Medewerker  | medewerker
            ' HR '      | hr
            LEIDINGGEVENDE | leidinggevende
            """)
    void theAudienceIsReadWhateverItsCase(String written, String audience) {
        for (String query : QUERIES) {
            assertThat(TIPS.tip(query, written, Set.of())).isEqualTo(TIPS.tip(query, audience, Set.of()));
        }
    }

    @Test
    void oneConversationGetsEveryArticleOnceAndTheIdNamesTheArticle() {
        for (String audience : AUDIENCES) {
            Set<String> given = new HashSet<>();
            List<String> sources = new ArrayList<>();
            for (String query : QUERIES) {
                TIPS.tip(query, audience, given).ifPresent(tip -> {
                    assertThat(tip.id()).isEqualTo(tip.source().source());
                    sources.add(tip.source().source());
                    given.add(tip.id());
                });
            }
            assertThat(sources).as(audience).hasSizeGreaterThan(10).doesNotHaveDuplicates();
        }
    }

    @Test
    void aTipGivenOnceIsNotGivenAgainForTheSameQuestion() {
        for (String query : QUERIES) {
            Optional<Tip> first = TIPS.tip(query, "medewerker", Set.of());
            first.ifPresent(tip -> assertThat(TIPS.tip(query, "medewerker", Set.of(tip.id())))
                    .map(again -> again.source().source()).isNotEqualTo(Optional.of(tip.source().source())));
        }
    }

    /** Conversations stored before this change hold section ids; such an id keeps its whole article from coming back. */
    @Test
    void aSectionIdGivenBeforeBlocksEverySectionOfItsArticle() {
        int checked = 0;
        for (String query : QUERIES) {
            Optional<Tip> first = TIPS.tip(query, "medewerker", Set.of());
            if (first.isEmpty()) {
                continue;
            }
            String source = first.get().source().source();
            for (KnowledgeChunk section : CHUNKS.stream().filter(chunk -> chunk.source().equals(source)).toList()) {
                String oldId = source + "#" + (section.heading() == null ? "" : section.heading());
                assertThat(TIPS.tip(query, "medewerker", Set.of(oldId))).map(tip -> tip.source().source())
                        .as(oldId).isNotEqualTo(Optional.of(source));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    /**
     * A question back in the dialogue ("wat is … eigenlijk?") is answered with the sentences that hold its words,
     * first: the first sentence names what was asked about.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wat houdt zo'n studiekostenbeding in?      | medewerker     | studiekostenbeding
            hoe zit het met het levenlanglerenkrediet? | medewerker     | levenlanglerenkrediet
            wat is een Ontwikkelpad precies?           | medewerker     | ontwikkelpad
            wat is een kritieke rol?                   | leidinggevende | kritieke rol
            wat is een skillspaspoort?                 | medewerker     | skillspaspoort
            wat is CompetentNL?                        | medewerker     | competentnl
            wat is strategische personeelsplanning?    | leidinggevende | strategische personeelsplanning
            wat is het STAP-budget eigenlijk?          | medewerker     | stap-budget
            waar staat T-shaped voor?                  | medewerker     | t-shaped
            wat is een O&O-fonds eigenlijk?            | hr             | o&o-fonds
            wat betekent SMART eigenlijk?              | medewerker     | smart
            """)
    void aShortAnswerStartsWithTheSentenceThatHoldsTheQuestionsWords(String question, String audience, String term) {
        Tip answer = TIPS.tip(question, audience, Set.of()).orElseThrow();

        assertWhole(answer);
        String firstSentence = answer.text().lines().findFirst().orElseThrow().split("(?<=[.?!:]) ", 2)[0];
        assertThat(firstSentence.toLowerCase()).contains(term);
    }

    /**
     * The text of a tip, checked against its section in the bundled knowledge base: the lines before a list are
     * whole sentences that follow each other there (or the heading, for a list that opens its section); each list
     * line is a whole item of that section's list, numbered as there; nothing is cut off.
     */
    private static void assertWhole(Tip tip) {
        KnowledgeChunk section = SECTIONS.get(tip.source().source() + "#" + tip.source().heading());
        assertThat(section).as(tip.id()).isNotNull();
        String text = tip.text();
        assertThat(text).as(text).doesNotContain("…").doesNotStartWith(" ").hasSizeLessThanOrEqualTo(TipPassage.LIST_LENGTH);

        List<String> lines = text.lines().toList();
        List<String> prose = new ArrayList<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        String last = null;
        for (String line : lines) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                last = item.group(3);
                items.put(last, item.group(2) == null ? 0 : Integer.parseInt(item.group(2)));
            } else if (last != null) {
                assertThat(line).as("an item's next line is indented under it").startsWith("  ");
                int number = items.remove(last);
                last = last + "\n" + line.strip();
                items.put(last, number);
            } else {
                prose.add(line);
            }
        }
        String lead = String.join(" ", prose);
        assertThat(lead).as(text).isNotBlank();
        assertThat(lead).as(text).matches("(?s)[\\p{Lu}\\d\"'(].*[.!?:][\"')]?");

        List<String> sectionLines = section.text().lines().map(String::strip).toList();
        String flat = String.join(" ", section.text().split("\\s+"));
        boolean headingLeads = section.heading() != null
                && (lead.equals(section.heading()) || lead.equals(section.heading() + ":"));
        if (!headingLeads) {
            int at = flat.indexOf(lead);
            assertThat(at).as("%s%nin%n%s", lead, flat).isGreaterThanOrEqualTo(0);
            String opening = lead.substring(0, Math.min(40, lead.length()));
            String before = section.text().substring(0, section.text().indexOf(opening));
            assertThat(before.isEmpty() || before.endsWith("\n") || before.stripTrailing().matches("(?s).*[.!?:][\"')]?"))
                    .as("starts a sentence: %s", lead).isTrue();
            assertThat(at + lead.length() == flat.length() || flat.charAt(at + lead.length()) == ' ')
                    .as("ends a sentence: %s", lead).isTrue();
        }
        if (items.isEmpty()) {
            assertThat(text.length()).as("sentences without a list").isLessThanOrEqualTo(TipPassage.SENTENCES_LENGTH);
            return;
        }
        assertThat(items).hasSizeLessThanOrEqualTo(TipPassage.LIST_ITEMS);
        int expected = -1;
        for (Map.Entry<String, Integer> item : items.entrySet()) {
            List<String> parts = item.getKey().lines().toList();
            String marker = item.getValue() == 0 ? "• " : item.getValue() + ". ";
            int line = sectionLines.indexOf(marker + parts.getFirst());
            assertThat(line).as("a whole item: %s", item.getKey()).isGreaterThanOrEqualTo(0);
            for (int part = 1; part < parts.size(); part++) {
                assertThat(sectionLines.get(line + part)).isEqualTo(parts.get(part));
            }
            int after = line + parts.size();
            assertThat(after == sectionLines.size() || sectionLines.get(after).isEmpty()
                    || sectionLines.get(after).matches("(• |\\d{1,3}\\. ).*")).as("the item goes on: %s", item.getKey())
                    .isTrue();
            if (item.getValue() > 0) {
                assertThat(expected < 0 || item.getValue() == expected).as("numbered as in the article").isTrue();
                expected = item.getValue() + 1;
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "wat is een POP eigenlijk?        | POP",
            "Wat is SLIM eigenlijk?           | SLIM",
            "wat is een O&O-fonds?            | O&O-fonds",
            "Wat betekent studiekostenbeding? | studiekostenbeding"})
    void aWhatIsQuestionGetsTheSentenceThatSaysWhatItIs(String question, String term) {
        var tip = TIPS.tip(question, "medewerker", java.util.Set.of());

        org.assertj.core.api.Assertions.assertThat(tip).hasValueSatisfying(found -> org.assertj.core.api.Assertions
                .assertThat(found.text()).containsIgnoringCase(term)
                .matches("(?is)^(een |de |het )?" + java.util.regex.Pattern.quote(term) + ".*?\\b(is|zijn|staat voor|betekent|heet)\\b.*")
                .doesNotContainPattern("(?i)\\b(is|zijn) (geen|niet)\\b").doesNotContain(":"));
    }
}
