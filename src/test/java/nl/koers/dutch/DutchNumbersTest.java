package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/** Number words through ICU's Dutch spell-out rules, and digits in Dutch notation. */
class DutchNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            een                          | 1
            één                          | 1
            drie                         | 3
            twaalf                       | 12
            zeventien                    | 17
            tweeëntwintig                | 22
            tweeentwintig                | 22
            twee-en-twintig              | 22
            achtendertig                 | 38
            honderd                      | 100
            honderdvijftig               | 150
            achthonderd                  | 800
            duizend                      | 1000
            vijftienhonderd              | 1500
            twaalfhonderdvijftig         | 1250
            drieduizend                  | 3000
            tweeduizendvijfhonderd       | 2500
            negenhonderdnegenennegentig  | 999
            anderhalf                    | 1.5
            anderhalve                   | 1.5
            half                         | 0.5
            halve                        | 0.5
            miljoen                      | 1000000
            """)
    void readsANumberWord(String word, BigDecimal expected) {
        assertThat(DutchNumbers.word(word)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paar", "enkele", "wat", "aantal", "tweede", "derde", "achtste", "honderdste", "eens", "enen",
        "euro", "dagen", "uur", "week", "de", "en", "zo", "tien-tallen", ""})
    void aWordThatIsNoNumberReadsAsNone(String word) {
        assertThat(DutchNumbers.word(word)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paar", "enkele", "aantal", "wat", "meerdere"})
    void vagueCountsAreKnownAsSuch(String word) {
        assertThat(DutchNumbers.isVague(word)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2500       | 2500
            1.350      | 1350
            2.000      | 2000
            1.000.000  | 1000000
            2,5        | 2.5
            99,95      | 99.95
            1.250,50   | 1250.50
            1.5        | 1.5
            1,350      | 1350
            1,350.50   | 1350.50
            """)
    void readsDigitsInDutchNotation(String digits, BigDecimal expected) {
        assertThat(DutchNumbers.digits(digits)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.35.0", "12.34.567", "1234567890123456789012"})
    void digitsInNoNotationReadAsNone(String digits) {
        assertThat(DutchNumbers.digits(digits)).isEmpty();
    }

    @Test
    void parseTakesOneWordOrOneNumberAsDatesUseIt() {
        assertThat(DutchNumbers.parse("Vier")).contains(BigDecimal.valueOf(4));
        assertThat(DutchNumbers.parse("3")).contains(BigDecimal.valueOf(3));
        assertThat(DutchNumbers.whole("anderhalf")).isEqualTo(1);
        assertThat(DutchNumbers.whole("maanden")).isZero();
    }

    @Test
    void theSharedFormatterReadsRightFromManyThreadsAtOnce() throws Exception {
        var spellout = new RuleBasedNumberFormat(new ULocale("nl"), RuleBasedNumberFormat.SPELLOUT);
        // distinct numbers, so that each is parsed and not only found among the words read before
        var words = IntStream.rangeClosed(1, 600).map(n -> n * 7 + 3).boxed()
                .collect(java.util.stream.Collectors.toMap(n -> spellout.format(n).replace("\u00ad", ""), n -> n));
        try (var executor = Executors.newFixedThreadPool(8)) {
            var results = executor.invokeAll(words.entrySet().stream().<Callable<Boolean>>map(entry -> () ->
                    DutchNumbers.word(entry.getKey()).map(BigDecimal::intValue).orElse(-1).equals(entry.getValue()))
                    .toList());
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
