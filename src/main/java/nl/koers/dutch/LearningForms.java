package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.pop.LearningForm;

/**
 * Recognises the learning form of an action from its wording, with a vocabulary that an organisation edits
 * ({@code prompts/leervormen.yml}): "cursus" is formal, "sparren" social, "meelopen" on the job. The first word
 * written decides ("meelopen met de cursusleider" is on the job). Fallback words, such as "zelf" or "maken", decide
 * only when no other word is there: "zelf een boek lezen" is self-study, "zelf de weekplanning maken" on the job.
 *
 * <p>An entry is one or more words. A word matches a whole word of the action; written as {@code -cursus} it may
 * also end a longer word (taalcursus), as {@code cursus-} also start one (cursussen), as {@code -cursus-} both.
 * {@code ...} between words allows up to {@value #GAP} other words there: "om ... vragen" matches "Fatima om tips
 * vragen". Words are compared in lower case and without accents, and split where the action splits them:
 * "e-learning" is the words "e" and "learning" in both.
 */
public final class LearningForms {

    /** How many words "..." in an entry stands for at most. */
    static final int GAP = 4;

    /** One group of the vocabulary: its form, whether its words only decide when no other word does, the entries. */
    public record Words(LearningForm form, boolean fallback, List<String> entries) {

        public Words {
            entries = List.copyOf(entries);
        }
    }

    private record Piece(String word, boolean gapBefore, boolean mayEnd, boolean mayStart) {

        boolean matches(String token) {
            return token.equals(word) || mayStart && token.startsWith(word) || mayEnd && token.endsWith(word);
        }
    }

    private record Entry(LearningForm form, boolean fallback, List<Piece> pieces) {
    }

    /** Where an entry was found: its position in the action, how many words it covered, and its place in the file. */
    private record Found(LearningForm form, int at, int length, int order) {

        boolean beats(Found other) {
            if (at != other.at) {
                return at < other.at;
            }
            return length != other.length ? length > other.length : order < other.order;
        }
    }

    private static final String GAP_WORD = "...";

    private final List<Entry> entries;

    /** @throws IllegalArgumentException naming the first entry that cannot be read, see {@link #problem(String)} */
    public LearningForms(List<Words> vocabulary) {
        List<Entry> read = new ArrayList<>();
        for (Words words : vocabulary) {
            for (String entry : words.entries()) {
                Optional<String> problem = problem(entry);
                if (problem.isPresent()) {
                    throw new IllegalArgumentException("'" + entry + "': " + problem.get());
                }
                read.add(new Entry(words.form(), words.fallback(), pieces(entry)));
            }
        }
        this.entries = List.copyOf(read);
    }

