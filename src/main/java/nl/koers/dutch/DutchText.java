package nl.koers.dutch;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the parsers read it: composed, lower case, and without loose combining marks. */
final class DutchText {

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
        return LOOSE_MARKS.matcher(composed).replaceAll("").toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }
}
