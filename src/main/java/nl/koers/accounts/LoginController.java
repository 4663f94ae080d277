package nl.koers.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final HttpSessionRequestCache PAGES = SecurityConfiguration.pagesToReturnTo();

    @GetMapping("/login")
    String login(Authentication authentication,
            @RequestParam(name = "gepauzeerd", required = false) @Nullable String pausedMinutes,
            @RequestParam(name = "adres", required = false) @Nullable String addressPausedMinutes,
            @RequestParam(name = "wacht", required = false) @Nullable String waitSeconds, HttpServletRequest request,
            Model model) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (pausedMinutes != null) {
            // from the redirect after a paused sign-in; anything else in the link shows the message without a number
            model.addAttribute("pausedMinutes", number(pausedMinutes));
        }
        if (addressPausedMinutes != null) {
            model.addAttribute("addressPausedMinutes", number(addressPausedMinutes));
        }
        if (waitSeconds != null) {
            // a number for the Dutch plural; 0 shows "enkele seconden"
            model.addAttribute("waitSeconds", waitSeconds.matches("[0-9]{1,4}") ? Integer.parseInt(waitSeconds) : 0);
        }
        // sent here on the way to a page: the session ran out or was never there; signing in goes on to that page
        model.addAttribute("returning", PAGES.getRequest(request, null) != null);
        return signedIn ? "redirect:/" : "login";
    }

    private static String number(String fromLink) {
        return fromLink.matches("[0-9]{1,4}") ? fromLink : "enkele";
    }
}
