package nl.koers.conversation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.koers.accounts.KoersPrincipal;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;
import nl.koers.pop.PopLabels;


/**
 * The Dutch start page: where you are (conversations to continue, a shared preparation waiting, a progress review
 * due), what you can start, who your team is, and how a career conversation runs.
 */
@Controller
class HomeController {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final UserRepository users;
    private final Journey journey;
    private final Clock clock;

    HomeController(UserRepository users, Journey journey, Clock clock) {
        this.users = users;
        this.journey = journey;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal KoersPrincipal principal, Model model) {
        KoersUser user = principal.user();
        model.addAttribute("user", user);
        model.addAttribute("leader", users.leaderOf(user.id()).orElse(null));
        model.addAttribute("teamMembers",
                user.role() == Role.LEIDINGGEVENDE ? users.teamMembersOf(user.id()) : List.of());
        Journey.Start where = journey.start(user);
        model.addAttribute("journey", where);
        model.addAttribute("updated", where.ongoing().stream()
                .map(ongoing -> UPDATED.format(ongoing.updatedAt().atZone(clock.getZone()))).toList());
        model.addAttribute("sharedOn", where.waiting().stream()
                .map(waiting -> PopLabels.date(waiting.sharedAt().atZone(clock.getZone()).toLocalDate())).toList());
        return "home";
    }
}
