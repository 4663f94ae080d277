package nl.koers.dutch;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text as the parsers read it: composed, lower case, and without loose combining marks. */
public final class DutchText {

    private static final Pattern LOOSE_MARKS = Pattern.compile("\\p{M}+");

    private DutchText() {
    }

    /**
     * Composes accented letters (é stays é), then drops combining marks that are left over. Dutch answers do not
     * need them, and a long run of them makes every word boundary check in a pattern walk back over the whole run:
     * 4,000 of them took over a second per answer before this.
     */
    static String fold(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return lowerCase(LOOSE_MARKS.matcher(composed).replaceAll("")).replace('\u00a0', ' ');
    }

    /**
     * Lower case letter by letter, as {@link Character#toLowerCase(int)} has it. Not {@code String.toLowerCase}:
     * its special casing ("İ" becomes "i" and a combining dot) took 100 ms for an answer of 4,000 of them, and words
     * are matched here without it anyway.
     */
    public static String lowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            lower.appendCodePoint(Character.toLowerCase(codePoint));
            i += Character.charCount(codePoint);
        }
        return lower.toString();
    }
}
