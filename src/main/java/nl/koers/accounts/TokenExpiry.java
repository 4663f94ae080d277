package nl.koers.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/**
 * Reads when a token stops working: a date such as {@code 2027-06-30} means through that day in Dutch time (what
 * the page's date field sends), a moment such as {@code 2027-06-30T17:00:00+02:00} means that moment.
 */
@Component
class TokenExpiry {

    private final Clock clock;
    private final ProblemWriter problems;

    TokenExpiry(Clock clock, ProblemWriter problems) {
        this.clock = clock;
        this.problems = problems;
    }

    /** The moment the token stops working, or null for no expiry (absent or blank). */
    @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == "2027-06-30".length()) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw KoersProblem.badRequest(problems.message("token.expiry-unreadable", value));
        }
    }
}
