package nl.koers.conversation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.koers.accounts.Role;
import nl.koers.dialogue.QuestionBank;
import nl.koers.funding.FundingAdvisor;
import nl.koers.dialogue.Wording;
import nl.koers.knowledge.KnowledgeArticles;
import nl.koers.knowledge.KnowledgeSearch;
import nl.koers.knowledge.QuestionIntent;
import nl.koers.knowledge.QuestionWords;
import nl.koers.knowledge.SearchHit;
import nl.koers.knowledge.SourceRef;
import nl.koers.web.WebLinks;

/**
 * Questions to the knowledge base without a language model, answered first and cited: the knowledge base's own
 * sentence or three that answer the question (see {@link DirectAnswer}), a second one from another article when it
 * answers nearly as well, a money or date fact with the year it is from and the official page to check, and then
 * "Meer weten:" with the sections it came from. A question about money for a course goes to the funding advisor. When
 * nothing in the knowledge base covers the question, it says so.
 */
@Component
public class GuidedAnswers {

    public record Answer(String text, List<SourceRef> sources) {
    }

    /** Hits read for the answer: the answer is often not in the best hit's opening. */
    static final int CANDIDATES = 5;
    /** A second answer, from another article, when it scores at least this share of the best. */
    static final double SECOND = 0.8;
    static final int MORE = 3;

    private static final Pattern MONEY = Pattern.compile("€\\s*+\\d|\\d\\s*+(?:%|procent|euro)\\b");
    private static final Pattern EUROS = Pattern.compile("€\\s*+\\d|\\d\\s*+euro\\b");
    /** Articles about subsidies and other money for learning, whose figures change every year. */
    private static final String FUNDING_ARTICLES = "financiering/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    /** Web sites of the bodies that run the schemes and publish the rules: the page to check a figure on. */
    private static final Set<String> OFFICIAL = Set.of("rvo.nl", "rijksoverheid.nl", "overheid.nl", "uwv.nl", "duo.nl",
            "belastingdienst.nl", "s-bb.nl", "ondernemersplein.nl", "kvk.nl", "government.nl", "rechtspraak.nl",
            "autoriteitpersoonsgegevens.nl", "leerwerkloket.nl", "stapbudget.nl", "officielebekendmakingen.nl",
            "uitvoeringvanbeleidszw.nl", "wetten.overheid.nl", "ser.nl");

    private final QuestionBank bank;
    private final KnowledgeSearch search;
    private final FundingAdvisor funding;
    private final KnowledgeArticles articles;

    GuidedAnswers(QuestionBank bank, KnowledgeSearch search, FundingAdvisor funding, KnowledgeArticles articles) {
        this.bank = bank;
        this.search = search;
        this.funding = funding;
        this.articles = articles;
    }

    public String welcome(String employeeName) {
        return bank.texts().text("welkom.VRAAG", Map.of("medewerker", Wording.firstName(employeeName, "")));
    }

    public Answer answer(String question) {
        return answer(question, Role.MEDEWERKER);
    }

    /**
     * The answer to a question by someone in this role. When the knowledge base has none, HR is sent to the source
     * itself rather than to HR.
     */
    public Answer answer(String question, Role asker) {
        String none = bank.texts().text(asker == Role.HR ? "vraag.geen_hr" : "vraag.geen");
        Optional<FundingAdvisor.FundingReply> money = funding.reply(question);
        if (money.isPresent()) {
            return fundingAnswer(money.get());
        }
        List<SearchHit> hits = search.relevant(question, CANDIDATES, null);
        if (hits.isEmpty()) {
            return new Answer(none, List.of());
        }
        QuestionWords words = search.words(question);
        QuestionWords term = QuestionIntent.askedTerm(question).map(search::words).orElse(null);
        List<QuestionWords> compared = QuestionIntent.comparedTerms(question).stream().map(search::words).toList();
        DirectAnswer direct = new DirectAnswer(question, words, term, compared);
        List<DirectAnswer.Unit> units = direct.candidates(hits);
        Optional<DirectAnswer.Unit> best = DirectAnswer.best(units);
        if (best.isEmpty()) {
            return new Answer(none, List.of());
        }
        List<DirectAnswer.Unit> shown = new ArrayList<>(List.of(best.get()));
        units.stream().filter(unit -> apart(unit, best.get())).filter(unit -> !bothYesOrNo(unit, best.get()))
                .filter(unit -> unit.score() >= SECOND * best.get().score())
                .reduce((a, b) -> b.score() > a.score() ? b : a).ifPresent(shown::add);

        List<SourceRef> sources = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (DirectAnswer.Unit unit : shown) {
            int number = number(sources, unit.hit().ref());
            // a table's last row cannot carry the number: it would be read as another cell
            String cite = unit.markdown().endsWith("|") ? "\n\n[" + number + "]" : " [" + number + "]";
            text.append(text.isEmpty() ? "" : "\n\n").append(unit.markdown()).append(cite);
        }
        standing(shown.getFirst(), direct).ifPresent(line -> text.append("\n\n").append(line));
        for (SearchHit hit : hits) { // more to read: other articles, not more sections of the same one
            if (sources.size() >= MORE) {
                break;
            }
            if (sources.stream().noneMatch(source -> source.source().equals(hit.source()))) {
                sources.add(hit.ref());
            }
        }
        return new Answer(withSources(text, sources), List.copyOf(sources));
    }

