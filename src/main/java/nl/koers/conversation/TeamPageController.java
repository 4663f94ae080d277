package nl.koers.conversation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.koers.accounts.KoersPrincipal;

/** *Mijn team*: the leader's people at a glance, with the conversations to start from there. */
@Controller
class TeamPageController {

    private final Journey journey;

    TeamPageController(Journey journey) {
        this.journey = journey;
    }

    @GetMapping("/team")
    String team(@AuthenticationPrincipal KoersPrincipal principal, Model model) {
        model.addAttribute("team", journey.team(principal.user()));
        return "team";
    }
}
