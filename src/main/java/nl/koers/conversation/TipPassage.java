package nl.koers.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import nl.koers.conversation.ChunkText.Block;
import nl.koers.conversation.ChunkText.Items;
import nl.koers.conversation.ChunkText.Paragraph;

/**
 * The part of a knowledge chunk that makes a tip or a short answer, as Markdown. It is the part that holds most of
 * the words the search matched (then: that mentions them most; then: the first, as articles say the main thing
 * first): a few whole sentences starting with the best one, or a list with the sentence that leads into it and as
 * many whole items as fit. Nothing is cut inside a sentence or an item; a chunk whose best part cannot be given
 * whole gives nothing, so that the next hit can.
 */
final class TipPassage {

    /** Sentences: at most three, together at most this long, which is enough to answer a question back. */
    static final int SENTENCES_LENGTH = 400;
    static final int SENTENCES = 3;
    /** A list: the lead-in and at most five items, together at most this long. */
    static final int LIST_LENGTH = 600;
    static final int LIST_ITEMS = 5;
    /** Sentences shorter than this get the sentence before them for context; a lead-in shorter than half of it too. */
    static final int THIN = 80;

    /** Words that open a sentence leaning on the one before; such a sentence is given with its predecessor. */
    private static final Set<String> REFERS_BACK = Set.of("die", "dat", "dit", "deze", "daarom", "daardoor",
            "daarnaast", "daarbij", "daarvoor", "hiervoor", "hierbij", "hiermee", "hierdoor", "zo'n", "zulke", "ook",
            "dan", "toch", "bovendien", "ze", "zij", "hij");

    /** A candidate: the marked words in its key part, how often marked words occur in all it shows, and its text. */
    private record Unit(int score, int mentions, String markdown) {

        boolean betterThan(Unit other) {
            return score > other.score || score == other.score && mentions > other.mentions;
        }
    }

    private TipPassage() {
    }

