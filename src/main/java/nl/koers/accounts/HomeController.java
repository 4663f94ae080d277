package nl.koers.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;


/** The Dutch start page: who you are, who your team is, and how a career conversation runs. */
@Controller
class HomeController {

    private final UserRepository users;

    HomeController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal KoersPrincipal principal, Model model) {
        KoersUser user = principal.user();
        model.addAttribute("user", user);
        model.addAttribute("leader", users.leaderOf(user.id()).orElse(null));
        model.addAttribute("teamMembers",
                user.role() == Role.LEIDINGGEVENDE ? users.teamMembersOf(user.id()) : List.of());
        return "home";
    }
}
