package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a chunk's plain text is cut into a tip: at sentence and item ends only, lists kept as Markdown lists. */
class TipPassageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Neem bijv. een cursus Excel. Vraag o.a. je leidinggevende om tijd.  | Neem bijv. een cursus Excel. ‖ Vraag o.a. je leidinggevende om tijd.
            De training duurt ca. 3 dagen, d.w.z. max. 24 uur. Daarna volgt een toets. | De training duurt ca. 3 dagen, d.w.z. max. 24 uur. ‖ Daarna volgt een toets.
            De fasen zijn: 1. inventariseren 2. voorstellen ontwikkelen 3. afspraken maken. Neem er de tijd voor. | De fasen zijn: 1. inventariseren 2. voorstellen ontwikkelen 3. afspraken maken. ‖ Neem er de tijd voor.
            Stap 1. Zoek medestanders. Stap 2. Maak een plan. | Stap 1. Zoek medestanders. ‖ Stap 2. Maak een plan.
            `Vraag door: "Wat trekt je daarin?" Schrijf het daarna op.` | `Vraag door: "Wat trekt je daarin?" ‖ Schrijf het daarna op.`
            Min. twee collega's doen mee, zie nr. 4 van de lijst. Dat is genoeg. | Min. twee collega's doen mee, zie nr. 4 van de lijst. ‖ Dat is genoeg.
            Per 1 januari 2024 is het afgeschaft. Het geld gaat naar SLIM. | Per 1 januari 2024 is het afgeschaft. ‖ Het geld gaat naar SLIM.
            Volgens J. de Vries werkt dat goed. Probeer het zelf! | Volgens J. de Vries werkt dat goed. ‖ Probeer het zelf!
            Wat heb je nodig? Tijd, geld of een coach. | Wat heb je nodig? ‖ Tijd, geld of een coach.
            Kijk op duo.nl voor de regels. Of bel DUO (ma. t/m vr.). | Kijk op duo.nl voor de regels. ‖ Of bel DUO (ma. t/m vr.).
            Een budget van € 1.000 per jaar, incl. btw en excl. reiskosten. | Een budget van € 1.000 per jaar, incl. btw en excl. reiskosten.
            De planner m.b.t. het weekrooster leert het i.p.v. de teamleider. Dat scheelt tijd. | De planner m.b.t. het weekrooster leert het i.p.v. de teamleider. ‖ Dat scheelt tijd.
            """)
    void aSentenceEndsWhereASentenceEnds(String paragraph, String expected) {
        assertThat(ChunkText.sentences(paragraph)).containsExactly(expected.split(" ‖ "));
    }

    @Test
    void aListWithItsLeadInStaysAMarkdownList() {
        String chunk = """
                De toegang loopt meestal via de sector of branche. Zo vind je je fonds:

                • Kijk in de cao. Daarin staat of er een fonds is.
                • Vraag het je brancheorganisatie.
                • Vraag het je salarisadministratie of accountant.

                Namen en regelingen kunnen veranderen.""";

        assertThat(TipPassage.of(chunk, "Hoe vind je het fonds?", Set.of("cao", "fonds"))).hasValue("""
                De toegang loopt meestal via de sector of branche. Zo vind je je fonds:
                - Kijk in de cao. Daarin staat of er een fonds is.
                - Vraag het je brancheorganisatie.
                - Vraag het je salarisadministratie of accountant.""");
    }

    @Test
    void aNumberedListKeepsItsNumbersAndAnItemThatRunsOnStaysUnderIt() {
        String chunk = """
                Om kritieke rollen te vinden, stel je voor elke rol twee vragen:

                1. Als deze rol 90 dagen onbezet is, wat gaat er dan mis?
                Denk concreet: welke klanten merken het?
                2. Welke rollen beschermen rechtstreeks de omzet?""";

        assertThat(TipPassage.of(chunk, null, Set.of("rol"))).hasValue("""
                Om kritieke rollen te vinden, stel je voor elke rol twee vragen:
                1. Als deze rol 90 dagen onbezet is, wat gaat er dan mis?
                   Denk concreet: welke klanten merken het?
                2. Welke rollen beschermen rechtstreeks de omzet?""");
    }

    @Test
    void aLongListGivesAtMostFiveWholeItems() {
        String items = IntStream.rangeClosed(1, 9).mapToObj(i -> "• Stap " + i + ": doe iets kleins.")
                .collect(Collectors.joining("\n"));

        String tip = TipPassage.of("Zo pak je het aan:\n" + items, null, Set.of("stap")).orElseThrow();

        assertThat(tip.lines().toList()).containsExactly("Zo pak je het aan:", "- Stap 1: doe iets kleins.",
                "- Stap 2: doe iets kleins.", "- Stap 3: doe iets kleins.", "- Stap 4: doe iets kleins.",
                "- Stap 5: doe iets kleins.");
    }

    @Test
    void longItemsAreLeftOffWholeNeverCut() {
        String item = "Een werkvorm die past bij het werk in de werkplaats en waarin een ervaren collega meekijkt, "
                + "feedback geeft en samen met de leerling terugkijkt op wat er goed ging en wat beter kan, elke week.";
        String chunk = "Werkvormen die passen:\n" + IntStream.rangeClosed(1, 5).mapToObj(i -> "• " + i + " " + item)
                .collect(Collectors.joining("\n"));

        String tip = TipPassage.of(chunk, null, Set.of("werkvorm")).orElseThrow();

        assertThat(tip).hasSizeLessThanOrEqualTo(TipPassage.LIST_LENGTH).doesNotContain("…");
        List<String> lines = tip.lines().toList();
        assertThat(lines).hasSizeBetween(3, 4);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).endsWith(item));
    }

    @Test
    void anItemThatAnnouncesASubListIsNotLeftDangling() {
        String chunk = """
                Er zijn twee soorten kosten:
                1. Kosten voor je huidige werk.
                2. Een opleiding voor later. Daarvoor gelden voorwaarden:
                • de werkgever zegt het vooraf toe;""";

        assertThat(TipPassage.of(chunk, null, Set.of("kosten"))).isEmpty();
    }

    @Test
    void theSentenceWithTheWordsComesFirst() {
        String chunk = "Werkgevers betalen vaak mee aan opleidingen van hun mensen, zeker als het werk erom vraagt. "
                + "Soms is dat niet genoeg en zoek je verder naar andere bronnen voor het geld. "
                + "Het levenlanglerenkrediet is een lening van de overheid via DUO voor collegegeld of lesgeld. "
                + "Je betaalt het later terug, met rente.";

        assertThat(TipPassage.of(chunk, null, Set.of("levenlanglerenkrediet"))).hasValue(
                "Het levenlanglerenkrediet is een lening van de overheid via DUO voor collegegeld of lesgeld. "
                        + "Je betaalt het later terug, met rente.");
    }

    @Test
    void aSentenceThatLeansOnTheOneBeforeBringsIt() {
        String chunk = "Het geld dat van STAP over was, gaat naar de SLIM-scholingssubsidie voor Ontwikkelpaden. "
                + "Die vraagt de werkgever aan, niet de medewerker zelf.";

        assertThat(TipPassage.of(chunk, null, Set.of("werkgever"))).hasValue(chunk);
    }

    @Test
    void questionsAloneAndTablesGiveNoTip() {
        assertThat(TipPassage.of("Hoe vaak bespreek je de voortgang? En met wie?", null, Set.of("voortgang"))).isEmpty();
        assertThat(TipPassage.of("Jaar · Plafond\n2020 · € 15 miljoen\n2021 · € 14 miljoen", null, Set.of("plafond")))
                .isEmpty();
    }

    @Test
    void aSentenceTooLongToGiveWholeGivesNothing() {
        String endless = "Een zin " + "met nog een bijzin en nog wat woorden erbij, ".repeat(20) + "tot het einde.";

        assertThat(TipPassage.of(endless, null, Set.of("zin"))).isEmpty();
    }

    @Test
    void aListThatOpensTheSectionIsLedInByTheHeading() {
        String chunk = "• Registreer op tijd bij het portaal.\n• Doe één aanvraag per tijdvak.";

        assertThat(TipPassage.of(chunk, "Zo bereid je een aanvraag voor", Set.of("aanvraag"))).hasValue("""
                Zo bereid je een aanvraag voor:
                - Registreer op tijd bij het portaal.
                - Doe één aanvraag per tijdvak.""");
    }

    @Test
    void charactersThatMarkdownReadsAreShownAsTyped() {
        assertThat(TipPassage.of("Gebruik *sterretjes* en [haken] in de_naam van je bestand.", null, Set.of()))
                .hasValue("Gebruik \\*sterretjes\\* en \\[haken\\] in de\\_naam van je bestand.");
    }

    @Test
    void theWordsTheSearchMarkedAreReadFromTheSnippet() {
        assertThat(TipPassage.marked("De <mark>SLIM</mark>-regeling en het <mark>O&amp;O-fonds</mark> … <mark>slim</mark>"))
                .containsExactlyInAnyOrder("slim", "o", "fonds");
    }

    /**
     * A growth guard for the scanners that read chunk text, which anyone who may edit the knowledge folder writes: four
     * times the text takes at most eight times as long (linear is four), measured in the thread's processor time, the
     * best of several runs, tried again before it fails; anything under two milliseconds passes.
     */
    @Test
    void fourTimesTheChunkTakesAtMostEightTimesAsLong() {
        Map<String, IntFunction<String>> families = Map.of(
                "full stops", n -> "a. ".repeat(n / 3),
                "numbers", n -> "1. ".repeat(n / 3),
                "abbreviations", n -> "bijv. ".repeat(n / 6),
                "no spaces", n -> "x.".repeat(n / 2),
                "one long item", n -> "• a\n" + "x\n".repeat(n / 2),
                "items", n -> "Zo:\n" + "• x.\n".repeat(n / 5),
                "table", n -> "a · b\n".repeat(n / 6),
                "quoted questions", n -> "\"Wat?\" ".repeat(n / 8),
                "one sentence", n -> "woord ".repeat(n / 6),
                "blank lines", n -> "Zin.\n\n".repeat(n / 6));
        for (Map.Entry<String, IntFunction<String>> family : families.entrySet()) {
            String shortText = family.getValue().apply(1_000);
            String longText = family.getValue().apply(4_000);
            long[] best = compare(shortText, longText);
            for (int attempt = 1; attempt < 3 && !linear(best); attempt++) {
                best = compare(shortText, longText);
            }
            assertThat(linear(best)).as("%s: 4,000 characters took %.2f ms, 1,000 took %.2f ms", family.getKey(),
                    best[1] / 1e6, best[0] / 1e6).isTrue();
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private int sink;

    private static boolean linear(long[] best) {
        return best[1] <= Math.max(8 * best[0], 2_000_000L);
    }

    private long[] compare(String shortText, String longText) {
        time(shortText);
        time(longText);
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < 7; i++) {
            best[0] = Math.min(best[0], time(shortText));
            best[1] = Math.min(best[1], time(longText));
        }
        return best;
    }

    private long time(String text) {
        long start = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
        Optional<String> tip = TipPassage.of(text, "Kop", Set.of("x", "a", "wat"));
        sink += tip.map(String::length).orElse(0) + ChunkText.blocks(text).size();
        return (CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    }
}
