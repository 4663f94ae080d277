package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Cuts an answer into the pieces a list may consist of, each with the kind of joint before it: a new line, bullet or
 * number; a new sentence; a word that puts steps in order ("daarna", "ten tweede"); a comma; or "en". Talents and
 * actions are both read from these pieces and differ only in which joints they keep: a line always separates, an
 * "en" only sometimes ("heftruck en reachtruck rijden" is one talent).
 *
 * <p>Reads in one pass over words, without patterns over the answer, so that no run of spaces, marks or words makes
 * it backtrack. A piece is kept as its place in the answer: joined pieces are the answer's own words in between.
 */
final class ListParts {

    /** What stands before a piece, from the strongest separation to the weakest. */
    enum Joint {
        START, LINE, SENTENCE, SEQUENCE, COMMA, AND
    }

    /**
     * A piece of the answer from {@code start} to {@code end}; its words folded to lower case, and whether each starts
     * with a capital as written; and whether it closes an enumeration: an "en" after a comma in the same sentence with
     * no comma after it ("Word, Outlook en Excel").
     */
    record Part(int start, int end, Joint joint, List<String> words, List<Boolean> capitals, boolean closesEnumeration) {

        String in(String text) {
            return text.substring(start, end);
        }

        /** Whether the piece starts a line or sentence, where a capital says nothing about a name. */
        boolean startsSentence() {
            return joint == Joint.START || joint == Joint.LINE || joint == Joint.SENTENCE;
        }
    }

    private enum Kind {
        WORD, COMMA, SEMICOLON, NEWLINE, BULLET
    }

    /** A word without its closing points and colon, folded; or one of the separators. */
    private record Token(Kind kind, int start, int end, String word, boolean capital, boolean closes, boolean colon) {

        Token marked(boolean closing, boolean withColon) {
            return new Token(kind, start, end, word, capital, closes || closing, colon || withColon);
        }
    }

    /** Words that join two items as "en" does. */
    private static final Set<String> AND = Set.of("en", "én", "plus", "&", "alsook");
    /** Words that put the next item after the one before; "dan" only after "eerst" ("eerst een cursus, dan …"). */
    private static final Set<String> SEQUENCE = Set.of("daarna", "vervolgens", "daarnaast", "bovendien", "tenslotte",
            "verder", "ook", "nadien", "later", "dan");
    /** Whether a sentence that starts with this word is a next step: "Daarna maak ik zelf de rapportage." */
    static boolean putsInOrder(String word) {
        return SEQUENCE.contains(word) && !word.equals("dan") || word.equals("eerst") || word.equals("ten");
    }

    /** Of {@link #SEQUENCE}, the ones that separate only after "en" or where a piece starts: "ik wil me verder …". */
    private static final Set<String> SEQUENCE_ONLY_AFTER_EN = Set.of("verder", "ook", "later");
    /** The second words of "ten eerste", "ten tweede", …, "ten slotte". */
    private static final Set<String> ORDINALS = Set.of("eerste", "tweede", "derde", "vierde", "vijfde", "zesde",
            "slotte");
    /** "af en toe", "zo nu en dan", "heen en weer": an "en" between these two words joins nothing. */
    private static final Set<String> IDIOMS = Set.of("af toe", "nu dan", "heen weer", "op neer", "hier daar",
            "af aan", "vast zeker", "in uit", "kant klaar");
    /** Dot-ended words that do not end a sentence: "o.a. plannen", "bijv. Excel". */
    private static final Set<String> ABBREVIATIONS = Set.of("bijv", "bv", "ca", "evt", "incl", "excl", "nl", "mr",
            "mw", "dhr", "mevr", "max", "min", "nr", "tel", "vb", "resp", "jl", "ong", "zgn", "dwz", "ipv", "mbt",
            "tav", "oa", "ic", "st", "wo", "vs", "enz", "etc");
    /** Words whose "." may end the sentence after all when a capital follows: "Word, Excel enz. Verder …". */
    private static final Set<String> CLOSING_ABBREVIATIONS = Set.of("enz", "etc");
    private static final Set<String> BULLETS = Set.of("-", "*", "–", "—", "+", "·", ">", "→");
    /** Words that mark what comes before a colon as an introduction: "Ik denk:", "Mijn sterke punten zijn:". */
    private static final List<String> INTRO_STEMS = List.of("denk", "vind", "zeg", "volgens", "talent", "kwaliteit",
            "sterk", "punt", "actie", "stap", "idee", "noem");
    private static final Set<String> INTRO_WORDS_EXACT = Set.of("ik", "mijn", "dit", "dat", "wat", "zijn", "is", "waren",
            "kan", "kun", "wil", "ga", "zou", "plan", "lijst", "eerst", "bijvoorbeeld", "misschien", "nou", "oke", "oké",
            "ok", "nee", "ja", "goed", "eh", "hmm", "tja");
    private static final int INTRO_WORDS = 6;

