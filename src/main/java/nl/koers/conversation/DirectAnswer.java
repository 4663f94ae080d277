package nl.koers.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.koers.conversation.ChunkText.Block;
import nl.koers.conversation.ChunkText.Items;
import nl.koers.conversation.ChunkText.Paragraph;
import nl.koers.conversation.ChunkText.Table;
import nl.koers.knowledge.Fact;
import nl.koers.knowledge.QuestionIntent;
import nl.koers.knowledge.QuestionWords;
import nl.koers.knowledge.SearchHit;

/**
 * The part of the best hits that answers a question, chosen sentence by sentence: the one that holds most of the
 * question's (rare) words and has the shape the question asks for (a figure for "hoeveel", a year for "tot
 * wanneer", "Nee, …" for "betaalt SLIM …?", "X is …" for "wat is X?"), with the sentences around it that it needs.
 * An article's front-matter facts compete as sentences that are exact by construction. Lists and tables are kept
 * whole, as lists and tables. Everything is quoted as written: nothing is made up.
 */
final class DirectAnswer {

    /** At most this many sentences, together at most this long, make the answer. */
    static final int SENTENCES = 3;
    static final int LENGTH = 380;
    static final int LIST_ITEMS = 7;
    static final int LIST_LENGTH = 650;
    static final int TABLE_ROWS = 8;
    /** A sentence shorter than this is given with the one before it, for context. */
    static final int THIN = 60;
    /** The longest term a list item can define before its colon. */
    static final int TERM_LENGTH = 40;
    static final int QUALIFYING_PARAGRAPHS = 2;

    /** Weights of what makes a unit the answer; measured on the answer sets (dev and own). */
    private static final double WORDS = 1.6;
    private static final double HIT_COVERAGE = 0.5;
    private static final double SHAPE = 1.2;
    /** A text that holds this share of the question's words is about it; below that its shape counts less. */
    private static final double ABOUT_THE_QUESTION = 0.5;
    /** A sentence that points to a web page tells where to look rather than what the answer is. */
    private static final double POINTS_AWAY = 0.5;
    /** A hit written for the role the question names ("als medewerker"). */
    private static final double ROLE = 0.4;
    private static final double OPENS_SECTION = 0.25;
    /** A section whose heading asks the question: all of its units count this much more. */
    private static final double ASKED_AS_HEADING = 0.6;
    private static final double HEADING_COVERS = 0.9;
    private static final double DEFINING_ARTICLE = 0.3;
    /** For "wat is X?", a hit whose title or heading names X as it was written, not only its words. */
    private static final double NAMED_AS_WRITTEN = 0.3;
    private static final Pattern DEFINING_TITLE = Pattern.compile("^(?:wat\\s++(?:is|zijn|betekent)|wie\\s++(?:is|zijn))\\b");
    private static final double BEST_HIT = 0.3;
    private static final double FACT = 0.35;
    private static final double FACT_ABOUT = 0.5;
    private static final double FACT_FIGURE = 0.3;
    /** How much of the heading's words an opening sentence borrows. */
    private static final double HEADING_SHARE = 0.9;
    private static final double HEADING_ABOUT = 0.35;
    /** How much of the article title's words any of its sentences borrows. */
    private static final double TITLE_SHARE = 0.6;
    /** A table or a list answers only as well as its words; its shape alone counts less than a sentence's. */
    private static final double BLOCK_FACTOR = 0.85;

    private static final Set<String> REFERS_BACK = Set.of("die", "dat", "dit", "deze", "daarom", "daardoor",
            "daarbij", "daarvoor", "hiervoor", "hierbij", "hiermee", "hierdoor", "zo'n", "zulke", "ook", "dan", "toch",
            "ze", "zij", "hij");

