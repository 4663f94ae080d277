package nl.koers.dutch;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Small numbers as Dutch write them in a conversation: "3", "drie", "een", "anderhalf", "een half". */
final class DutchNumbers {

    static final String WORD = "(?:\\d+(?:[.,]\\d+)?|een|één|anderhalve|anderhalf|halve|half|twee|drie|vier|vijf|zes|zeven|acht"
            + "|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd)";

    private static final Map<String, BigDecimal> WORDS = Map.ofEntries(
            Map.entry("een", BigDecimal.ONE), Map.entry("één", BigDecimal.ONE),
            Map.entry("anderhalf", new BigDecimal("1.5")), Map.entry("anderhalve", new BigDecimal("1.5")),
            Map.entry("half", new BigDecimal("0.5")),
            Map.entry("halve", new BigDecimal("0.5")), Map.entry("twee", BigDecimal.valueOf(2)),
            Map.entry("drie", BigDecimal.valueOf(3)), Map.entry("vier", BigDecimal.valueOf(4)),
            Map.entry("vijf", BigDecimal.valueOf(5)), Map.entry("zes", BigDecimal.valueOf(6)),
            Map.entry("zeven", BigDecimal.valueOf(7)), Map.entry("acht", BigDecimal.valueOf(8)),
            Map.entry("negen", BigDecimal.valueOf(9)), Map.entry("tien", BigDecimal.TEN),
            Map.entry("elf", BigDecimal.valueOf(11)), Map.entry("twaalf", BigDecimal.valueOf(12)),
            Map.entry("vijftien", BigDecimal.valueOf(15)), Map.entry("twintig", BigDecimal.valueOf(20)),
            Map.entry("dertig", BigDecimal.valueOf(30)), Map.entry("veertig", BigDecimal.valueOf(40)),
            Map.entry("vijftig", BigDecimal.valueOf(50)), Map.entry("honderd", BigDecimal.valueOf(100)));

    private DutchNumbers() {
    }

    /** A number word or a number with a decimal comma ("2,5") or point. */
    static Optional<BigDecimal> parse(String word) {
        String text = word.strip().toLowerCase();
        BigDecimal named = WORDS.get(text);
        if (named != null) {
            return Optional.of(named);
        }
        try {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static int whole(String word) {
        return parse(word).map(BigDecimal::intValue).orElse(0);
    }
}
