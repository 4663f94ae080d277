package nl.koers.dutch;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as Dutch write them in a conversation: digits in Dutch notation ("1.350", "2,5", "1.350,50") and number
 * words ("drie", "vijftienhonderd", "tweeëntwintig", "anderhalf"). Number words are read by ICU's Dutch spell-out
 * rules, so every number word reads without a table here; only what those rules do not know is added: "anderhalf",
 * "half" and a lone "miljoen". Words that only sound like an amount ("een paar", "enkele", "wat") are vague, not numbers: reading
 * them as a number would invent an amount nobody gave.
 */
final class DutchNumbers {

    /** The number words {@link DutchDates} matches in its patterns ("over vier maanden"); {@link #parse} reads them. */
    static final String WORD = "(?:\\d+(?:[.,]\\d+)?|een|één|anderhalve|anderhalf|halve|half|twee|drie|vier|vijf|zes|zeven|acht"
            + "|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd)";

    /** Words that count but give no number: "een paar uur", "enkele dagen", "wat uren", "een aantal avonden". */
    private static final Set<String> VAGUE = Set.of("paar", "enkele", "aantal", "wat", "meerdere", "diverse",
            "verschillende", "sommige", "heel", "flink", "veel", "tig", "ettelijke");

    /** "miljoen" on its own: the rules know it only after a number ("een miljoen"), as a word of its own here. */
    private static final Map<String, BigDecimal> NOT_IN_THE_RULES = Map.of(
            "anderhalf", new BigDecimal("1.5"), "anderhalve", new BigDecimal("1.5"),
            "half", new BigDecimal("0.5"), "halve", new BigDecimal("0.5"), "miljoen", BigDecimal.valueOf(1_000_000));

    /**
     * The parts Dutch number words are written from. A word that is not made of them only never reaches ICU: its
     * lenient parse takes about a millisecond to say no to an ordinary word, and more for a long one, while this
     * check is one pass. It also keeps ordinals out ("tweede", "achtste" end in parts that are not here), which the
     * lenient parse would read as the number.
     */
    private static final String[] PARTS = {"nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
        "negen", "tien", "elf", "twaalf", "dertien", "veertien", "twintig", "dertig", "veertig", "vijftig", "zestig",
        "zeventig", "tachtig", "negentig", "honderd", "duizend", "miljoen", "en", "ën", "-"};

    /** The longest number word read: "negenhonderdnegenennegentigduizend" is 34 letters. Lenient parsing slows with length. */
    private static final int LONGEST_WORD = 40;

    /** Digits in Dutch notation never run longer in an answer about budget and time. */
    private static final int LONGEST_DIGITS = 18;

    /**
     * ICU's formatter is not safe for use by two threads at once. One shared instance behind a lock, not one per
     * thread: requests run on virtual threads, so a per-thread instance would be built anew (and warmed up) for
     * nearly every answer. Parsing one short word takes well under a millisecond once warm.
     */
    private static final RuleBasedNumberFormat SPELLOUT = spellout();
    private static final ReentrantLock SPELLOUT_LOCK = new ReentrantLock();

    /** Number words already read; few distinct words occur, so the bound is only against someone sending many. */
    private static final Map<String, Optional<BigDecimal>> READ = new ConcurrentHashMap<>();
    private static final int READ_AT_MOST = 2_000;

    private DutchNumbers() {
    }

    /** A single number word or a number in digits ("2,5", "1.350"); not several words. */
    static Optional<BigDecimal> parse(String word) {
        String text = DutchText.lowerCase(word.strip());
        if (!text.isEmpty() && isDigit(text.charAt(0))) {
            return digits(text);
        }
        return word(text);
    }

    /** A whole number of a single word or digits, or 0 when it is none. */
    static int whole(String word) {
        return parse(word).map(BigDecimal::intValue).orElse(0);
    }

