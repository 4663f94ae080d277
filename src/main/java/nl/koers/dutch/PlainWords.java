package nl.koers.dutch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of letters and digits in a text, in lower case and without accents: "BHV-cursus" is "bhv" and "cursus",
 * "opléiding" is "opleiding". Accents are taken off after decomposing, so a mark never splits a word. What the
 * readers of learning forms and of funding questions match their word lists against.
 */
public final class PlainWords {

    private PlainWords() {
    }

    public static List<String> of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < plain.length(); ) {
            int codePoint = plain.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                word.appendCodePoint(Character.toLowerCase(codePoint));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
