package nl.koers.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.koers.accounts.KoersPrincipal;
import nl.koers.accounts.KoersUser;
import nl.koers.dutch.DutchDates;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.PopConstraints;
import nl.koers.web.KoersProblem;

/**
 * The page that edits a POP: every field of every goal and action. A refused edit shows the form again as typed, with
 * every problem in Dutch: what could not be read, and what the API's {@code PUT} refuses too ({@link PopConstraints}).
 */
@Controller
class PopEditController {

    /** Problems listed at once; more are summed up in one line, since a few fixed make the rest clear. */
    static final int SHOWN_PROBLEMS = 10;

    private final PopService pops;
    private final PopConstraints constraints;
    private final DutchDates dates;

    PopEditController(PopService pops, PopConstraints constraints, Clock clock) {
        this.pops = pops;
        this.constraints = constraints;
        this.dates = new DutchDates(clock);
    }

    @GetMapping("/gesprekken/{id}/pop/bewerken")
    String edit(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id, Model model) {
        pops.checkEditable(id, principal.user());
        return page(model, id, PopEditForm.of(pops.get(id, principal.user())), pops.version(id, principal.user()),
                List.of());
    }

    @PostMapping("/gesprekken/{id}/pop/bewerken")
    String save(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> sent, Model model) {
        KoersUser user = principal.user();
        pops.checkEditable(id, user);
        Pop current = pops.get(id, user);
        PopEditForm form = PopEditForm.of(sent, current);
        PopEditForm.Edit edit = form.read(current, dates);
        List<String> problems = new ArrayList<>(edit.problems());
        problems.addAll(constraints.problems(edit.pop(), edit.numbering()));
        Long startedFrom = startedFrom(sent.getFirst("version"));
        if (startedFrom == null) {
            problems.add("Het formulier mist zijn versienummer. Open 'POP aanpassen' opnieuw.");
        }
        if (!problems.isEmpty()) { // still from the version it was opened at: a change meanwhile is still noticed
            return page(model, id, form, startedFrom != null ? startedFrom : pops.version(id, user), problems);
        }
        try {
            pops.put(id, user, edit.pop(), startedFrom);
        } catch (KoersProblem refused) {
            if (refused.status().value() != 400 && refused.status().value() != 409) {
                throw refused;
            }
            // after a change meanwhile, saving again keeps this version: the message says so
            return page(model, id, form, pops.version(id, user), List.of(refused.getMessage()));
        }
        return "redirect:/gesprekken/" + id + "/pop?opgeslagen";
    }

    private static String page(Model model, UUID id, PopEditForm form, long version, List<String> problems) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("problems", shown(problems));
        model.addAttribute("learningForms", LearningForm.values());
        return "conversation/pop-edit";
    }

    /** The first problems, and a line that says how many more there are. */
    private static List<String> shown(List<String> problems) {
        if (problems.size() <= SHOWN_PROBLEMS) {
            return problems;
        }
        List<String> first = new ArrayList<>(problems.subList(0, SHOWN_PROBLEMS));
        int more = problems.size() - SHOWN_PROBLEMS;
        first.add("En nog " + more + (more == 1 ? " ander punt." : " andere punten."));
        return first;
    }

    /** The version of the POP the form was opened at, or null when the form does not say. */
    private static @Nullable Long startedFrom(@Nullable String version) {
        try {
            return Long.parseLong(Objects.requireNonNullElse(version, "").strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
