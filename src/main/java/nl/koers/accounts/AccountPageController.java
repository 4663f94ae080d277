package nl.koers.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.koers.system.PrivacyProperties;
import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/**
 * *Mijn gegevens*: who you are in Koers, your data to download, and your personal API tokens. A new token is shown
 * once, on the page right after it was made, and never again.
 */
@Controller
class AccountPageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", ProblemWriter.DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            ProblemWriter.DUTCH);

    private final UserRepository users;
    private final ApiTokens tokens;
    private final TokenExpiry expiry;
    private final PrivacyProperties privacy;
    private final Clock clock;

    AccountPageController(UserRepository users, ApiTokens tokens, TokenExpiry expiry, PrivacyProperties privacy,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.expiry = expiry;
        this.privacy = privacy;
        this.clock = clock;
    }

    @GetMapping("/mijn-gegevens")
    String page(@AuthenticationPrincipal KoersPrincipal principal, Model model) {
        KoersUser user = principal.user();
        List<Row> rows = tokens.of(user).stream().map(this::row).toList();
        model.addAttribute("user", user);
        model.addAttribute("leader", users.leaderOf(user.id()).map(KoersUser::displayName).orElse(null));
        model.addAttribute("tokens", rows);
        model.addAttribute("tokensLeft", ApiTokens.MAX_PER_PERSON - rows.size());
        model.addAttribute("maxTokens", ApiTokens.MAX_PER_PERSON);
        model.addAttribute("maxName", ApiTokens.MAX_NAME_LENGTH);
        model.addAttribute("tomorrow", clock.instant().atZone(clock.getZone()).toLocalDate().plusDays(1));
        model.addAttribute("retention", privacy.retentionInDutch());
        model.addAttribute("apiExample", ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/me")
                .toUriString());
        return "account";
    }

    @PostMapping("/mijn-gegevens/tokens")
    String create(@AuthenticationPrincipal KoersPrincipal principal, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiresAt, RedirectAttributes next) {
        try {
            ApiTokens.Created created = tokens.create(principal.user(), name, expiry.parse(expiresAt));
            next.addFlashAttribute("created", created);
        } catch (KoersProblem problem) {
            next.addFlashAttribute("problem", problem.getMessage());
            next.addFlashAttribute("typedName", name);
        }
        return "redirect:/mijn-gegevens#tokens";
    }

    @PostMapping("/mijn-gegevens/tokens/{id}/intrekken")
    String revoke(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable long id, RedirectAttributes next) {
        try {
            tokens.revoke(principal.user(), id);
            next.addFlashAttribute("revoked", true);
        } catch (KoersProblem problem) {
            next.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/mijn-gegevens#tokens";
    }

    private Row row(ApiToken token) {
        return new Row(token.id(), token.name(), day(token.createdAt()),
                token.lastUsedAt() == null ? null : MOMENT.format(token.lastUsedAt().atZone(clock.getZone())),
                token.expiresAt() == null ? null : day(token.expiresAt().minusSeconds(1)),
                token.expiredAt(clock.instant()));
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(clock.getZone()));
    }

    /**
     * One token as the page lists it.
     *
     * @param validThrough the last day it works, or null when it does not expire
     */
    record Row(long id, String name, String created, @Nullable String lastUsed, @Nullable String validThrough,
            boolean expired) {
    }
}
