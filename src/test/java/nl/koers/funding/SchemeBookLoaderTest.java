package nl.koers.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.koers.funding.SchemeBook.Entry;
import nl.koers.funding.SchemeBook.Fact;

/**
 * The scheme file: what Koers ships is complete and every figure in it stands in the knowledge article it names, and a
 * file with a mistake stops the start with the file and the line.
 */
class SchemeBookLoaderTest {

    private static final Path PROMPTS = Path.of("prompts");
    private static final Path KNOWLEDGE = Path.of("knowledge");
    private static final SchemeBook BOOK = SchemeBookLoader.load(PROMPTS);

    @TempDir
    Path copy;

    static Stream<Arguments> facts() {
        return BOOK.schemes().entrySet().stream().flatMap(scheme -> scheme.getValue().facts().entrySet().stream()
                .map(fact -> Arguments.of(scheme.getKey(), fact.getKey(), fact.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("facts")
    void everyFigureStandsInTheArticleItNames(Scheme scheme, String name, Fact fact) throws IOException {
        assertThat(BOOK.entry(scheme).articles()).as("an article of the scheme").contains(fact.article());
        assertThat(article(fact.article())).as(fact.article()).contains(fact.inArticle());
        assertThat(fact.year()).isBetween(2020, 2026);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SLIM          | mkb-grens            | 250            | 2024
            SLIM          | klein-grens          | 50             | 2024
            SLIM          | percentage           | 60%            | 2025
            SLIM          | percentage-klein-oud | 80%            | 2024
            SLIM          | minimum              | € 5.000        | 2024
            SLIM          | maximum              | € 24.999       | 2024
            PRAKTIJKLEREN | maximum              | € 2.700        | 2025
            SLIM_SCHOLING | einde                | 31 december 2027 | 2025
            """)
    void theFiguresAreTheOnesTheArticlesGive(Scheme scheme, String name, String shown, int year) {
        Fact fact = BOOK.entry(scheme).facts().get(name);

        assertThat(fact.shown()).isEqualTo(shown);
        assertThat(fact.year()).isEqualTo(year);
    }

    @Test
    void everyPageAndPeriodIsOneTheArticlesGive() throws IOException {
        for (var scheme : BOOK.schemes().entrySet()) {
            Entry entry = scheme.getValue();
            StringBuilder articles = new StringBuilder();
            for (String article : entry.articles()) {
                articles.append(article(article));
            }
            if (entry.page() != null) {
                assertThat(articles).as(scheme.getKey() + " page").contains(entry.page());
            }
            for (ApplicationWindow window : entry.windows() == null ? List.<ApplicationWindow>of() : entry.windows()) {
                assertThat(articles).as(scheme.getKey() + " period " + window)
                        .contains(SchemeBook.dayAndMonth(window.from()), SchemeBook.date(window.to()));
            }
        }
    }

    @Test
    void theShippedFileHasEveryFundAndPathTheArticlesName() {
        assertThat(BOOK.entry(Scheme.OO_FONDS).funds()).extracting(SchemeBook.Fund::name)
                .containsExactly("OOM", "OOMT", "OTIB", null);
        assertThat(BOOK.entry(Scheme.SLIM_SCHOLING).sectors()).contains("zorg", "kinderopvang", "groen", "techniek",
                "bouw", "energie");
        assertThat(BOOK.entry(Scheme.OO_FONDS).page()).as("the article names no official page for all funds").isNull();
        assertThat(BOOK.entry(Scheme.SLIM).windows()).as("no known SLIM period for 2025 or 2026").isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "    naam: Werkkostenregeling"        | "    nam: Werkkostenregeling"         | onbekende sleutel 'nam'
            "de {bedrag} belastingvrij"           | "de {bedrg} belastingvrij"           | {bedrg} kan hier niet
            "maximum: {euro: 2700"                | "maximum: {euro: 2.700"              | '2.700' is geen getal zoals dit bestand het schrijft
            "{van: 2025-06-02, tot: 2025-09-17}"  | "{van: 2025-09-17, tot: 2025-06-02}" | eindigt (2025-06-02) voor het begint
            "pagina: https://www.rvo.nl/"         | "pagina: http://www.rvo.nl/"         | is geen https-adres
            "  STUDIEKOSTENBEDING:"               | "  STUDIEKOSTEN:"                    | onbekende regeling 'STUDIEKOSTEN'
            "mkb-grens: {aantal: 250"             | "mkb-grenzen: {aantal: 250"          | SLIM mist het feit 'mkb-grens'
            "      te-klein:"                     | "      te-klein-project:"            | onbekende sleutel 'te-klein-project'
            "jaar: 2022"                          | "jaar: 22"                           | '22' is geen jaar
            "  slot: >-"                          | "  slotzin: >-"                      | onbekende sleutel 'slotzin'
            """)
    void aMistakeStopsTheStartNamingFileAndLine(String original, String mistake, String message) throws IOException {
        String file = Files.readString(PROMPTS.resolve(SchemeBookLoader.FILE));
        assertThat(file).contains(original);
        int line = file.substring(0, file.indexOf(original)).split("\n", -1).length;
        write(file.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(mistake)));

        assertThatThrownBy(() -> SchemeBookLoader.load(copy)).isInstanceOf(FundingFileException.class)
                .hasMessageContaining("financiering/regelingen.yml, regel " + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void aMissingFileOrSentenceIsNamed() throws IOException {
        assertThatThrownBy(() -> SchemeBookLoader.load(copy)).hasMessageContaining("het bestand ontbreekt");

        String file = Files.readString(PROMPTS.resolve(SchemeBookLoader.FILE));
        write(file.replace("      geen-leerplaats:\n        zin: Deze subsidie is alleen", "      overig:\n        zin: Deze"));
        assertThatThrownBy(() -> SchemeBookLoader.load(copy)).hasMessageContaining("onbekende sleutel 'overig'");

        write(file.replace("  tijdvak-onbekend: Een volgend aanvraagtijdvak is nog niet bekend.\n", ""));
        assertThatThrownBy(() -> SchemeBookLoader.load(copy)).hasMessageContaining("'tijdvak-onbekend' ontbreekt");
    }

    @Test
    void placeholdersAreFilledFromFactsAndTheAction() {
        assertThat(SchemeBook.fill("tot {maximum} voor {sector}", Map.of("maximum", "€ 2.700", "sector", "bouw")))
                .isEqualTo("tot € 2.700 voor bouw");
        assertThat(SchemeBook.euros(new BigDecimal("1250.5"))).isEqualTo("€ 1.250,50");
        assertThat(SchemeBook.roughly(LocalDate.of(2027, 9, 17), true)).isEqualTo("half september 2027");
        assertThatThrownBy(() -> SchemeBook.fill("{onbekend}", Map.of())).isInstanceOf(IllegalStateException.class);
    }

    private void write(String text) throws IOException {
        Path file = copy.resolve(SchemeBookLoader.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String article(String path) throws IOException {
        return Files.readString(KNOWLEDGE.resolve(path));
    }
}
