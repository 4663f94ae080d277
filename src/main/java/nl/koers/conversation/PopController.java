package nl.koers.conversation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import nl.koers.pop.Pop;
import nl.koers.pop.PdfRenderings;
import nl.koers.pop.PopDocuments;
import nl.koers.pop.PopMarkdown;
import nl.koers.accounts.KoersPrincipal;

/** The POP of a conversation: JSON, Markdown, PDF and iCalendar; edit with PUT; accept with POST. */
@RestController
@RequestMapping("/api/conversations/{id}")
class PopController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PopService pops;
    private final PopDocuments documents;
    private final PdfRenderings renderings;
    private final PopMarkdown markdown;

    PopController(PopService pops, PopDocuments documents, PdfRenderings renderings, PopMarkdown markdown) {
        this.pops = pops;
        this.documents = documents;
        this.renderings = renderings;
        this.markdown = markdown;
    }

    @GetMapping(path = "/pop", produces = MediaType.APPLICATION_JSON_VALUE)
    Pop json(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return pops.get(id, principal.user());
    }

    @GetMapping(path = "/pop", produces = "text/markdown")
    ResponseEntity<String> markdown(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(markdown.render(pops.get(id, principal.user())));
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
        Pop pop = pops.get(id, principal.user());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(pop, "pdf"))
                .body(renderings.pdf(pop));
    }

    @GetMapping("/pop.ics")
    ResponseEntity<String> calendar(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        Pop pop = pops.get(id, principal.user());
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(pop, "ics"))
                .body(documents.calendar(id, pop));
    }

    private static String attachment(Pop pop, String extension) {
        return ContentDisposition.attachment().filename(fileName(pop, extension), StandardCharsets.UTF_8).build()
                .toString();
    }

    /** "pop-sanne-de-vries.pdf". */
    static String fileName(Pop pop, String extension) {
        return "pop-" + pop.employee().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
                + extension;
    }
}
