package nl.koers;

import java.util.function.IntFunction;

/**
 * Worst-case answers for the parsers, as families that scale to any length: runs of spaces, separators, digits,
 * combining marks, repeated date words, enumerations, "en en en", euro signs. Each made a pattern backtrack or a
 * loop read its text again in some parser once; a parser on the turn path reads any of them in linear time.
 */
public enum AdversarialText {

    /** One talent and a run of spaces: splitting the talents took 117 seconds for this at 4,000 characters. */
    SPACE_RUN(n -> "plannen" + " ".repeat(n - 8) + "x"),
    /** Actions with three long runs of spaces, as in an actions answer that took minutes. */
    SPACE_RUNS(n -> repeat("cursus" + " ".repeat(n / 3 - 8) + "x ", n)),
    SEPARATORS(n -> repeat(" ,;\n\t", n)),
    SEPARATED_WORDS(n -> repeat("a , b ;\n c en ", n)),
    DIGITS(n -> "1".repeat(n - 1) + "x"),
    /** One huge amount of money and of hours: arithmetic on numbers of thousands of digits. */
    HUGE_NUMBER(n -> "€ 1" + "0".repeat(n - 7) + " uur"),
    THOUSAND_GROUPS(n -> "1" + repeat(".000", n - 2) + "x"),
    DECIMALS(n -> repeat("1,5.", n)),
    COMBINING_MARKS(n -> "a" + "\u0301".repeat(n - 2) + "x"),
    /** A letter whose lower case is two characters: String.toLowerCase took 100 ms for 4,000 of them. */
    DOTTED_CAPITAL_I(n -> "İ".repeat(n)),
    MONTHS(n -> repeat("maart ", n)),
    OVER(n -> repeat("over ", n)),
    DATE_WORDS(n -> repeat("eind 1 over 2 q3 15-06 elk ", n)),
    ENUMERATION(n -> repeat("1. 2. a) - ", n)),
    EN(n -> repeat("en ", n)),
    EURO_SIGNS(n -> repeat("€ ", n)),
    AMOUNTS(n -> repeat("1 euro € 1,50 eur 2 uur ", n)),
    /** Number words for ICU's lenient parse, which slows with the length of what it is given. */
    NUMBER_WORDS(n -> repeat("tweeëntwintig vijftienhonderd euro ", n)),
    /** One number word thousands of letters long. */
    LONG_NUMBER_WORD(n -> repeat("twee", n)),
    AMOUNT_FORMS(n -> repeat("€ 1,2k à 2 duizend, een uur of twee, 3x per week ", n)),
    RANGES_AND_RATES(n -> repeat("tussen de 5 en 8 uur per week gedurende 10 weken ", n)),
    VAGUE_COUNTS(n -> repeat("een paar honderd ", n)),
    NOTHING_BUT(n -> "niets, " + repeat("behalve ", n - 7)),
    CLOSING_MARKS(n -> "ja" + repeat("!.?,", n - 3) + "x"),
    /** Choice and date words on one line that ends in a line break, which the whole-text patterns never crossed. */
    WORDS_BEFORE_LINE_END(n -> repeat("hier beide elk kwartaal ", n - 1) + "\n"),
    /** A list without learning activities: each piece joins the one action before it. */
    COMMA_LIST(n -> repeat("iets, ", n)),
    ACTIVITIES(n -> repeat("cursus en coach, ", n)),
    IDIOMS(n -> repeat("af en toe ", n)),
    /** Vague dates and rhythms back to back: each a place where the date rules' optional words are tried. */
    VAGUE_DATES(n -> repeat("rond de zomervakantie begin volgend jaar week 12 van 2027 om de zes weken 3 keer per jaar "
            + "voor eind q3 over een week of ", n)),
    /** Only the words before a date ("voor", "eind van de", "in het"), never the date they wait for. */
    DATE_PREFIXES(n -> repeat("voor na rond eind van de in het begin van het medio ", n)),
    /** A day and a month without a space before the month: "31februari" read from every digit. */
    DAYS_AND_MONTHS(n -> repeat("31 12-13 2e 2027 ", n)),
    /** List markers in turn and out of turn: each "1." looks ahead for a "2.". */
    NUMBERED(n -> repeat("1. x 2) y 3 - z 1) ", n)),
    SENTENCES(n -> repeat("Ik kan plannen. ", n)),
    /** Who said it and guesses, which are taken off every item. */
    ASIDES(n -> repeat("zegt mijn chef, denk ik ", n)),
    ORDER_WORDS(n -> repeat("eerst x daarna y dan z ten tweede en ook ", n)),
    /** Words between "om" and "vragen", as a learning-form entry with a gap reads them. */
    GAPS(n -> repeat("om a b c d ", n)),
    COLONS(n -> repeat("ik denk: ", n)),
    /** One word as long as the answer, which every learning word is compared with at its start and end. */
    LONG_WORD(n -> "cursus" + "a".repeat(n - 12) + "cursus");

    private final IntFunction<String> text;

    AdversarialText(IntFunction<String> text) {
        this.text = text;
    }

    /** This family's input of exactly {@code length} characters. */
    public String of(int length) {
        String made = text.apply(length);
        if (made.length() != length) {
            throw new IllegalStateException(name() + " made " + made.length() + " characters, not " + length);
        }
        return made;
    }

    /** The unit repeated to exactly {@code length} characters, the last copy cut short. */
    public static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