    /**
     * "Hoeveel subsidie krijg ik voor een cursus van 3000 euro?": the funding advisor's reply for this organisation
     * (which schemes may pay, with the year of their rules and their page), citing the articles it rests on.
     */
    private Answer fundingAnswer(FundingAdvisor.FundingReply reply) {
        List<SourceRef> sources = new ArrayList<>();
        for (String source : reply.articles()) {
            if (sources.size() >= MORE) {
                break;
            }
            articles.find(source).ifPresent(article -> sources.add(new SourceRef(article.title(), source, null)));
        }
        return new Answer(withSources(new StringBuilder(reply.markdown()), sources), List.copyOf(sources));
    }

    /** The reply with "Meer weten:" and its numbered sources under it. */
    private String withSources(StringBuilder text, List<SourceRef> sources) {
        if (sources.isEmpty()) {
            return text.toString();
        }
        text.append("\n\n").append(bank.texts().text("vraag.meer"));
        for (int n = 0; n < sources.size(); n++) {
            SourceRef source = sources.get(n);
            text.append("\n- [").append(n + 1).append("] ").append(ChunkText.markdown(source.title()))
                    .append(source.heading() == null ? "" : " — " + ChunkText.markdown(source.heading()));
        }
        return text.toString();
    }

    /**
     * A second answer says something the first does not: from another article, or from another section of the same
     * one ("Nee, niet via de activiteiten a, b en c." — and the section on the scheme that does pay courses).
     */
    private static boolean apart(DirectAnswer.Unit unit, DirectAnswer.Unit first) {
        return !unit.hit().source().equals(first.hit().source())
                || !Objects.equals(unit.hit().heading(), first.hit().heading()) && unit.fact() == null
                        && first.fact() == null;
    }

    /** Two answers that both open with "Ja." or "Nee." read as a stutter; the first one says it. */
    private static boolean bothYesOrNo(DirectAnswer.Unit unit, DirectAnswer.Unit first) {
        return YES_OR_NO.matcher(unit.markdown()).lookingAt() && YES_OR_NO.matcher(first.markdown()).lookingAt();
    }

    private static final Pattern YES_OR_NO = Pattern.compile("(?i)(?:ja|nee)\\b");

    /** The number of a source in the reply, adding it when it is new. */
    private static int number(List<SourceRef> sources, SourceRef source) {
        int index = sources.indexOf(source);
        if (index < 0) {
            sources.add(source);
            return sources.size();
        }
        return index + 1;
    }

    /**
     * For an amount, a share or a date of a scheme: the year the fact is from (or the day its article was checked)
     * and the official page to check it on, because such figures change every year.
     */
    private Optional<String> standing(DirectAnswer.Unit unit, DirectAnswer direct) {
        SearchHit hit = unit.hit();
        boolean funding = hit.source().startsWith(FUNDING_ARTICLES);
        boolean money = EUROS.matcher(unit.markdown()).find() || funding && MONEY.matcher(unit.markdown()).find();
        boolean scheme = funding && (direct.intent() == QuestionIntent.AMOUNT || direct.intent() == QuestionIntent.WHEN);
        if (!money && !scheme) {
            return Optional.empty(); // a law's year or "70-20-10" is no figure that changes every year
        }
        String page = unit.fact() != null && unit.fact().source() != null ? unit.fact().source() : officialPage(hit);
        if (page == null) {
            return Optional.of(bank.texts().text("vraag.geld"));
        }
        String checked = hit.checked() == null ? "onbekend" : DAY.format(hit.checked());
        if (unit.fact() != null && unit.fact().year() != null) {
            return Optional.of(bank.texts().text("vraag.stand_jaar", Map.of("jaar", unit.fact().year().toString(),
                    "datum", checked, "pagina", WebLinks.named(page))));
        }
        return Optional.of(bank.texts().text("vraag.stand", Map.of("datum", checked, "pagina", WebLinks.named(page))));
    }

    /** The article's own first source on an official site; none when it cites no official page. */
    private static @Nullable String officialPage(SearchHit hit) {
        for (String reference : hit.references()) {
            String address = reference.strip();
            String host = WebLinks.site(address);
            if (host != null && OFFICIAL.stream().anyMatch(site -> host.equals(site) || host.endsWith("." + site))) {
                return address;
            }
        }
        return null;
    }
}