    private static final Pattern MONEY_OR_SHARE = QuestionIntent.MONEY_OR_SHARE;
    private static final Pattern NUMBER = Pattern.compile("\\d");
    /** The Dutch answer to "hoe?": "door … te …", "met …", "stap voor stap". */
    private static final Pattern HOW = Pattern.compile("(?:door|doordat|via)\\s++\\S");
    private static final Pattern HOW_OFTEN = Pattern.compile("\\b(?:hoe\\s++vaak|hoe\\s++regelmatig|om\\s++de"
            + "\\s++hoeveel|hoeveel\\s++keer)\\b");
    private static final Pattern ASKS_START = Pattern.compile("\\b(?:van\\s++start|start(?:te|en)?|begon|begonnen"
            + "|begint|ingegaan|ingaan|sinds\\s++wanneer|vanaf\\s++wanneer|in\\s++werking)\\b");
    private static final Pattern ASKS_END = Pattern.compile("\\b(?:tot\\s++wanneer|hoe\\s++lang|nog|stopt|stoppen"
            + "|eindigt|afgelopen|loopt\\s++af|verloopt)\\b");
    private static final Pattern STARTS = Pattern.compile("\\b(?:vanaf|sinds|start(?:te|en)?|begon|begonnen"
            + "|ingegaan|vastgesteld|geopend|open)\\b");
    private static final Pattern ENDS = Pattern.compile("\\b(?:tot\\s++en\\s++met|t/m|tot\\s++\\d|tot\\s++(?:1\\s++)?januari"
            + "|verlengd|eindigt|stopt|afgeschaft|vervalt|vervallen)\\b");
    private static final Pattern DATE = QuestionIntent.DATE;
    private static final Pattern QUALIFIES = Pattern.compile("^(?:\\S++\\s++){0,6}?(?:wel|maar|alleen|behalve"
            + "|uitzondering)\\b");
    private static final Pattern MONTH_AND_YEAR = Pattern.compile("\\b(?:januari|februari|maart|april|mei|juni|juli"
            + "|augustus|september|oktober|november|december)\\s++(?:19|20)\\d\\d\\b");
    private static final Pattern YES_OR_NO = Pattern.compile("^(?:ja|nee|jazeker|zeker|meestal\\s++niet|niet\\s++altijd"
            + "|dat\\s++mag|dat\\s++kan|dat\\s++hoeft)\\b");
    private static final Pattern HEDGED_YES_OR_NO = Pattern.compile("\\b(?:niet|geen|wel|alleen|nooit|mag|mogen|moet"
            + "|hoeft|hoeven|kan|kunnen|valt|vallen)\\b");
    private static final Pattern DEFINES = QuestionWords.DEFINES;
    private static final Pattern CONTRASTS = Pattern.compile("\\b(?:terwijl|tegenstelling|anders\\s++dan|verschil"
            + "|daarentegen|juist|maar)\\b");

    /** One candidate: what it shows, what it scores, and where it comes from. */
    record Unit(String markdown, double score, SearchHit hit, @Nullable Fact fact) {
    }

    private static final Pattern URL = Pattern.compile("https?://\\S++");
    private static final Pattern ROLE_NAMED = Pattern.compile("\\bals\\s++(medewerker|leidinggevende|teamleider"
            + "|manager|werkgever|werknemer|hr)\\b");

    private final QuestionIntent intent;
    private final @Nullable QuestionWords askedTerm;
    private final @Nullable String role;
    private final QuestionWords words;
    private final List<QuestionWords> compared;
    private final boolean asksStart;
    private final boolean asksEnd;
    private final boolean asksHowOften;
    private final @Nullable Pattern askedAsWritten;

