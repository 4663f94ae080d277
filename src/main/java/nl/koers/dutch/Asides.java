package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What people say around the items of a list without it being one: who said it ("…, zegt Fatima", "mijn collega's
 * vinden dat …"), that they are guessing ("denk ik", "volgens mij"), filler words ("eigenlijk", "vooral") and "geen
 * idee". Works on the words of one item, so it costs as much as the item is long.
 */
final class Asides {

    /** Verbs of saying and thinking: "zegt mijn chef", "denk ik", "vinden mijn collega's". */
    private static final Set<String> SAYING = Set.of("zegt", "zeggen", "zei", "zeiden", "zeg", "vindt", "vinden", "vond",
            "vonden", "vind", "denk", "denkt", "denken", "dacht", "geloof", "gelooft", "noemt", "noemen");
    /** Words that can be who says it, right after the verb: "zegt mijn chef", "vinden anderen". */
    private static final Set<String> SAYERS = Set.of("ik", "ze", "zij", "hij", "we", "wij", "men", "mijn", "m'n", "mn",
            "onze", "de", "iedereen", "collega's", "anderen", "mensen", "je", "jij", "u");
    /** Words that cannot be the thing said before such a verb: in "ik vind plannen leuk" the verb is no aside. */
    private static final Set<String> SUBJECTS = Set.of("ik", "je", "jij", "ze", "zij", "hij", "we", "wij", "men", "u",
            "dat", "die", "dit", "wat", "iedereen", "anderen", "mensen");
    private static final Set<String> FILLERS = Set.of("eigenlijk", "vooral", "eh", "ehm", "uh", "uhm", "hm", "hmm",
            "nou", "tja", "nja", "misschien");
    /** Words that say nothing about what someone is good at: "ik ben", "dat is het". */
    private static final Set<String> EMPTY = Set.of("ik", "ben", "kan", "kun", "heb", "wil", "ga", "zou", "graag", "ook",
            "en", "dat", "het", "is", "zijn", "was", "mijn", "me", "mij", "wel", "nog", "dus", "ja", "oké", "oke", "ok",
            "zo", "maar", "denk", "vind", "volgens", "zeggen", "zegt");
    /** Words left out before an answer is compared with {@link #NON_ANSWERS}: "ik weet het echt niet". */
    private static final Set<String> SOFTENERS = Set.of("ik", "het", "echt", "nog", "zo", "goed", "even", "nu", "ook",
            "flauw", "helemaal", "dat", "eerlijk", "gezegd");
    private static final Set<String> NON_ANSWERS = Set.of("geen idee", "weet niet", "weet je niet", "niet", "geen",
            "niks", "niets", "nvt", "n.v.t", "nee", "geen antwoord", "moeilijk", "lastig", "moeilijk te zeggen",
            "lastig te zeggen", "geen talenten", "weet niet wat", "kan niet zeggen", "kan niks bedenken",
            "kan niets bedenken", "niet zoveel", "niet veel", "weinig", "niks bijzonders", "niets bijzonders",
            "niks speciaals", "niets speciaals", "?", "-", "--", "...", "…");
    private static final int NON_ANSWER_WORDS = 8;

    private Asides() {
    }

    /**
     * The item without asides, or empty when nothing else is said. The item's own wording is kept where nothing was
     * taken out; where something was, its words are joined by single spaces.
     */
    static String talent(String item) {
        String[] raw = item.strip().split("\\s++");
        List<String> kept = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (String word : raw) {
            String bare = bare(word);
            if (!word.isEmpty() && !FILLERS.contains(bare)) {
                kept.add(word);
                folded.add(bare);
            }
        }
        int from = leadingAside(folded);
        int to = trailingAside(folded, kept, from);
        List<String> words = folded.subList(from, to);
        if (words.isEmpty() || onlyAside(words) || isNonAnswer(words) || EMPTY.containsAll(words)) {
            return "";
        }
        if (from == 0 && to == folded.size() && kept.size() == raw.length) {
            return tidy(item.strip());
        }
        return tidy(String.join(" ", kept.subList(from, to)));
    }

    /** Whether the words are only an aside: "zegt mijn chef", "denk ik", "volgens mij". */
    static boolean isAside(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s++")) {
            String bare = bare(word);
            if (!bare.isEmpty() && !FILLERS.contains(bare)) {
                words.add(bare);
            }
        }
        return words.isEmpty() || onlyAside(words);
    }

    /** Whether the words say no more than "geen idee" or "weet ik niet". */
    static boolean isNonAnswer(List<String> words) {
        if (words.size() > NON_ANSWER_WORDS) {
            return false;
        }
        List<String> core = words.stream().filter(word -> !SOFTENERS.contains(word) && !FILLERS.contains(word)).toList();
        return NON_ANSWERS.contains(String.join(" ", core));
    }

    private static boolean onlyAside(List<String> words) {
        if (words.size() <= 4 && (SAYING.contains(words.getFirst()) || words.getFirst().equals("volgens"))) {
            return true;
        }
        return words.size() == 2 && words.getFirst().equals("ik") && SAYING.contains(words.get(1));
    }

    /**
     * Where the item starts after a leading aside: "ik denk (dat)", "denk ik", "volgens mij", "ik zou zeggen", or
     * someone who says so followed by "dat" ("mijn collega's vinden dat ik goed kan luisteren", "mijn chef zegt
     * altijd dat …").
     */
    private static int leadingAside(List<String> words) {
        int size = words.size();
        if (size >= 3 && words.get(0).equals("ik") && words.get(1).equals("zou") && words.get(2).equals("zeggen")) {
            return size > 3 && words.get(3).equals("dat") ? 4 : 3;
        }
        if (size >= 2 && (words.get(0).equals("ik") && words.get(1).equals("denk") || words.get(0).equals("denk")
                && words.get(1).equals("ik") || words.get(0).equals("volgens") && words.get(1).equals("mij"))) {
            return size > 2 && words.get(2).equals("dat") ? 3 : 2;
        }
        for (int i = 1; i < Math.min(size - 1, 6); i++) {
            if (SAYING.contains(words.get(i))) {
                for (int that = i + 1; that < Math.min(size - 1, i + 4); that++) {
                    if (words.get(that).equals("dat")) {
                        return that + 1;
                    }
                }
            }
        }
        return 0;
    }

    /** Where the item ends before a trailing aside: "… denk ik", "… zegt mijn chef", "… volgens mijn collega's". */
    private static int trailingAside(List<String> words, List<String> asWritten, int from) {
        int size = words.size();
        for (int i = Math.max(from + 1, size - 4); i < size - 1; i++) {
            String word = words.get(i);
            if (word.equals("volgens") || SAYING.contains(word) && !SUBJECTS.contains(words.get(i - 1))
                    && (SAYERS.contains(words.get(i + 1)) || isName(asWritten.get(i + 1)))) {
                return i;
            }
        }
        return size;
    }

    private static boolean isName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** The word folded, without the punctuation around it; "collega's" keeps its apostrophe. */
    private static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return start == end ? DutchText.fold(word) : DutchText.fold(word.substring(start, end));
    }

    private static String tidy(String text) {
        int end = text.length();
        while (end > 0 && ".!?,;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
