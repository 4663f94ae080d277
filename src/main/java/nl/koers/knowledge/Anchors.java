package nl.koers.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The id of a section on the article page, made from its heading: lower case, accents dropped, every run of other
 * characters one hyphen ("Wat is een POP?" → "s-wat-is-een-pop"; the prefix keeps them apart from the page's own ids). The page and the links to it use the same rule.
 */
public final class Anchors {

    private static final int LONGEST = 80;

    private Anchors() {
    }

    public static String of(String heading) {
        String plain = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder anchor = new StringBuilder();
        for (int i = 0; i < plain.length() && anchor.length() < LONGEST; i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                anchor.append(c);
            } else if (!anchor.isEmpty() && anchor.charAt(anchor.length() - 1) != '-') {
                anchor.append('-');
            }
        }
        while (!anchor.isEmpty() && anchor.charAt(anchor.length() - 1) == '-') {
            anchor.setLength(anchor.length() - 1);
        }
        return "s-" + (anchor.isEmpty() ? "0" : anchor);
    }
}
