package nl.koers.conversation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.koers.accounts.KoersPrincipal;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;
import nl.koers.conversation.ConversationViews.Detail;
import nl.koers.dialogue.ConversationType;
import nl.koers.pop.PopDownloads.Format;
import nl.koers.pop.PopDownloads;
import nl.koers.system.PrivacyProperties;
import nl.koers.web.KoersProblem;

/** The conversation pages: my conversations, the chat with its live POP, and the POP page with its exports. */
@Controller
class ConversationPageController {

    private final ConversationService conversations;
    private final ConversationAccess policy;
    private final TurnService turns;
    private final TurnStreams streams;
    private final PopService pops;
    private final PopDownloads downloads;
    private final UserRepository users;
    private final AccessLog access;
    private final PrivacyProperties privacy;
    private final java.time.Clock clock;

    /** Conversations per page of "Mijn gesprekken". */
    static final int PAGE_SIZE = 20;

    /** The access log lines on "Mijn gesprekken"; the whole log is in the data export. */
    static final int ACCESS_LINES = 50;

    static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    ConversationPageController(ConversationService conversations, ConversationAccess policy, TurnService turns,
            TurnStreams streams,
            PopService pops, PopDownloads downloads, UserRepository users, AccessLog access, PrivacyProperties privacy,
            java.time.Clock clock) {
        this.downloads = downloads;
        this.access = access;
        this.privacy = privacy;
        this.streams = streams;
        this.clock = clock;
        this.conversations = conversations;
        this.policy = policy;
        this.turns = turns;
        this.pops = pops;
        this.users = users;
    }

    @GetMapping("/gesprekken")
    String list(@AuthenticationPrincipal KoersPrincipal principal,
            @RequestParam(name = "pagina", required = false) @Nullable String pageNumber, Model model) {
        KoersUser user = principal.user();
        var page = conversations.page(user, pageNumber(pageNumber), PAGE_SIZE);
        var list = page.conversations();
        model.addAttribute("page", page);
        model.addAttribute("conversations", list);
        model.addAttribute("dates", list.stream().collect(java.util.stream.Collectors.toMap(
                ConversationViews.Summary::id, c -> DATE.format(c.updatedAt().atZone(clock.getZone())))));
        model.addAttribute("me", user.username());
        model.addAttribute("hasLeader", users.leaderOf(user.id()).isPresent());
        var openedByOthers = access.ofOwner(user.id(), ACCESS_LINES);
        model.addAttribute("openedByOthers", openedByOthers);
        model.addAttribute("retention", privacy.retentionInDutch());
        model.addAttribute("openedAt", openedByOthers.stream().map(line -> DATE.format(line.at().atZone(clock.getZone())))
                .toList());
        return "conversation/list";
    }

    /** A page number from the link; anything that is not one shows the first page. */
    private static int pageNumber(@Nullable String pagina) {
        if (pagina == null || !pagina.strip().matches("[0-9]{1,9}")) {
            return 1;
        }
        return Integer.parseInt(pagina.strip());
    }

    /**
     * Starts a conversation from a form. A new preparation while an unfinished one exists first asks whether to go
     * on with that one ({@code nieuw} says a new one is wanted anyway).
     */
    @PostMapping("/gesprekken")
    String start(@AuthenticationPrincipal KoersPrincipal principal, @RequestParam("type") ConversationType type,
            @RequestParam(name = "employee", required = false) @Nullable String employee,
            @RequestParam(name = "pop", required = false) @Nullable String pop,
            @RequestParam(name = "nieuw", required = false) @Nullable String anew, RedirectAttributes redirect) {
        if (type == ConversationType.VOORBEREIDING && anew == null
                && conversations.unfinishedPreparation(principal.user(), employee).isPresent()) {
            redirect.addAttribute("employee", employee == null ? "" : employee);
            return "redirect:/gesprekken/nieuw";
        }
        Detail started = conversations.start(principal.user(), type, employee, pop);
        return "redirect:/gesprekken/" + started.id();
    }

