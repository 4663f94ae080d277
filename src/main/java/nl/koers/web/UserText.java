package nl.koers.web;

import org.jspecify.annotations.Nullable;

/**
 * Text as a person typed it, made fit to store and to render: line breaks become {@code \n} (CRLF and CR too),
 * control characters other than tab and newline are removed, and so are the noncharacters (U+FFFE, U+FFFF and
 * their kin); a lone surrogate becomes U+FFFD. PostgreSQL cannot store NUL in text and its driver turns a lone
 * surrogate into "?", and the PDF renderer refuses all of these, so every entry point cleans what it stores with
 * this, and the renderers clean again for what was stored before.
 */
public final class UserText {

    private static final char REPLACEMENT = '\uFFFD';

    private UserText() {
    }

    /** The cleaned text; null stays null. */
    public static @Nullable String clean(@Nullable String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        var cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                cleaned.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (!isNoncharacter(codePoint)) {
                    cleaned.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                cleaned.append(REPLACEMENT);
            } else if (!removed(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || Character.isSurrogate(c) || removed(c)) {
                return false;
            }
        }
        return true;
    }

    /** A control character other than tab and newline, or a noncharacter of the basic plane. */
    private static boolean removed(char c) {
        return (Character.isISOControl(c) && c != '\t' && c != '\n') || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