    /**
     * The best part of a chunk's text (without its heading, which may lead into a list that opens the section) for
     * the words the search marked in it.
     */
    static Optional<String> of(String text, @Nullable String heading, Set<String> terms) {
        List<Block> blocks = ChunkText.blocks(text);
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            switch (blocks.get(b)) {
                case Paragraph paragraph -> units.addAll(windows(paragraph.sentences(), sentences(blocks, b), terms));
                case Items list -> listUnit(blocks, b, list, heading, terms).ifPresent(units::add);
                case ChunkText.Table ignored -> {
                }
                case ChunkText.Aside ignored -> {
                }
            }
        }
        // in reading order, and a later candidate wins only when it is better: on a tie the first one stays
        return units.stream().reduce((best, unit) -> unit.betterThan(best) ? unit : best).map(Unit::markdown);
    }

    /** A window from each sentence that may start one, scored by the sentence it starts with. */
    private static List<Unit> windows(List<String> sentences, int usable, Set<String> terms) {
        List<Unit> units = new ArrayList<>();
        for (int s = 0; s < usable; s++) {
            String window = ChunkText.announces(sentences.get(s)) ? null : window(sentences, s, usable);
            if (window != null) {
                units.add(new Unit(score(sentences.get(s), terms), mentions(window, terms), window));
            }
        }
        return units;
    }

    /** The list at {@code b} with what leads into it, if it has a lead-in and at least two items fit. */
    private static Optional<Unit> listUnit(List<Block> blocks, int b, Items list, @Nullable String heading,
            Set<String> terms) {
        String leadIn = leadIn(blocks, b, heading, false);
        List<String> items = leadIn == null ? List.of() : items(leadIn, list.items());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String withContext = leadIn(blocks, b, heading, true);
        List<String> itemsAfterContext = items(withContext, list.items());
        // context is worth an item only to a lead-in as thin as "Oplossingen:"
        if (itemsAfterContext.size() == items.size() || !itemsAfterContext.isEmpty() && leadIn.length() < THIN / 2) {
            leadIn = withContext;
            items = itemsAfterContext;
        }
        String shown = leadIn + "\n" + String.join("\n", items);
        return Optional.of(new Unit(score(shown, terms), mentions(shown, terms), list(leadIn, list, items)));
    }

    /** The words of the question as the search marked them in a snippet ({@code <mark>…</mark>}). */
    static Set<String> marked(String snippet) {
        Set<String> terms = new HashSet<>();
        int from = 0;
        while (true) {
            int open = snippet.indexOf("<mark>", from);
            int close = open < 0 ? -1 : snippet.indexOf("</mark>", open);
            if (close < 0) {
                return terms;
            }
            terms.addAll(words(HtmlUtils.htmlUnescape(snippet.substring(open + "<mark>".length(), close))));
            from = close + "</mark>".length();
        }
    }

    /** How many sentences of this paragraph a window may use: all, except a last one that leads into a list. */
    private static int sentences(List<Block> blocks, int b) {
        int all = ((Paragraph) blocks.get(b)).sentences().size();
        return b + 1 < blocks.size() && blocks.get(b + 1) instanceof Items ? all - 1 : all;
    }

    /**
     * Whole sentences from {@code s}, up to a sentence that announces what follows (a colon at its end: without what
     * it announces, that one says nothing), with the sentences before it that it needs (see {@link #withContext}).
     * Questions alone answer nothing: a window of only questions gives no tip.
     */
    private static @Nullable String window(List<String> sentences, int s, int usable) {
        String best = sentences.get(s);
        if (best.length() > LIST_LENGTH) {
            return null;
        }
        List<String> window = new ArrayList<>(List.of(best));
        int length = best.length();
        for (int next = s + 1; next < usable && window.size() < SENTENCES; next++) {
            String sentence = sentences.get(next);
            if (ChunkText.announces(sentence) || length + 1 + sentence.length() > SENTENCES_LENGTH) {
                break;
            }
            window.add(sentence);
            length += 1 + sentence.length();
        }
        int first = withContext(sentences, s, length, THIN);
        for (int before = s - 1; before >= first; before--) {
            window.addFirst(sentences.get(before));
        }
        while (window.size() > Math.max(SENTENCES, s - first + 1)) {
            window.removeLast();
        }
        if (window.stream().allMatch(ChunkText::asks)) {
            return null;
        }
        return ChunkText.markdown(String.join(" ", window));
    }

    private static boolean refersBack(String sentence) {
        int end = 0;
        while (end < sentence.length() && (Character.isLetter(sentence.charAt(end)) || sentence.charAt(end) == '\'')) {
            end++;
        }
        return REFERS_BACK.contains(sentence.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /**
     * What leads into the list at {@code b}: the last sentence of the paragraph right before it, or the heading for a
     * list that opens the section. With {@code context}, more of that paragraph: the sentences a lead-in as thin as
     * "Denk aan:" needs, or the whole paragraph when its last sentence does not announce the list (no colon or
     * question mark at its end) and so says less on its own.
     */
    private static @Nullable String leadIn(List<Block> blocks, int b, @Nullable String heading, boolean context) {
        if (b == 0) {
            return heading == null || heading.isBlank() ? null
                    : ChunkText.announces(heading) || ChunkText.asks(heading) ? heading : heading + ":";
        }
        if (!(blocks.get(b - 1) instanceof Paragraph paragraph) || paragraph.sentences().isEmpty()) {
            return null;
        }
        List<String> sentences = paragraph.sentences();
        String last = sentences.getLast();
        if (!context) {
            return last;
        }
        if (!ChunkText.announces(last) && !ChunkText.asks(last)) {
            String whole = String.join(" ", sentences);
            return whole.length() <= SENTENCES_LENGTH ? whole : last;
        }
        int first = withContext(sentences, sentences.size() - 1, last.length(), THIN / 2);
        return String.join(" ", sentences.subList(first, sentences.size()));
    }

    /**
     * Where a passage that starts at sentence {@code s} should start instead: earlier, one sentence at a time, while
     * its first sentence leans on the one before ("Die …", "Dan …") or the passage is shorter than {@code thin}, as
     * long as it fits and no sentence announcing something else comes in.
     */
    private static int withContext(List<String> sentences, int s, int length, int thin) {
        int first = s;
        while (first > 0 && (refersBack(sentences.get(first)) || length < thin)) {
            String before = sentences.get(first - 1);
            if (ChunkText.announces(before) || before.length() + 1 + length > SENTENCES_LENGTH) {
                break;
            }
            length += before.length() + 1;
            first--;
        }
        return first;
    }

    /**
     * The whole items that fit after the lead-in, from the first. An item that announces more (its sub-list is not
     * taken) is left off at the end; fewer than two items of a longer list say too little and give nothing.
     */
    private static List<String> items(String leadIn, List<String> all) {
        List<String> taken = new ArrayList<>();
        int length = leadIn.length();
        for (String item : all) {
            int line = 1 + marker(true, 1, taken.size()).length() + item.length();
            if (taken.size() == LIST_ITEMS || length + line > LIST_LENGTH) {
                break;
            }
            taken.add(item);
            length += line;
        }
        while (!taken.isEmpty() && ChunkText.announces(taken.getLast())) {
            taken.removeLast();
        }
        return taken.size() < Math.min(2, all.size()) ? List.of() : taken;
    }

    /** The lead-in and the items as Markdown lines; an item that ran over lines goes on indented under its marker. */
    private static String list(String leadIn, Items list, List<String> items) {
        boolean interrupts = !list.ordered() || list.start() == 1;
        StringBuilder markdown = new StringBuilder(ChunkText.markdown(leadIn)).append(interrupts ? "\n" : "\n\n");
        for (int i = 0; i < items.size(); i++) {
            String marker = marker(list.ordered(), list.start(), i);
            String indent = " ".repeat(marker.length());
            markdown.append(i == 0 ? "" : "\n").append(marker)
                    .append(ChunkText.markdown(items.get(i)).replace("\n", "\n" + indent));
        }
        return markdown.toString();
    }

    private static String marker(boolean ordered, int start, int index) {
        return ordered ? (start + index) + ". " : "- ";
    }

    /** How many of the marked words occur in a text, each counted once. */
    private static int score(String text, Set<String> terms) {
        if (terms.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>(words(text));
        found.retainAll(terms);
        return found.size();
    }

    /** How often marked words occur in a text. */
    private static int mentions(String text, Set<String> terms) {
        return terms.isEmpty() ? 0 : (int) words(text).stream().filter(terms::contains).count();
    }

    /** The words of a text in lower case: runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
