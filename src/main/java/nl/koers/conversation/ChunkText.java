package nl.koers.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A knowledge chunk's plain text read back into what a reader sees: paragraphs made of sentences, and lists made of
 * items. The index keeps chunks as plain text (one list item a line, a bullet as "•", an ordered item as "1. "), so a
 * tip can only be cut well when it knows where a sentence or an item ends: a number in a list or an abbreviation such
 * as "bijv." ends nothing. Everything here scans character by character, in time linear in the text.
 */
final class ChunkText {

    /** Something between blank lines: a paragraph as its sentences, a list, or something that is neither. */
    sealed interface Block permits Paragraph, Items, Table, Aside {
    }

    record Paragraph(List<String> sentences) implements Block {
    }

    /** A list; an item that ran on over more lines keeps its line breaks. */
    record Items(boolean ordered, int start, List<String> items) implements Block {
    }

    /** A table, its first row the header, each row its cells as the index wrote them. */
    record Table(List<List<String>> rows) implements Block {

        /** As a Markdown (GFM) table, its cells escaped, a "|" inside a cell too. */
        String markdown() {
            StringBuilder table = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                table.append('|');
                for (String cell : rows.get(r)) {
                    table.append(' ').append(ChunkText.markdown(cell).replace("|", "\\|")).append(" |");
                }
                table.append('\n');
                if (r == 0) {
                    table.append("|---".repeat(rows.getFirst().size())).append("|\n");
                }
            }
            return table.toString().stripTrailing();
        }
    }

    /** A line that reads as a heading: no sentence to quote, and no lead-in for a list after it. */
    record Aside() implements Block {
    }

    /** Shortened words that end with a full stop without ending a sentence, as Dutch texts write them. */
    private static final Set<String> ABBREVIATIONS = Set.of("bijv.", "bv.", "o.a.", "d.w.z.", "ca.", "max.", "min.",
            "nr.", "e.d.", "enz.", "etc.", "m.b.t.", "t.a.v.", "i.p.v.", "i.v.m.", "incl.", "excl.", "evt.", "resp.",
            "vs.", "z.s.m.", "p.p.", "jl.", "art.", "blz.", "dhr.", "mevr.", "mw.", "dr.", "drs.", "ir.", "ing.", "mr.",
            "prof.", "m.n.", "e.a.", "t.o.v.", "n.a.v.", "v.a.", "zgn.", "ong.", "mln.", "mld.", "st.", "afd.", "tel.");

    /** The separator of table cells in the index's plain text. */
    private static final String CELL = " · ";
    /** A line this short without a sentence's end is read as a heading. */
    private static final int HEADING_LENGTH = 80;

    private ChunkText() {
    }

    /** The paragraphs' sentences of a text on one line, lists left out: where a definition is looked for. */
    static String plainSentences(String text) {
        return String.join(" ", blocks(text).stream().filter(block -> block instanceof Paragraph)
                .flatMap(block -> ((Paragraph) block).sentences().stream()).toList());
    }

    /**
     * The blocks of a text: a blank line ends a paragraph; a line with a list marker is an item, of the list before it
     * when that has the same kind of marker and nothing came between but blank lines; a line right after an item goes
     * on with that item, as Markdown reads it.
     */
    static List<Block> blocks(String text) {
        List<Object> built = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        OpenList list = null;
        boolean blank = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blank = true;
                if (!lines.isEmpty()) {
                    built.add(paragraph(lines));
                    lines = new ArrayList<>();
                }
                continue;
            }
            Marker marker = marker(line);
            boolean listLast = list != null && !built.isEmpty() && built.getLast() == list && lines.isEmpty();
            if (marker != null) {
                if (!lines.isEmpty()) {
                    built.add(paragraph(lines));
                    lines = new ArrayList<>();
                    listLast = false;
                }
                if (!listLast || list.ordered != marker.ordered()) {
                    list = new OpenList(marker.ordered(), marker.number());
                    built.add(list);
                }
                list.items.add(new StringBuilder(line.substring(marker.length()).strip()));
            } else if (listLast && !blank) {
                list.items.getLast().append('\n').append(line);
            } else {
                list = null;
                lines.add(line);
            }
            blank = false;
        }
        if (!lines.isEmpty()) {
            built.add(paragraph(lines));
        }
        return built.stream().map(block -> block instanceof OpenList open ? open.close() : (Block) block).toList();
    }

    /** A list while its lines are read: items grow when a line goes on with the one before. */
    private static final class OpenList {
        final boolean ordered;
        final int start;
        final List<StringBuilder> items = new ArrayList<>();

        OpenList(boolean ordered, int start) {
            this.ordered = ordered;
            this.start = start;
        }

        Items close() {
            return new Items(ordered, start, items.stream().map(StringBuilder::toString).toList());
        }
    }

    private static Block paragraph(List<String> lines) {
        if (lines.size() > 1 && lines.stream().allMatch(line -> line.contains(CELL))) {
            List<List<String>> rows = lines.stream().map(line -> List.of(line.split(java.util.regex.Pattern.quote(CELL), -1)))
                    .map(cells -> cells.stream().map(String::strip).toList()).toList();
            int width = rows.getFirst().size();
            return rows.stream().allMatch(row -> row.size() == width) ? new Table(rows) : new Aside();
        }
        String joined = String.join(" ", lines);
        List<String> sentences = sentences(joined);
        if (sentences.size() == 1 && lines.size() == 1 && joined.length() <= HEADING_LENGTH && !endsSentence(joined)) {
            return new Aside();
        }
        return new Paragraph(sentences);
    }

    private static boolean endsSentence(String sentence) {
        int last = lastVisible(sentence);
        return last >= 0 && ".!?:;…".indexOf(sentence.charAt(last)) >= 0;
    }

    /** A sentence that announces what follows, such as a list: it ends with a colon. */
    static boolean announces(String sentence) {
        int last = lastVisible(sentence);
        return last >= 0 && sentence.charAt(last) == ':';
    }

    /** A question: it ends with a question mark, perhaps inside quotes. */
    static boolean asks(String sentence) {
        int last = lastVisible(sentence);
        return last >= 0 && sentence.charAt(last) == '?';
    }

    private static int lastVisible(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }

    private record Marker(boolean ordered, int number, int length) {
    }

    /** "• ", "- ", "* " or "12. " / "12) " at the start of a line. */
    private static @Nullable Marker marker(String line) {
        char first = line.charAt(0);
        if ((first == '•' || first == '-' || first == '*') && line.length() > 2 && line.charAt(1) == ' ') {
            return new Marker(false, 0, 2);
        }
        int digits = 0;
        while (digits < line.length() && digits < 4 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3 || digits + 1 >= line.length()) {
            return null;
        }
        char after = line.charAt(digits);
        if ((after == '.' || after == ')') && line.charAt(digits + 1) == ' ') {
            return new Marker(true, Integer.parseInt(line.substring(0, digits)), digits + 2);
        }
        return null;
    }

    /**
     * The sentences of a paragraph. A sentence ends at ".", "!" or "?" (and the quotes or brackets that close there)
     * followed by a space and a word that may start a sentence; a full stop after an abbreviation, an initial or a
     * number of one or two digits (an enumeration: "1. inventariseren 2. voorstellen") ends nothing.
     */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int length = paragraph.length();
        for (int i = 0; i < length; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < length && "\"'”’)".indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            if (end >= length || !Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < length && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next >= length || !startsSentence(paragraph.charAt(next)) || c == '.' && !endsWithFullStop(paragraph, start, i)) {
                continue;
            }
            sentences.add(paragraph.substring(start, end).strip());
            start = next;
            i = next - 1;
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(€".indexOf(c) >= 0;
    }

    /** Whether the full stop at {@code dot} ends the sentence begun at {@code start}, judged by the word before it. */
    private static boolean endsWithFullStop(String text, int start, int dot) {
        int wordStart = dot;
        while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < dot && "(\"'“‘".indexOf(text.charAt(wordStart)) >= 0) {
            wordStart++;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return true;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT) + ".")) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !(word.length() <= 2 && word.chars().allMatch(Character::isDigit));
    }

    /** Text from the index as Markdown that shows the same characters: marks that Markdown reads are escaped. */
    static String markdown(String plain) {
        StringBuilder escaped = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ("\\`*_[]<".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
