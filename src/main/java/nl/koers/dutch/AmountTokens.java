package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer about budget and time cut into the pieces amounts are read from: numbers ("1.350", "2,5"), words
 * ("vijftienhonderd", "zo'n", "euro's"), the euro sign, dashes and slashes. One pass, each character looked at a
 * bounded number of times, so that reading amounts stays linear in the length of the answer; the reader then looks
 * a few pieces ahead or back, never across the whole answer.
 */
final class AmountTokens {

    enum Kind {
        /** Digits with their Dutch separators: "1.350", "2,5", "2.000,00". */
        NUMBER,
        WORD,
        /** "€". */
        EURO,
        /** The ",-" after an amount of money: "1.350,-". */
        MONEY_MARK,
        /** A time of day, "9:30": never an amount. */
        CLOCK,
        /** "-", "–" or "—": a range, "500-800". */
        DASH,
        SLASH,
        /** Any other mark: comma, point, colon, brackets. */
        OTHER
    }

    /**
     * @param glued whether it follows the previous piece without a space: the "k" in "2k", the "u" in "2u", the
     *              "e" in "2e"
     */
    record Token(Kind kind, String text, boolean glued) {

        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    private AmountTokens() {
    }

    /** The pieces of already folded text ({@link DutchText#fold}). */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean glued = i == previousEnd;
            int end;
            if (isDigit(text, i)) {
                end = number(text, i);
                if (text.startsWith(":", end) && isDigit(text, end + 1)) {
                    end = digits(text, end + 1);
                    tokens.add(new Token(Kind.CLOCK, text.substring(i, end), glued));
                } else {
                    tokens.add(new Token(Kind.NUMBER, text.substring(i, end), glued));
                    if (text.startsWith(",-", end) || text.startsWith(",=", end)) {
                        int markEnd = end + 2;
                        while (markEnd < text.length() && (text.charAt(markEnd) == '-' || text.charAt(markEnd) == '=')) {
                            markEnd++;
                        }
                        tokens.add(new Token(Kind.MONEY_MARK, text.substring(end, markEnd), true));
                        end = markEnd;
                    }
                }
            } else if (Character.isLetter(c)) {
                end = word(text, i);
                tokens.add(new Token(Kind.WORD, text.substring(i, end), glued));
            } else {
                end = i + 1;
                tokens.add(new Token(switch (c) {
                    case '€' -> Kind.EURO;
                    case '-', '–', '—' -> Kind.DASH;
                    case '/' -> Kind.SLASH;
                    default -> Kind.OTHER;
                }, String.valueOf(c), glued));
            }
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    /** Digits with points and commas between them: "1.350", "2,5"; a point or comma at the end is not part of it. */
    private static int number(String text, int from) {
        int end = digits(text, from);
        while (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',') && isDigit(text, end + 1)) {
            end = digits(text, end + 1);
        }
        return end;
    }

    private static int digits(String text, int from) {
        int end = from;
        while (isDigit(text, end)) {
            end++;
        }
        return end;
    }

    /** Letters, with an apostrophe or hyphen between letters: "zo'n", "euro's", "twee-en-twintig". */
    private static int word(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean joiner = (c == '\'' || c == '’' || c == '-') && end + 1 < text.length()
                    && Character.isLetter(text.charAt(end + 1));
            if (!Character.isLetter(c) && !joiner) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean isDigit(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }
}
