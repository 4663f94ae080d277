package nl.koers.funding;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The advice for one learning action: every scheme with its verdict, best fitting first; or, for learning that costs
 * only time, one short line instead.
 *
 * @param schemes  every scheme, ordered by verdict and then in the order of {@link Scheme}; empty when
 *                 {@code timeOnly} is given
 * @param timeOnly "Hiervoor is geen regeling nodig: …" for learning in the work or from others without costs
 */
public record FundingAdvice(List<SchemeAdvice> schemes, @Nullable String timeOnly) {

    public FundingAdvice {
        schemes = List.copyOf(schemes);
    }

    /** The schemes that fit or may fit, best first. */
    public List<SchemeAdvice> fitting() {
        return schemes.stream().filter(SchemeAdvice::fits).toList();
    }

    /** The advice of one scheme; absent when the action costs only time. */
    public Optional<SchemeAdvice> of(Scheme scheme) {
        return schemes.stream().filter(advice -> advice.scheme() == scheme).findFirst();
    }
}