    /** Why an entry of the vocabulary cannot be used, in Dutch for the person who edits the file; empty if it can. */
    public static Optional<String> problem(String entry) {
        String[] parts = entry.strip().replace("…", GAP_WORD).split("\\s++");
        if (entry.isBlank()) {
            return Optional.of("een leeg woord");
        }
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals(GAP_WORD)) {
                if (i == 0 || i == parts.length - 1 || parts[i - 1].equals(GAP_WORD)) {
                    return Optional.of("'...' hoort tussen twee woorden");
                }
                continue;
            }
            for (int c = 0; c < part.length(); c++) {
                char ch = part.charAt(c);
                if (!Character.isLetterOrDigit(ch) && ch != '-' && ch != '\'' && ch != '’') {
                    return Optional.of("alleen letters, cijfers, '-' en '...' zijn mogelijk, niet '" + ch + "'");
                }
            }
            if (words(part).isEmpty()) {
                return Optional.of("'" + part + "' heeft geen letters");
            }
        }
        return Optional.empty();
    }

    private static List<Piece> pieces(String entry) {
        List<Piece> pieces = new ArrayList<>();
        boolean gap = false;
        for (String part : entry.strip().replace("…", GAP_WORD).split("\\s++")) {
            if (part.equals(GAP_WORD)) {
                gap = true;
                continue;
            }
            boolean mayEnd = part.startsWith("-");
            boolean mayStart = part.endsWith("-");
            List<String> words = words(part);
            for (int i = 0; i < words.size(); i++) {
                pieces.add(new Piece(words.get(i), gap && i == 0, mayEnd && i == 0, mayStart && i == words.size() - 1));
            }
            gap = false;
        }
        return List.copyOf(pieces);
    }

    /** The form of the first learning word in the action; a fallback word's form when no other word is there. */
    public Optional<LearningForm> of(String action) {
        return firstNamed(words(action));
    }

    /** Whether the text names a learning activity by a word that is no fallback ("cursus", not "zelf"). */
    public boolean namesActivity(String text) {
        Found found = first(words(text), false);
        return found != null;
    }

    private Optional<LearningForm> firstNamed(List<String> words) {
        Found found = first(words, false);
        if (found == null) {
            found = first(words, true);
        }
        return Optional.ofNullable(found).map(Found::form);
    }

    /**
     * The entry found first among the fallback entries or the others. Every position is tried against every entry,
     * and a gap tries a bounded number of positions: linear in the length of the action.
     */
    private Found first(List<String> words, boolean fallback) {
        for (int at = 0; at < words.size(); at++) {
            Found best = null;
            for (int order = 0; order < entries.size(); order++) {
                Entry entry = entries.get(order);
                if (entry.fallback() != fallback) {
                    continue;
                }
                int end = match(entry.pieces(), 0, words, at);
                if (end >= 0) {
                    Found found = new Found(entry.form(), at, end - at, order);
                    if (best == null || found.beats(best)) {
                        best = found;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Where the pieces from {@code piece} on end when they match from {@code at}, or -1. */
    private static int match(List<Piece> pieces, int piece, List<String> words, int at) {
        int position = at;
        for (int p = piece; p < pieces.size(); p++) {
            Piece next = pieces.get(p);
            if (next.gapBefore()) {
                for (int skip = 0; skip <= GAP && position + skip < words.size(); skip++) {
                    if (next.matches(words.get(position + skip))) {
                        int end = match(pieces, p + 1, words, position + skip + 1);
                        if (end >= 0) {
                            return end;
                        }
                    }
                }
                return -1;
            }
            if (position >= words.size() || !next.matches(words.get(position))) {
                return -1;
            }
            position++;
        }
        return position;
    }

    private static List<String> words(String text) {
        return PlainWords.of(text);
    }

    private static final Pattern CHOSE_WERKPLEK = Pattern.compile("\\b(?:werkplek|in het werk|op het werk|doen)\\b");
    private static final Pattern CHOSE_SOCIAAL = Pattern.compile("\\b(?:sociaal|van anderen|anderen|collega)\\b");
    private static final Pattern CHOSE_FORMEEL = Pattern.compile("\\b(?:formeel|opleiding|cursus|training)\\b");
    /** The model's share on its own, "70" or "(20)", names the form; a number somewhere in a sentence does not. */
    private static final Pattern CHOSE_SHARE = Pattern.compile("\\(?(70|20|10)\\)?");

    /** The form from a one-word answer to "is dit werkplek, sociaal of formeel?", else from the vocabulary. */
    public Optional<LearningForm> fromChoice(String answer) {
        String text = DutchText.fold(answer).strip();
        Matcher share = CHOSE_SHARE.matcher(text);
        if (share.matches()) {
            return Optional.of(switch (share.group(1)) {
                case "70" -> LearningForm.WERKPLEK;
                case "20" -> LearningForm.SOCIAAL;
                default -> LearningForm.FORMEEL;
            });
        }
        if (CHOSE_WERKPLEK.matcher(text).find()) {
            return Optional.of(LearningForm.WERKPLEK);
        }
        if (CHOSE_SOCIAAL.matcher(text).find()) {
            return Optional.of(LearningForm.SOCIAAL);
        }
        if (CHOSE_FORMEEL.matcher(text).find()) {
            return Optional.of(LearningForm.FORMEEL);
        }
        return firstNamed(words(text));
    }
}