    /** "Je hebt al een voorbereiding die nog niet af is": go on with it, or start a new one anyway. */
    @GetMapping("/gesprekken/nieuw")
    String unfinished(@AuthenticationPrincipal KoersPrincipal principal,
            @RequestParam(name = "employee", required = false) @Nullable String employee, Model model) {
        String about = employee == null || employee.isBlank() ? null : employee;
        var found = conversations.unfinishedPreparation(principal.user(), about);
        if (found.isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("unfinished", found.get());
        model.addAttribute("employee", about);
        model.addAttribute("startedOn", DATE.format(found.get().updatedAt().atZone(clock.getZone())));
        return "conversation/unfinished";
    }

    @GetMapping("/gesprekken/{id}")
    String chat(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id, Model model) {
        ConversationService.Opened opened = conversations.open(id, principal.user());
        model.addAttribute("conversation", opened.detail());
        model.addAttribute("me", principal.user().username());
        var preparation = opened.detail().preparation();
        model.addAttribute("preparedOn", preparation == null || preparation.sharedAt() == null ? null
                : nl.koers.pop.PopLabels.date(preparation.sharedAt().atZone(clock.getZone()).toLocalDate()));
        model.addAttribute("editable", opened.access().turns());
        model.addAttribute("progress", opened.progress());
        return "conversation/chat";
    }

    /**
     * A turn from the form. A plain form post is answered with a redirect to the chat; a post by htmx (the command
     * buttons) gets the changed parts of the page. A refused turn keeps the typed text and says why.
     */
    @PostMapping("/gesprekken/{id}/bericht")
    String post(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id,
            @RequestParam(name = "text", required = false) @Nullable String typed,
            @RequestParam(name = "keuze", required = false) @Nullable String choice,
            @RequestParam(name = "speaker", required = false) @Nullable String speaker,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            RedirectAttributes flash) {
        String text = said(typed, choice);
        @Nullable String notice = null;
        @Nullable String error = null;
        try {
            notice = turns.post(id, principal.user(), ConversationController.validText(text), speaker).notice();
        } catch (KoersProblem refused) {
            if (!shownOnThePage(refused)) {
                throw refused;
            }
            error = refused.getMessage();
        }
        if (htmx != null) {
            model.addAttribute("notice", notice);
            model.addAttribute("error", error);
            return live(principal, id, model);
        }
        flash.addFlashAttribute("notice", notice);
        flash.addFlashAttribute("error", error);
        flash.addFlashAttribute("draft", error != null ? text : choice != null ? typed : null);
        return "redirect:/gesprekken/" + id + "#laatste";
    }

    /**
     * The same turn for the chat script, as Server-Sent Events: the reply streams in as the model writes it. Someone
     * else's conversation still answers 404; a refused turn is an {@code error} event the page shows.
     */
    @PostMapping(path = "/gesprekken/{id}/bericht/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id,
            @RequestParam(name = "text", required = false) @Nullable String typed,
            @RequestParam(name = "keuze", required = false) @Nullable String choice,
            @RequestParam(name = "speaker", required = false) @Nullable String speaker) {
        String text = said(typed, choice);
        String path = "/gesprekken/" + id + "/bericht/stream";
        Conversation conversation = policy.editable(id, principal.user());
        try {
            policy.speaker(conversation, principal.user(), speaker);
            return streams.open(id, principal.user(), ConversationController.validText(text), speaker, path);
        } catch (KoersProblem refused) {
            return streams.refused(refused, path);
        }
    }

    /**
     * What was said: a quick reply's choice ({@code keuze}, the button pressed) when there is one, else the typed
     * text. Text typed before a quick reply was pressed stays in the box.
     */
    private static @Nullable String said(@Nullable String typed, @Nullable String choice) {
        return choice != null && !choice.isBlank() ? choice : typed;
    }

    /** The parts of the chat that change with a turn: steps, notices, messages and the POP preview. */
    @GetMapping("/gesprekken/{id}/live")
    String live(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id, Model model) {
        chat(principal, id, model);
        return "conversation/chat :: live";
    }

    /** Refusals about the text or the moment; a missing or forbidden conversation stays an error page. */
    private static boolean shownOnThePage(KoersProblem refused) {
        int status = refused.status().value();
        return refused.status().is4xxClientError() && status != 404 && status != 403;
    }

    @PostMapping("/gesprekken/{id}/delen")
    String share(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id,
            @RequestParam(name = "delen") boolean share) {
        conversations.share(id, principal.user(), share);
        return "redirect:/gesprekken?" + (share ? "gedeeld" : "nietGedeeld");
    }

    @GetMapping("/gesprekken/{id}/verwijderen")
    String confirmDelete(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id, Model model) {
        model.addAttribute("conversation", conversations.getOwned(id, principal.user()));
        return "conversation/delete";
    }

    @PostMapping("/gesprekken/{id}/verwijderen")
    String delete(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        conversations.delete(id, principal.user());
        return "redirect:/gesprekken?verwijderd";
    }

    /** The POP page; for a leader who sees only the POP of a one-on-one, without the way back to its messages. */
    @GetMapping("/gesprekken/{id}/pop")
    String pop(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id, Model model) {
        PopService.Opened opened = pops.open(id, principal.user());
        model.addAttribute("id", id);
        model.addAttribute("pop", opened.pop());
        model.addAttribute("chat", opened.access().messages());
        model.addAttribute("editable", opened.access().editPop());
        model.addAttribute("mayAccept", opened.access().editPop() && !opened.acceptedByCaller());
        model.addAttribute("mayReview", conversations.mayReview(id, principal.user()));
        return "conversation/pop";
    }

    @PostMapping("/gesprekken/{id}/pop/akkoord")
    String accept(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        pops.accept(id, principal.user());
        return "redirect:/gesprekken/" + id + "/pop?akkoord";
    }

    @GetMapping("/gesprekken/{id}/pop.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return downloads.attachment(id, pops.get(id, principal.user()), Format.PDF);
    }

    @GetMapping("/gesprekken/{id}/pop.md")
    ResponseEntity<byte[]> markdown(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return downloads.attachment(id, pops.get(id, principal.user()), Format.MARKDOWN);
    }

    @GetMapping("/gesprekken/{id}/pop.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return downloads.attachment(id, pops.get(id, principal.user()), Format.CALENDAR);
    }
}
