package nl.koers.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/** Who am I: lets scripts and integrations check their credentials and see their role and team leader. */
@RestController
class MeController {

    private final UserRepository users;

    MeController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal KoersPrincipal principal) {
        KoersUser user = principal.user();
        String leader = users.leaderOf(user.id()).map(KoersUser::username).orElse(null);
        return new Me(user.username(), user.displayName(), user.role(), leader);
    }

    record Me(String username, String name, Role role, @Nullable String leader) {
    }
}