    /**
     * @param askedTerm for "wat is X?", the words of X as the index reads them (so that "persoonlijk
     *                  ontwikkelingsplan" finds "Een POP is …")
     * @param compared  for "wat is het verschil tussen A en B?", the words of A and of B
     */
    DirectAnswer(String question, QuestionWords words, @Nullable QuestionWords askedTerm,
            List<QuestionWords> compared) {
        this.intent = QuestionIntent.of(question);
        this.askedTerm = askedTerm;
        this.words = words;
        this.compared = List.copyOf(compared);
        String asked = question.toLowerCase(Locale.ROOT);
        this.asksStart = ASKS_START.matcher(asked).find();
        this.asksEnd = ASKS_END.matcher(asked).find();
        this.asksHowOften = HOW_OFTEN.matcher(asked).find();
        this.askedAsWritten = QuestionIntent.askedTerm(question).map(term -> term.strip().toLowerCase(Locale.ROOT))
                .filter(term -> term.length() >= 3)
                .map(term -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(term) + "(?![\\p{L}-])")).orElse(null);
        var named = ROLE_NAMED.matcher(question.toLowerCase(Locale.ROOT));
        this.role = named.find() ? named.group(1).replace("teamleider", "leidinggevende").replace("manager",
                "leidinggevende").replace("werknemer", "medewerker") : null;
    }

    QuestionIntent intent() {
        return intent;
    }

    /** The best of these units; on a tie the first, so the best hit's. */
    static Optional<Unit> best(List<Unit> units) {
        return units.stream().reduce((best, unit) -> unit.score() > best.score() ? unit : best);
    }

    /** Every candidate of every hit, in reading order. */
    List<Unit> candidates(List<SearchHit> hits) {
        List<Unit> units = new ArrayList<>();
        double top = hits.isEmpty() ? 1 : Math.max(hits.getFirst().score(), 1e-6);
        for (int h = 0; h < hits.size(); h++) {
            SearchHit hit = hits.get(h);
            double context = HIT_COVERAGE * hit.coverage() + (h == 0 ? BEST_HIT : BEST_HIT * hit.score() / top / 2)
                    + (role != null && hit.title().toLowerCase(Locale.ROOT).contains(role) ? ROLE : 0)
                    + (asksTheQuestion(hit.heading()) ? ASKED_AS_HEADING : 0)
                    + (definesInTitle(hit.title()) ? DEFINING_ARTICLE : 0)
                    + (namesAsWritten(hit) ? NAMED_AS_WRITTEN : 0);
            for (Fact fact : hit.facts()) {
                double share = words.shareIn(fact.text());
                if (answeredByFact(fact, share)) {
                    units.add(new Unit(fact.text(), WORDS * share + shaped(fact.text(), share) + FACT + context, hit,
                            fact));
                }
            }
            units.addAll(units(hit, context));
        }
        units.removeIf(unit -> unit.score() <= 0);
        return units;
    }

    private List<Unit> units(SearchHit hit, double context) {
        List<Block> blocks = ChunkText.blocks(hit.body());
        List<Unit> units = new ArrayList<>();
        boolean first = true;
        for (int b = 0; b < blocks.size(); b++) {
            switch (blocks.get(b)) {
                case Paragraph paragraph -> {
                    List<String> sentences = paragraph.sentences();
                    for (int s = 0; s < sentences.size(); s++) {
                        String sentence = sentences.get(s);
                        double share = words.shareIn(sentence);
                        if (first && s == 0 && hit.heading() != null && words.shareIn(hit.heading()) >= HEADING_ABOUT) {
                            // the opening sentence answers its heading: "Heb je recht op …?" — "Nee, niet volgens de
                            // wet."; only when that heading asks much of the same question
                            share = Math.max(share, HEADING_SHARE * words.shareIn(hit.heading() + " " + sentence));
                        }
                        // "De regeling is vastgesteld op …" speaks of what the article is about
                        share = Math.max(share, TITLE_SHARE * words.shareIn(hit.title() + " " + sentence));
                        if (share == 0 || ChunkText.asks(sentence)) {
                            continue;
                        }
                        boolean leadsIntoList = ChunkText.announces(sentence) && b + 1 < blocks.size()
                                && blocks.get(b + 1) instanceof Items;
                        Items after = b + 1 < blocks.size() && blocks.get(b + 1) instanceof Items items ? items : null;
                        boolean opens = first && s == 0;
                        String shown = (opens && summarises(hit.heading()) ? "**" + ChunkText.markdown(hit.heading())
                                + ".** " : "") + (leadsIntoList ? listMarkdown(sentence, after)
                                : window(sentences, s, after));
                        if (intent == QuestionIntent.YES_NO && s == 0 && YES_OR_NO.matcher(sentence.toLowerCase(
                                Locale.ROOT)).find()) {
                            shown += qualification(blocks, b, shown.length());
                        }
                        double score = WORDS * share + shaped(sentence, share) + context
                                + (opens ? OPENS_SECTION : 0)
                                + (opens && definesByHeading(hit) ? SHAPE : 0)
                                + (leadsIntoList && intent == QuestionIntent.LIST ? SHAPE : 0)
                                - (URL.matcher(sentence).find() ? POINTS_AWAY : 0);
                        units.add(new Unit(shown, score, hit, null));
                    }
                    first = false;
                }
                case Items list -> {
                    String leadIn = b == 0 && hit.heading() != null
                            ? (ChunkText.announces(hit.heading()) || ChunkText.asks(hit.heading()) ? hit.heading()
                                    : hit.heading() + ":")
                            : b > 0 && blocks.get(b - 1) instanceof Paragraph before && ChunkText.asks(
                                    before.sentences().getLast()) ? before.sentences().getLast() : null;
                    if (leadIn != null) {
                        String all = leadIn + " " + String.join(" ", list.items());
                        double score = WORDS * words.shareIn(all) * BLOCK_FACTOR + context + (b == 0 ? OPENS_SECTION : 0)
                                + (intent == QuestionIntent.LIST ? SHAPE : 0) + SHAPE * comparesIn(list.items());
                        units.add(new Unit(listMarkdown(leadIn, list), score, hit, null));
                    }
                    for (String item : list.items()) {
                        if (definesAsItem(item)) {
                            units.add(new Unit(ChunkText.markdown(item), WORDS * words.shareIn(item) + SHAPE + context,
                                    hit, null));
                        }
                    }
                    first = false;
                }
                case Table table -> {
                    String all = String.join(" ", table.rows().stream().flatMap(List::stream).toList());
                    double share = words.shareIn(all);
                    if (share > 0 && table.rows().size() <= TABLE_ROWS + 1) {
                        String leadIn = b > 0 && blocks.get(b - 1) instanceof Paragraph before
                                ? before.sentences().getLast() : null;
                        String shown = (leadIn == null || !ChunkText.announces(leadIn) ? ""
                                : ChunkText.markdown(leadIn) + "\n\n") + table.markdown();
                        units.add(new Unit(shown, (WORDS * share + shaped(all, share)) * BLOCK_FACTOR + context, hit,
                                null));
                    }
                    first = false;
                }
                case ChunkText.Aside ignored -> {
                }
            }
        }
        return units;
    }

    /**
     * A heading that says the answer in short ("Het STAP-budget bestaat niet meer", "Looptijd: van 2020 tot 2030")
     * leads the section's opening sentence: not a question, and it names what was asked or has the figure or date.
     */
    private boolean summarises(@Nullable String heading) {
        if (heading == null || ChunkText.asks(heading) || heading.strip().split("\\s+").length < 3) {
            return false;
        }
        String lower = heading.toLowerCase(Locale.ROOT);
        return askedTerm != null && intent == QuestionIntent.DEFINITION && askedTerm.shareIn(heading) >= 0.99
                && !lower.startsWith("wat ") || intent.answeredIn(lower) && words.shareIn(heading) > 0;
    }

    /** "Functioneringsgesprek: je bespreekt samen hoe het werk nu gaat." answers "wat is een functioneringsgesprek?". */
    private boolean definesAsItem(String item) {
        int colon = item.indexOf(':');
        return intent == QuestionIntent.DEFINITION && askedTerm != null && colon > 0 && colon <= TERM_LENGTH
                && askedTerm.shareIn(item.substring(0, colon)) >= 0.99 && item.length() - colon > THIN;
    }

    /**
     * For "verschil tussen A en B": 2 when list items begin with A and with B ("Verdiepen: …", "Verbreden: …"), 1 when
     * the texts hold both, else 0.
     */
    private double comparesIn(List<String> texts) {
        if (intent != QuestionIntent.COMPARISON || compared.size() < 2) {
            return 0;
        }
        boolean eachBegins = compared.stream().allMatch(term -> texts.stream().anyMatch(text -> {
            int colon = text.indexOf(':');
            return colon > 0 && colon <= TERM_LENGTH && term.shareIn(text.substring(0, colon)) >= 0.99;
        }));
        if (eachBegins) {
            return 2;
        }
        String all = String.join(" ", texts);
        return compared.stream().allMatch(term -> term.shareIn(all) >= 0.99) ? 1 : 0;
    }

    /**
     * "Nee, niet via de activiteiten a, b en c. …" is often followed by the exception: the opening of one of the next
     * two paragraphs that says "wel", "maar" or "alleen" belongs to the answer, when it fits.
     */
    private static String qualification(List<Block> blocks, int b, int length) {
        for (int next = b + 1; next < blocks.size() && next <= b + QUALIFYING_PARAGRAPHS; next++) {
            if (!(blocks.get(next) instanceof Paragraph paragraph)) {
                return "";
            }
            String opening = paragraph.sentences().getFirst();
            if (QUALIFIES.matcher(opening.toLowerCase(Locale.ROOT)).find() && !ChunkText.announces(opening)) {
                return length + opening.length() <= LENGTH + LENGTH / 2 ? "\n\n" + ChunkText.markdown(opening) : "";
            }
        }
        return "";
    }

    /** "Wat is een POP?": an article titled "Wat is een POP (…) en wat staat erin?" is the one that says it. */
    private boolean definesInTitle(String title) {
        return intent == QuestionIntent.DEFINITION && askedTerm != null && askedTerm.shareIn(title) >= 0.99
                && DEFINING_TITLE.matcher(title.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A section headed by the question itself ("Wat moet er in je POP staan?") is where its answer is: the heading
     * asks the same kind of thing and holds the question's words.
     */
    private boolean asksTheQuestion(@Nullable String heading) {
        return heading != null && ChunkText.asks(heading) && QuestionIntent.of(heading) == intent
                && words.shareIn(heading) >= HEADING_COVERS;
    }

    /**
     * A fact is an exact answer to a question about it: it holds half the question, or a third with the figure or
     * date asked for. A fact about X (its age limit, its rate) is no answer to what X is, and one that shares a
     * word or two with the question ("plek", "werkgever") is no answer at all.
     */
    private boolean answeredByFact(Fact fact, double share) {
        if (intent == QuestionIntent.DEFINITION) {
            return share > 0 && shape(fact.text()) >= 1;
        }
        boolean figure = (intent == QuestionIntent.AMOUNT || intent == QuestionIntent.WHEN) && shape(fact.text()) >= 0.7;
        return share >= FACT_ABOUT || figure && share >= FACT_FIGURE;
    }

    /**
     * For "wat is X?": a section headed "Wat is X?" starts with what X is; so does "Wat is de SLIM-regeling?" in an
     * article whose title names X as written ("SLIM-subsidie (SLIM-regeling): …").
     */
    private boolean definesByHeading(SearchHit hit) {
        String heading = hit.heading();
        if (intent != QuestionIntent.DEFINITION || askedTerm == null || heading == null
                || !heading.toLowerCase(Locale.ROOT).startsWith("wat ")) {
            return false;
        }
        double share = askedTerm.shareIn(heading);
        return share >= 0.99 || share > 0 && askedAsWritten != null
                && askedAsWritten.matcher(hit.title().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "Wat is de SLIM-subsidie?": the article titled "SLIM-subsidie (SLIM-regeling): …" names it as written, where a
     * section "Wat is de SLIM-scholingssubsidie?" holds its words only once the compound is taken apart.
     */
    private boolean namesAsWritten(SearchHit hit) {
        return intent == QuestionIntent.DEFINITION && askedAsWritten != null
                && (askedAsWritten.matcher(hit.title().toLowerCase(Locale.ROOT)).find() || hit.heading() != null
                        && askedAsWritten.matcher(hit.heading().toLowerCase(Locale.ROOT)).find());
    }

    /**
     * "Wanneer ging X van start?" asks for a beginning, "tot wanneer loopt X?" for an end: a date that bounds the other
     * side ("tot en met 2027" for a start, "sinds 2020" for an end) counts half.
     */
    private double direction(String lower) {
        if (asksStart == asksEnd) {
            return 1;
        }
        boolean starts = STARTS.matcher(lower).find();
        boolean ends = ENDS.matcher(lower).find();
        if (asksStart) {
            return starts ? 1 : ends ? 0.5 : 0.8;
        }
        return ends ? 1 : starts ? 0.5 : 0.8;
    }

    /**
     * The shape counts as far as the text is about the question: a "Nee, …" that answers another question ("Betaalt
     * SLIM cursussen?" when "Mag mijn werkgever de cursus terugvragen?" was asked) is no answer.
     */
    private double shaped(String text, double share) {
        return SHAPE * shape(text) * Math.min(1, share / ABOUT_THE_QUESTION);
    }

    /** How well a text has the shape the question asks for, from 0 to 1. */
    double shape(String text) {
        String lower = URL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return switch (intent) {
            case AMOUNT -> MONEY_OR_SHARE.matcher(lower).find() ? 1 : NUMBER.matcher(lower).find() ? 0.4 : 0;
            case WHEN -> asksHowOften ? (QuestionIntent.RHYTHM.matcher(lower).find() ? 1 : 0)
                    : (MONTH_AND_YEAR.matcher(lower).find() ? 1 : DATE.matcher(lower).find() ? 0.7
                            : NUMBER.matcher(lower).find() ? 0.3 : 0) * direction(lower);
            case YES_NO -> YES_OR_NO.matcher(lower).find() ? 1 : HEDGED_YES_OR_NO.matcher(lower).find() ? 0.3 : 0;
            case DEFINITION -> defines(lower);
            case COMPARISON -> Math.max(comparesIn(List.of(text)), CONTRASTS.matcher(lower).find() ? 0.6 : 0);
            case LIST -> HOW.matcher(lower).lookingAt() ? 1 : 0; // "Hoe …?" — "Door het leren bewust te organiseren."
            case OTHER -> 0;
        };
    }

    /**
     * "Een POP (persoonlijk ontwikkelingsplan) is …" for "wat is een POP?" counts fully: the words before the verb
     * hold the term asked about. Any other sentence that says what something is counts for less.
     */
    private double defines(String lower) {
        if (!DEFINES.matcher(lower).find()) {
            return 0; // no defining verb, or what it is not: "Een POP is geen contract"
        }
        return askedTerm != null && askedTerm.definedIn(lower) ? 1 : 0.3;
    }

    /**
     * Whole sentences from {@code s}: the sentence before it too when it leans on that one ("Die …") or is thin, then
     * the sentences after it as long as they fit and do not announce a list that is not shown.
     */
    private static String window(List<String> sentences, int s, @Nullable Items after) {
        List<String> window = new ArrayList<>(List.of(sentences.get(s)));
        int length = sentences.get(s).length();
        if (s > 0 && (refersBack(sentences.get(s)) || length < THIN)
                && !ChunkText.announces(sentences.get(s - 1)) && !ChunkText.asks(sentences.get(s - 1))
                && length + sentences.get(s - 1).length() < LENGTH) {
            window.addFirst(sentences.get(s - 1));
            length += 1 + sentences.get(s - 1).length();
        }
        for (int next = s + 1; next < sentences.size() && window.size() < SENTENCES; next++) {
            String sentence = sentences.get(next);
            if (ChunkText.announces(sentence)) {
                // the last sentence leads into the list that follows: the list comes along when it fits
                if (next == sentences.size() - 1 && after != null && length < LENGTH) {
                    return ChunkText.markdown(String.join(" ", window)) + " " + listMarkdown(sentence, after);
                }
                break;
            }
            if (length + 1 + sentence.length() > LENGTH) {
                break;
            }
            window.add(sentence);
            length += 1 + sentence.length();
        }
        return ChunkText.markdown(String.join(" ", window));
    }

    /** A lead-in with as many whole items as fit. */
    private static String listMarkdown(String leadIn, Items list) {
        StringBuilder markdown = new StringBuilder(ChunkText.markdown(leadIn));
        int length = leadIn.length();
        for (int i = 0; i < list.items().size() && i < LIST_ITEMS; i++) {
            String item = list.items().get(i);
            if (i > 1 && length + item.length() > LIST_LENGTH) {
                break;
            }
            String marker = list.ordered() ? (list.start() + i) + ". " : "- ";
            markdown.append('\n').append(marker)
                    .append(ChunkText.markdown(item).replace("\n", "\n" + " ".repeat(marker.length())));
            length += item.length();
        }
        return markdown.toString();
    }

    private static boolean refersBack(String sentence) {
        int end = 0;
        while (end < sentence.length() && (Character.isLetter(sentence.charAt(end)) || sentence.charAt(end) == '\'')) {
            end++;
        }
        return REFERS_BACK.contains(sentence.substring(0, end).toLowerCase(Locale.ROOT));
    }
}
