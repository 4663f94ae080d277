package nl.koers.funding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.koers.web.WebLinks;

/**
 * The advice as a reply in Markdown: first the direct answer (what a bbl place brings, what SLIM pays or does not
 * pay, what the employer may pay free of tax, what the sector's fund may do, with the amounts the rules give), then one
 * list item per scheme with its verdict, the year of its rules and its page, then the closing line.
 */
final class FundingAnswer {

    private final SchemeBook book;

    FundingAnswer(SchemeBook book) {
        this.book = book;
    }

    /**
     * @param repaymentAsked whether the question asks about paying training back: the rule on that comes first
     */
    String write(FundingAdvice advice, boolean repaymentAsked) {
        if (advice.timeOnly() != null) {
            return advice.timeOnly() + "\n\n" + book.general("slot");
        }
        var lead = new LinkedHashSet<SchemeAdvice>();
        if (repaymentAsked) {
            advice.of(Scheme.STUDIEKOSTENBEDING).filter(SchemeAdvice::fits).ifPresent(lead::add);
        }
        advice.of(Scheme.PRAKTIJKLEREN).filter(SchemeAdvice::fits).ifPresent(lead::add);
        advice.of(Scheme.SLIM).ifPresent(lead::add);
        advice.schemes().stream().filter(scheme -> scheme.fits() && scheme.scheme() != Scheme.STUDIEKOSTENBEDING)
                .forEach(lead::add);
        var answer = new StringBuilder(lead.stream().map(SchemeAdvice::statement).collect(Collectors.joining(" ")))
                .append("\n\n");
        for (SchemeAdvice scheme : advice.schemes()) {
            answer.append(item(scheme, lead.contains(scheme))).append('\n');
        }
        return answer.append('\n').append(book.general("slot")).toString();
    }

    /** "- **Werkkostenregeling**: past, regels van 2025. Scholing valt … https://…" */
    private String item(SchemeAdvice scheme, boolean saidAlready) {
        List<String> parts = new ArrayList<>();
        parts.add("- **" + scheme.name() + "**: " + verdict(scheme.verdict()) + ", " + year(scheme.year()) + ".");
        String text = saidAlready ? scheme.condition() : scheme.reason();
        if (text != null) {
            parts.add(text);
        }
        if (scheme.windowNote() != null) {
            parts.add(scheme.windowNote());
        }
        parts.add(scheme.page() != null ? WebLinks.named(scheme.page())
                : book.general("kennisbank", Map.of("artikel", "[" + scheme.name() + "](/kennis/artikel?bron="
                        + scheme.article() + ")")));
        return String.join(" ", parts);
    }

    /** "past", "past misschien", "past niet". */
    String verdict(Verdict verdict) {
        return book.general(switch (verdict) {
            case PAST -> "past";
            case PAST_MISSCHIEN -> "past-misschien";
            case PAST_NIET -> "past-niet";
        });
    }

    /** "regels van 2025", or "regels per fonds" where each fund has its own. */
    String year(@Nullable Integer year) {
        return year == null ? book.general("zonder-jaar") : book.general("jaar", Map.of("jaar", String.valueOf(year)));
    }
}
