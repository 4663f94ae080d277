package nl.koers.conversation;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.koers.accounts.KoersPrincipal;

/** {@code GET /api/team}: the leader's people and the state of their plans. */
@RestController
class TeamController {

    private final Journey journey;

    TeamController(Journey journey) {
        this.journey = journey;
    }

    @GetMapping("/api/team")
    List<Journey.Member> team(@AuthenticationPrincipal KoersPrincipal principal) {
        return journey.team(principal.user());
    }
}
