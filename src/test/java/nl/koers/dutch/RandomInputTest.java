package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.koers.FixedClockConfiguration;
import nl.koers.RandomText;
import nl.koers.TestPrompts;

/**
 * The Dutch parsers never throw, whatever comes in: 4,000 random inputs per seed (more with
 * {@code -Dkoers.random.cases=…}), over five fixed seeds. What they do return stays sensible: dates near today,
 * amounts not negative, actions without empty entries. This test found "over 99999999999999999999 dagen" throwing,
 * and a year read from the middle of a long number.
 */
class RandomInputTest {

    static final int PER_SEED = Integer.getInteger("koers.random.cases", 4_000);
    static final Clock CLOCK = Clock.fixed(FixedClockConfiguration.NOW, ZoneId.of("Europe/Amsterdam"));

    @TestFactory
    Stream<DynamicTest> parsersNeverThrowOnRandomInput() {
        return IntStream.of(1, 7, 42, 2026, 90210).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new RandomText(seed);
            var dates = new DutchDates(CLOCK);
            var forms = TestPrompts.learningForms();
            LocalDate today = LocalDate.now(CLOCK);
            for (int i = 0; i < PER_SEED; i++) {
                String input = random.next();
                String context = "seed " + seed + ", input " + i + ": " + input.codePoints().limit(200)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
                dates.parse(input).ifPresent(date -> assertThat(date).as(context)
                        .isBetween(today.minusYears(100), today.plusYears(100)));
                assertThat(dates.parseAll(input)).as(context).isNotNull()
                        .allSatisfy(date -> assertThat(date).isBetween(today.minusYears(100), today.plusYears(100)));
                DutchAmounts.euros(input).ifPresent(euros -> assertThat(euros).as(context).isGreaterThanOrEqualTo(BigDecimal.ZERO));
                DutchAmounts.hours(input).ifPresent(hours -> assertThat(hours).as(context).isGreaterThanOrEqualTo(BigDecimal.ZERO));
                assertThat(DutchAmounts.resources(input)).as(context).isNotNull();
                assertThat(forms.of(input)).as(context).isNotNull();
                assertThat(forms.fromChoice(input)).as(context).isNotNull();
                assertThat(YesNo.parse(input)).as(context).isNotNull();
                assertThat(ActionSplitter.split(input, forms)).as(context).isNotNull().noneMatch(String::isBlank);
                assertThat(DutchPhrases.items(input)).as(context).isNotNull().noneMatch(String::isBlank);
            }
        }));
    }
}
