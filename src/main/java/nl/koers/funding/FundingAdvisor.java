package nl.koers.funding;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which scheme pays for a learning action: the werkkostenregeling, the sector's O&O-fonds, the SLIM-scholingssubsidie,
 * the Subsidieregeling praktijkleren, the SLIM-regeling, and the rule on paying training back (studiekostenbeding).
 * Pure: the facts come from {@code prompts/financiering/regelingen.yml}, "today" from the clock, and the organisation
 * from its settings; Spring only makes one with the configured settings ({@code koers.organisation.*}).
 */
public final class FundingAdvisor {

    private final SchemeRules rules;
    private final FundingAnswer answers;
    private final OrganisationSettings settings;
    private final Clock clock;

    FundingAdvisor(SchemeBook book, OrganisationSettings settings, Clock clock) {
        this.rules = new SchemeRules(book);
        this.answers = new FundingAnswer(book);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * An advisor with the schemes of {@code <promptsDir>/financiering/regelingen.yml}.
     *
     * @throws FundingFileException naming the file and line when the file cannot be used
     */
    public static FundingAdvisor fromPrompts(Path promptsDir, OrganisationSettings settings, Clock clock) {
        return new FundingAdvisor(SchemeBookLoader.load(promptsDir), settings, clock);
    }

    /** The organisation this advisor advises by default. */
    public OrganisationSettings settings() {
        return settings;
    }

    /** The advice for an action of this organisation. */
    public FundingAdvice advise(LearningAction action) {
        return advise(action, settings);
    }

    /** The advice for an action of another organisation. */
    public FundingAdvice advise(LearningAction action, OrganisationSettings organisation) {
        return rules.advise(action, organisation, LocalDate.now(clock));
    }

    /**
     * The reply in Dutch Markdown to a question about money for learning ("hoeveel subsidie krijg ik voor een cursus
     * van 3000 euro?"), for this organisation; empty when the question is about something else.
     */
    public Optional<String> answer(String question) {
        return answer(question, settings);
    }

    public Optional<String> answer(String question, OrganisationSettings organisation) {
        return FundingQuestion.read(question).map(asked -> reply(asked, organisation).markdown());
    }

    /**
     * The reply to a question about money for a learning action of one's own ("een cursus van 3000 euro", "een
     * bbl-opleiding", "moet ik de opleiding terugbetalen") with the knowledge articles it rests on (the schemes that
     * fit first), so that a conversation can cite them. Empty for other questions, also for a question about a
     * scheme itself ("hoeveel SLIM-subsidie kunnen we krijgen?"), which the knowledge base answers.
     */
    public Optional<FundingReply> reply(String question) {
        return FundingQuestion.read(question).filter(FundingQuestion::namesAnAction)
                .map(asked -> reply(asked, settings));
    }

    private FundingReply reply(FundingQuestion asked, OrganisationSettings organisation) {
        FundingAdvice advice = advise(asked.action(), organisation);
        List<String> articles = java.util.stream.Stream.concat(advice.fitting().stream(), advice.schemes().stream())
                .map(SchemeAdvice::article).distinct().toList();
        return new FundingReply(answers.write(advice, asked.repayment()), articles);
    }

    /** A reply in Dutch Markdown and the articles (paths under {@code knowledge/}) it rests on, most relevant first. */
    public record FundingReply(String markdown, List<String> articles) {
    }

    /** "past", "past misschien", "past niet", as the advice writes a verdict. */
    public String verdictName(Verdict verdict) {
        return answers.verdict(verdict);
    }

    /** "regels van 2025", or "regels per fonds" for a scheme whose rules differ per fund. */
    public String yearName(@Nullable Integer year) {
        return answers.year(year);
    }
}
