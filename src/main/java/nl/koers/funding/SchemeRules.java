package nl.koers.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.koers.funding.SchemeBook.Entry;
import nl.koers.funding.SchemeBook.Fact;
import nl.koers.funding.SchemeBook.Fund;
import nl.koers.funding.SchemeBook.Text;
import nl.koers.pop.LearningForm;

/**
 * The rules: which scheme fits a learning action, and what it may pay. Every figure and sentence comes from the
 * {@link SchemeBook}; the rules only decide which situation applies.
 */
final class SchemeRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SchemeBook book;

    SchemeRules(SchemeBook book) {
        this.book = book;
    }

    FundingAdvice advise(LearningAction action, OrganisationSettings organisation, LocalDate today) {
        ActionWords words = ActionWords.of(action.description());
        LearningForm form = action.form() != null ? action.form() : words.course() ? LearningForm.FORMEEL : null;
        if ((form == LearningForm.WERKPLEK || form == LearningForm.SOCIAAL) && !action.costsMoney()
                && !words.vocational() && !words.slimActivity()) {
            return new FundingAdvice(List.of(), action.hours() == null ? book.general("alleen-tijd")
                    : book.general("alleen-tijd-uren", Map.of("uren", hours(action.hours()))));
        }
        var at = new Situation(action, organisation, words, form == LearningForm.FORMEEL || words.course(), today);
        return new FundingAdvice(Stream.of(taxFree(at), sectorFund(at), pathTraining(at), learningPlace(at), slim(at),
                repayment(at)).sorted(Comparator.comparing(SchemeAdvice::verdict).thenComparing(SchemeAdvice::scheme))
                .toList(), null);
    }

    private SchemeAdvice taxFree(Situation at) {
        if (at.action.free()) {
            return at.advice(Scheme.WERKKOSTENREGELING, Verdict.PAST_NIET, "geen-kosten", null);
        }
        if (at.action.costsMoney()) {
            return at.advice(Scheme.WERKKOSTENREGELING, Verdict.PAST, "vergoeden", at.action.euros());
        }
        return at.advice(Scheme.WERKKOSTENREGELING, Verdict.PAST, "zonder-bedrag", null);
    }

    private SchemeAdvice sectorFund(Situation at) {
        if (at.action.free()) {
            return at.advice(Scheme.OO_FONDS, Verdict.PAST_NIET, "geen-kosten", null);
        }
        if (!at.organisation.sectorKnown()) {
            return at.advice(Scheme.OO_FONDS, Verdict.PAST_MISSCHIEN, "sector-onbekend", null);
        }
        Optional<Fund> fund = book.entry(Scheme.OO_FONDS).funds().stream()
                .filter(candidate -> at.inSector(candidate.sectors())).findFirst();
        if (fund.isEmpty()) {
            return at.advice(Scheme.OO_FONDS, Verdict.PAST_MISSCHIEN, "sector-zonder-bekend-fonds", null);
        }
        if (fund.get().name() == null) {
            return at.advice(Scheme.OO_FONDS, Verdict.PAST_MISSCHIEN, "fonds-in-cao", null);
        }
        at.values.put("fonds", fund.get().name());
        return at.advice(Scheme.OO_FONDS, Verdict.PAST_MISSCHIEN, "fonds-bekend", null);
    }

    private SchemeAdvice pathTraining(Situation at) {
        Entry entry = book.entry(Scheme.SLIM_SCHOLING);
        if (at.today.isAfter(entry.facts().get("einde").date())) {
            return at.advice(Scheme.SLIM_SCHOLING, Verdict.PAST_NIET, "vervallen", null);
        }
        if (at.action.free()) {
            return at.advice(Scheme.SLIM_SCHOLING, Verdict.PAST_NIET, "geen-kosten", null);
        }
        if (!at.formal) {
            return at.advice(Scheme.SLIM_SCHOLING, Verdict.PAST_NIET, "geen-opleiding", null);
        }
        String situation = !at.organisation.sectorKnown() ? "sector-onbekend"
                : at.inSector(entry.sectors()) ? "pad-sector" : "andere-sector";
        return at.advice(Scheme.SLIM_SCHOLING, Verdict.PAST_MISSCHIEN, situation, null);
    }

    private SchemeAdvice learningPlace(Situation at) {
        if (!at.words.vocational()) {
            return at.advice(Scheme.PRAKTIJKLEREN, Verdict.PAST_NIET, "geen-leerplaats", null);
        }
        return at.advice(Scheme.PRAKTIJKLEREN, Verdict.PAST_MISSCHIEN, "leerplaats",
                book.entry(Scheme.PRAKTIJKLEREN).facts().get("maximum").number());
    }

    private SchemeAdvice slim(Situation at) {
        Map<String, Fact> facts = book.entry(Scheme.SLIM).facts();
        if (!at.words.slimActivity()) {
            return at.advice(Scheme.SLIM, Verdict.PAST_NIET, "geen-cursusgeld", null);
        }
        if (at.organisation.employees() >= facts.get("mkb-grens").number().intValue()) {
            return at.advice(Scheme.SLIM, Verdict.PAST_NIET, "te-groot", null);
        }
        if (at.action.free()) {
            return at.advice(Scheme.SLIM, Verdict.PAST_NIET, "geen-kosten", null);
        }
        BigDecimal euros = at.action.euros();
        if (euros == null) {
            return at.advice(Scheme.SLIM, Verdict.PAST_MISSCHIEN, "zonder-bedrag", null);
        }
        if (euros.compareTo(facts.get("minimum").number()) < 0) {
            return at.advice(Scheme.SLIM, Verdict.PAST_NIET, "te-klein", null);
        }
        BigDecimal estimate = euros.multiply(facts.get("percentage").number()).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .min(facts.get("maximum").number());
        at.values.put("schatting", SchemeBook.euros(estimate));
        boolean small = at.organisation.employees() < facts.get("klein-grens").number().intValue();
        return at.advice(Scheme.SLIM, Verdict.PAST_MISSCHIEN, small ? "past-klein" : "past", estimate);
    }

    private SchemeAdvice repayment(Situation at) {
        if (at.action.free()) {
            return at.advice(Scheme.STUDIEKOSTENBEDING, Verdict.PAST_NIET, "geen-kosten", null);
        }
        return at.words.mandatory() ? at.advice(Scheme.STUDIEKOSTENBEDING, Verdict.PAST, "verplicht", null)
                : at.advice(Scheme.STUDIEKOSTENBEDING, Verdict.PAST_MISSCHIEN, "beding", null);
    }

    /** "16 uur", "2,5 uur". */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',') + " uur";
    }

    /** One action for one organisation on one day, with the values its sentences may use. */
    private final class Situation {

        final LearningAction action;
        final OrganisationSettings organisation;
        final ActionWords words;
        final boolean formal;
        final LocalDate today;
        final Map<String, String> values = new HashMap<>();

        Situation(LearningAction action, OrganisationSettings organisation, ActionWords words, boolean formal,
                LocalDate today) {
            this.action = action;
            this.organisation = organisation;
            this.words = words;
            this.formal = formal;
            this.today = today;
            values.put("sector", organisation.sector());
            values.put("werknemers", String.valueOf(organisation.employees()));
            if (action.euros() != null) {
                values.put("bedrag", SchemeBook.euros(action.euros()));
            }
        }

        /** Whether the organisation's sector, or one of its words ("zorg en welzijn"), is one of these. */
        boolean inSector(List<String> sectors) {
            String sector = organisation.sector().toLowerCase(SchemeBook.DUTCH);
            return sectors.contains(sector) || ActionWords.words(sector).stream().anyMatch(sectors::contains);
        }

        SchemeAdvice advice(Scheme scheme, Verdict verdict, String situation, @Nullable BigDecimal estimate) {
            Entry entry = book.entry(scheme);
            Text text = entry.texts().get(situation);
            Map<String, String> all = new HashMap<>(values);
            entry.facts().forEach((name, fact) -> all.put(name, fact.shown()));
            Integer year = Stream.concat(Stream.of(text.statement(), text.condition())
                    .filter(java.util.Objects::nonNull).flatMap(part -> SchemeBook.placeholders(part).stream())
                    .filter(entry.facts()::containsKey).map(name -> entry.facts().get(name).year()),
                    Stream.ofNullable(text.year())).max(Integer::compare).orElse(entry.year());
            ApplicationWindow next = verdict == Verdict.PAST_NIET ? null : entry.nextWindow(today);
            String windowNote = verdict == Verdict.PAST_NIET || entry.windows() == null ? null : windowNote(next);
            return new SchemeAdvice(scheme, entry.name(), verdict, SchemeBook.fill(text.statement(), all),
                    text.condition() == null ? null : SchemeBook.fill(text.condition(), all), estimate, year, next,
                    windowNote, entry.page(), entry.articles().getFirst());
        }

        private String windowNote(@Nullable ApplicationWindow next) {
            if (next == null) {
                return book.general("tijdvak-onbekend");
            }
            if (next.expected()) {
                return book.general("tijdvak-verwacht", Map.of("van", SchemeBook.roughly(next.from(), false),
                        "tot", SchemeBook.roughly(next.to(), true)));
            }
            String from = next.from().getYear() == next.to().getYear() ? SchemeBook.dayAndMonth(next.from())
                    : SchemeBook.date(next.from());
            return book.general("tijdvak", Map.of("van", from, "tot", SchemeBook.date(next.to())));
        }
    }
}
