package nl.koers.conversation;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.koers.accounts.KoersPrincipal;
import nl.koers.pop.Pop;
import nl.koers.pop.PopDownloads;
import nl.koers.pop.PopDownloads.Format;

/** The POP of a conversation: JSON, Markdown, PDF and iCalendar; edit with PUT; accept with POST. */
@RestController
@RequestMapping("/api/conversations/{id}")
class PopController {

    private final PopService pops;
    private final PopDownloads downloads;

    PopController(PopService pops, PopDownloads downloads) {
        this.pops = pops;
        this.downloads = downloads;
    }

    @GetMapping(path = "/pop", produces = MediaType.APPLICATION_JSON_VALUE)
    Pop json(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return pops.get(id, principal.user());
    }

    @GetMapping(path = "/pop", produces = "text/markdown")
    ResponseEntity<byte[]> markdown(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return downloads.inline(id, pops.get(id, principal.user()), Format.MARKDOWN);
    }

    @PutMapping(path = "/pop", consumes = MediaType.APPLICATION_JSON_VALUE)
    Pop put(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id, @Valid @RequestBody Pop pop) {
        return pops.put(id, principal.user(), pop);
    }

    @PostMapping("/pop/accept")
    Pop accept(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return pops.accept(id, principal.user());
    }

    @GetMapping("/pop.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return downloads.attachment(id, pops.get(id, principal.user()), Format.PDF);
    }

    @GetMapping("/pop.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return downloads.attachment(id, pops.get(id, principal.user()), Format.CALENDAR);
    }
}
