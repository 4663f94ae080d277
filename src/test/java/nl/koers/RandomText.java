package nl.koers;

import java.util.List;
import java.util.Random;

/**
 * Random input for robustness tests: pieces of real Dutch answers (dates, amounts, learning forms, commands) mixed
 * with digits, punctuation, query syntax, Unicode from other scripts, control characters and very long runs. A
 * fixed seed makes every failure repeatable; the seed is in the test's name.
 */
public final class RandomText {

    private static final List<String> WORDS = List.of("eind", "begin", "half", "medio", "over", "binnen", "na", "voor",
            "januari", "feb", "maart", "juni", "dec", "kwartaal", "Q3", "week", "weken", "maanden", "jaar", "2027",
            "volgend", "jaar", "morgen", "vandaag", "elke", "maand", "1", "12", "31", "0", "-3", "99999999999999999999",
            "€", "euro", "EUR", "1.250,50", "750", "k", "uur", "uren", "dagen", "twee", "anderhalve", "een", "half",
            "cursus", "meelopen", "coach", "training", "e-learning", "en", "of", "daarna", "af", "toe", ",", ";", ".",
            "ja", "nee", "misschien", "terug", "overslaan", "volgende", "fase", "stop", "help", "SLIM", "POP", "70-20-10",
            "AND", "OR", "NOT", "(", ")", "\"", "*", "?", "~", "^", "[", "]", "{", "}", ":", "\\", "/", "+", "-", "!",
            "&&", "||", "'s", "d'r", "ë", "é", "İ", "ß", "日本語", "مرحبا", "😀", "\u0301", "\u200b", "\u0000", "\t",
            "\n", "\r\n", "<script>", "%s", "${x}", "NaN", "Infinity", "1e309", "0x1F");

    private final Random random;

    /** The pieces of answers it mixes; each repeated makes a worst case for some parser. */
    public static List<String> pieces() {
        return WORDS;
    }

    public RandomText(long seed) {
        this.random = new Random(seed);
    }

    /** A string of 0 to about 60 pieces; now and then a very long one. */
    public String next() {
        int shape = random.nextInt(20);
        if (shape == 0) {
            return "";
        }
        if (shape == 1) {
            return String.valueOf((char) random.nextInt(0x10000)).repeat(1 + random.nextInt(4000));
        }
        if (shape == 2) {
            return randomCodePoints(1 + random.nextInt(200));
        }
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(shape < 5 ? 60 : 8);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(6) == 0 ? randomCodePoints(1 + random.nextInt(5)) : WORDS.get(random.nextInt(WORDS.size())));
            text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private String randomCodePoints(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }
}