    private final List<Part> parts = new ArrayList<>();
    /** Whether "eerst" or "ten eerste" was said, after which "dan" puts the next step in order. */
    private boolean saidFirst;

    private ListParts() {
    }

    static List<Part> of(String text) {
        return new ListParts().read(tokens(text));
    }

    private List<Part> read(List<Token> tokens) {
        Joint joint = Joint.START;
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).kind() == Kind.NEWLINE || tokens.get(i).kind() == Kind.SEMICOLON
                    || tokens.get(i).kind() == Kind.BULLET) {
                if (i > from) {
                    int before = parts.size();
                    line(tokens.subList(from, i), joint);
                    if (parts.size() > before) {
                        joint = Joint.LINE;
                    }
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /** One line (or what lies between semicolons or bullets): numbered and bulleted items first, then sentences. */
    private void line(List<Token> line, Joint first) {
        Joint joint = first;
        List<int[]> items = numbered(line);
        for (int[] item : items) {
            int before = parts.size();
            sentences(line.subList(item[0], item[1]), joint);
            if (parts.size() > before) {
                joint = Joint.LINE;
            }
        }
    }

    /**
     * The items of a numbered or bulleted line, as [from, to) without their markers. A marker at the start of the line
     * counts whatever its number ("2) …" on the second line); after that only the next number in turn does, so that
     * "in week 12." is no item but "1) plannen 2) Excel" on one line is two.
     */
    private static List<int[]> numbered(List<Token> line) {
        List<int[]> items = new ArrayList<>();
        String bullet = line.getFirst().kind() == Kind.WORD && BULLETS.contains(line.getFirst().word())
                && !line.getFirst().closes() ? line.getFirst().word() : null;
        if (bullet != null) {
            int from = 1;
            for (int i = 1; i < line.size(); i++) {
                if (line.get(i).word().equals(bullet)) {
                    items.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            items.add(new int[] {from, line.size()});
            return items;
        }
        List<int[]> markers = new ArrayList<>();
        int expected = -1;
        for (int i = 0; i < line.size(); i++) {
            int[] marker = marker(line, i);
            if (marker != null && (i == 0 || marker[0] == expected || (expected == -1 && marker[0] == 1 && next(line,
                    i + marker[1]) == 2))) {
                markers.add(new int[] {i, i + marker[1]});
                expected = marker[0] + 1;
                i += marker[1] - 1;
            }
        }
        if (markers.isEmpty()) {
            items.add(new int[] {0, line.size()});
            return items;
        }
        if (markers.getFirst()[0] > 0) {
            items.add(new int[] {0, markers.getFirst()[0]});
        }
        for (int m = 0; m < markers.size(); m++) {
            items.add(new int[] {markers.get(m)[1], m + 1 < markers.size() ? markers.get(m + 1)[0] : line.size()});
        }
        return items;
    }

    /** The number of the first marker at or after {@code from}, or -1; read once per marker "1", so linear. */
    private static int next(List<Token> line, int from) {
        for (int i = from; i < line.size(); i++) {
            int[] marker = marker(line, i);
            if (marker != null) {
                return marker[0];
            }
        }
        return -1;
    }

    /**
     * A list marker at token i as {number, tokens it takes}: "1)", "(1)", "1.", "1:", "a)", or "1" and a dash (not
     * "1 - 2 dagen", a range).
     */
    private static int @Nullable [] marker(List<Token> line, int i) {
        Token token = line.get(i);
        if (token.kind() != Kind.WORD) {
            return null;
        }
        String word = token.word();
        if (word.length() >= 2 && word.length() <= 4 && word.endsWith(")")) {
            String inner = word.substring(word.startsWith("(") ? 1 : 0, word.length() - 1);
            int number = number(inner);
            if (number > 0) {
                return new int[] {number, 1};
            }
            if (inner.length() == 1 && inner.charAt(0) >= 'a' && inner.charAt(0) <= 'z') {
                return new int[] {inner.charAt(0) - 'a' + 1, 1};
            }
            return null;
        }
        int number = number(word);
        if (number <= 0) {
            return null;
        }
        if (token.closes() || token.colon()) {
            return new int[] {number, 1};
        }
        if (i + 1 < line.size() && line.get(i + 1).kind() == Kind.WORD && BULLETS.contains(line.get(i + 1).word())
                && (i + 2 >= line.size() || !startsWithDigit(line.get(i + 2).word()))) {
            return new int[] {number, 2};
        }
        return null;
    }

    private static int number(String text) {
        if (text.isEmpty() || text.length() > 2) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(text);
    }

    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** The sentences of one item: a closing point ends one unless it closes an abbreviation. */
    private void sentences(List<Token> item, Joint first) {
        Joint joint = first;
        int from = 0;
        for (int i = 0; i < item.size(); i++) {
            boolean last = i == item.size() - 1;
            if (last || (item.get(i).closes() && endsSentence(item.get(i), item.get(i + 1)))) {
                int before = parts.size();
                sentence(item.subList(from, i + 1), joint);
                if (parts.size() > before) {
                    joint = Joint.SENTENCE;
                }
                from = i + 1;
            }
        }
    }

    private static boolean endsSentence(Token token, Token next) {
        String word = token.word();
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) || word.indexOf('.') >= 0) {
            return false;
        }
        if (CLOSING_ABBREVIATIONS.contains(word)) {
            return next.capital();
        }
        return !ABBREVIATIONS.contains(word);
    }

    /**
     * One sentence: an introduction before a colon is dropped, then pieces are cut at commas, at "en" and at ordering
     * words. The ordering words themselves and a leading "en", "ook" or "eerst" belong to no piece; after "eerst",
     * "dan" orders too ("eerst de cursus, dan zelf doen").
     */
    private void sentence(List<Token> sentence, Joint first) {
        int from = 0;
        for (int i = 0; i < sentence.size() && i < INTRO_WORDS; i++) {
            if (sentence.get(i).colon()) {
                if (isIntroduction(sentence.subList(0, i + 1))) {
                    from = i + 1;
                }
                break;
            }
        }
        int firstPart = parts.size();
        Joint joint = first;
        int start = -1;
        int end = -1;
        List<String> words = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        for (int i = from; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.kind() == Kind.COMMA) {
                joint = close(start, end, words, capitals, joint, Joint.COMMA);
                start = -1;
                continue;
            }
            String word = token.word();
            String next = i + 1 < sentence.size() ? sentence.get(i + 1).word() : "";
            boolean pieceStarts = start < 0;
            if (word.equals("eerst")) {
                saidFirst = true;
                if (pieceStarts) {
                    continue;
                }
            }
            boolean ordinal = word.equals("ten") && ORDINALS.contains(next) || word.equals("tot") && next.equals("slot")
                    || word.equals("als") && next.equals("laatste");
            if (ordinal || !pieceStarts && AND.contains(word) && !next.isEmpty() && !idiom(sentence.get(i - 1), next)) {
                boolean ordered = ordinal || SEQUENCE.contains(next);
                joint = close(start, end, words, capitals, joint, ordered ? Joint.SEQUENCE : Joint.AND);
                start = -1;
                saidFirst |= ordinal;
                i += ordered ? 1 : 0;
                continue;
            }
            boolean ordering = SEQUENCE.contains(word) && (!word.equals("dan") || saidFirst);
            if (pieceStarts && (AND.contains(word) || ordering)) {
                joint = ordering && joint.compareTo(Joint.SEQUENCE) > 0 ? Joint.SEQUENCE : joint;
                continue;
            }
            if (!pieceStarts && ordering && !SEQUENCE_ONLY_AFTER_EN.contains(word)) {
                joint = close(start, end, words, capitals, joint, Joint.SEQUENCE);
                start = -1;
                continue;
            }
            if (start < 0) {
                start = token.start();
            }
            end = token.end();
            words.add(word);
            capitals.add(token.capital());
        }
        close(start, end, words, capitals, joint, Joint.AND);
        markEnumeration(firstPart);
    }

    /**
     * Adds the piece so far, if it has words, and gives the joint for the next piece: {@code after}, or the stronger
     * joint still pending when this piece was empty ("plannen, , Excel").
     */
    private Joint close(int start, int end, List<String> words, List<Boolean> capitals, Joint pending, Joint after) {
        if (start < 0) {
            return pending.compareTo(after) < 0 ? pending : after;
        }
        parts.add(new Part(start, end, pending, List.copyOf(words), List.copyOf(capitals), false));
        words.clear();
        capitals.clear();
        return after;
    }

    /** In "A, B en C" the "en" separates as the commas do: marks the "en" pieces after the sentence's last comma. */
    private void markEnumeration(int from) {
        int lastComma = -1;
        for (int i = from; i < parts.size(); i++) {
            if (parts.get(i).joint() == Joint.COMMA) {
                lastComma = i;
            }
        }
        for (int i = Math.max(lastComma, from) + 1; lastComma >= 0 && i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.joint() == Joint.AND) {
                parts.set(i, new Part(part.start(), part.end(), part.joint(), part.words(), part.capitals(), true));
            }
        }
    }

    private static boolean idiom(Token before, String after) {
        String word = before.word();
        return word.endsWith("-") || IDIOMS.contains(word + " " + after);
    }

    private static boolean isIntroduction(List<Token> words) {
        for (Token token : words) {
            if (INTRO_WORDS_EXACT.contains(token.word())) {
                return true;
            }
            for (String stem : INTRO_STEMS) {
                if (token.word().startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The answer as words and separators. A comma between digits or before a dash is part of an amount ("1,5",
     * "1.350,-"); closing points, exclamation and question marks and a colon are taken off a word and noted on it.
     */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLineEnd(c)) {
                if (tokens.isEmpty() || tokens.getLast().kind() != Kind.NEWLINE) {
                    tokens.add(new Token(Kind.NEWLINE, i, i + 1, "", false, false, false));
                }
                i++;
            } else if (isSpace(c)) {
                i++;
            } else if (c == ';' || c == '/' && i > 0 && isSpace(text.charAt(i - 1)) && i + 1 < n
                    && isSpace(text.charAt(i + 1))) { // "flexibel / handig met computers"
                tokens.add(new Token(Kind.SEMICOLON, i, i + 1, "", false, false, false));
                i++;
            } else if (isBullet(c)) {
                tokens.add(new Token(Kind.BULLET, i, i + 1, "", false, false, false));
                i++;
            } else if (c == ',' && !inAmount(text, i)) {
                tokens.add(new Token(Kind.COMMA, i, i + 1, "", false, false, false));
                i++;
            } else {
                int start = i;
                while (i < n && !isSpace(text.charAt(i)) && !isLineEnd(text.charAt(i)) && text.charAt(i) != ';'
                        && !isBullet(text.charAt(i)) && !(text.charAt(i) == ',' && !inAmount(text, i))) {
                    i++;
                }
                word(text, start, i, tokens);
            }
        }
        return tokens;
    }

    private static void word(String text, int start, int end, List<Token> tokens) {
        int core = end;
        boolean closes = false;
        boolean colon = false;
        while (core > start && ".!?…:".indexOf(text.charAt(core - 1)) >= 0) {
            if (text.charAt(core - 1) == ':') {
                colon = true;
            } else {
                closes = true;
            }
            core--;
        }
        if (core == start) {
            if (!tokens.isEmpty() && tokens.getLast().kind() == Kind.WORD) {
                tokens.set(tokens.size() - 1, tokens.getLast().marked(closes, colon));
            }
            return;
        }
        tokens.add(new Token(Kind.WORD, start, core, DutchText.fold(text.substring(start, core)),
                Character.isUpperCase(text.codePointAt(start)), closes, colon));
    }

    private static boolean inAmount(String text, int comma) {
        return comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
                && (Character.isDigit(text.charAt(comma + 1)) || text.charAt(comma + 1) == '-');
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isBullet(char c) {
        return c == '•' || c == '▪' || c == '◦' || c == '●' || c == '■' || c == '►' || c == '✓' || c == '✔';
    }
}