    /**
     * One lower-case number word: "drie", "vijftienhonderd", "tweeentwintig", "anderhalve", "halve". Empty for any
     * other word, and for ordinals and vague words.
     */
    static Optional<BigDecimal> word(String word) {
        BigDecimal added = NOT_IN_THE_RULES.get(word);
        if (added != null) {
            return Optional.of(added);
        }
        if (word.isEmpty() || word.length() > LONGEST_WORD || !madeOfNumberParts(word)) {
            return Optional.empty();
        }
        Optional<BigDecimal> known = READ.get(word);
        if (known != null) {
            return known;
        }
        Optional<BigDecimal> read = spelledOut(word);
        if (READ.size() < READ_AT_MOST) {
            READ.put(word, read);
        }
        return read;
    }

    /** Whether the word counts without naming a number: "paar", "enkele", "aantal". */
    static boolean isVague(String word) {
        return VAGUE.contains(word);
    }

    /**
     * Digits as Dutch write them: a point groups thousands and a comma starts the decimals ("1.350,50"), though a
     * lone point before one or two digits is taken as decimals too ("1.5k", "2.5 uur"), and a lone comma before
     * exactly three digits as thousands ("1,350": no amount of money or time has three decimals). Empty for digits
     * that fit neither ("1.35.0"), and for implausibly long runs.
     */
    static Optional<BigDecimal> digits(String text) {
        if (text.length() > LONGEST_DIGITS) {
            return Optional.empty();
        }
        int lastPoint = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        int decimalAt = -1;
        char grouping;
        if (lastPoint >= 0 && lastComma >= 0) {
            decimalAt = Math.max(lastPoint, lastComma);
            grouping = decimalAt == lastComma ? '.' : ',';
        } else if (lastPoint >= 0 || lastComma >= 0) {
            int separator = Math.max(lastPoint, lastComma);
            char mark = text.charAt(separator);
            boolean single = text.indexOf(mark) == separator;
            boolean thousands = text.length() - separator - 1 == 3;
            if (single && !thousands) {
                decimalAt = separator;
            }
            grouping = mark;
        } else {
            grouping = '.';
        }
        String whole = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String decimals = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (!wellGrouped(whole, grouping) || !decimals.chars().allMatch(DutchNumbers::isDigit) || decimalAt >= 0
                && decimals.isEmpty()) {
            return Optional.empty();
        }
        String plain = whole.replace(String.valueOf(grouping), "") + (decimals.isEmpty() ? "" : "." + decimals);
        return Optional.of(new BigDecimal(plain));
    }

    /** "1350", "1.350", "12.000.000": a first group of one to three digits, then groups of three, or no groups. */
    private static boolean wellGrouped(String whole, char grouping) {
        String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean length = groups.length == 1 ? !group.isEmpty() : i == 0 ? group.length() >= 1 && group.length() <= 3
                    : group.length() == 3;
            if (!length || !group.chars().allMatch(DutchNumbers::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word can be cut into {@link #PARTS}; one pass over the word, marking where a part can start. */
    private static boolean madeOfNumberParts(String word) {
        boolean[] reachable = new boolean[word.length() + 1];
        reachable[0] = true;
        for (int at = 0; at < word.length(); at++) {
            if (!reachable[at]) {
                continue;
            }
            for (String part : PARTS) {
                if (word.startsWith(part, at)) {
                    reachable[at + part.length()] = true;
                }
            }
        }
        return reachable[word.length()];
    }

    private static Optional<BigDecimal> spelledOut(String word) {
        ParsePosition position = new ParsePosition(0);
        Number number;
        SPELLOUT_LOCK.lock();
        try {
            number = SPELLOUT.parse(word, position);
        } finally {
            SPELLOUT_LOCK.unlock();
        }
        if (number == null || position.getIndex() != word.length()) {
            return Optional.empty(); // "eens" reads as 1 up to its "s"; only the whole word counts
        }
        return Optional.of(new BigDecimal(number.toString()));
    }

    private static RuleBasedNumberFormat spellout() {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale("nl"), RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
