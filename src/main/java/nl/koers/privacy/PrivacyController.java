package nl.koers.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.koers.conversation.AccessLog;
import nl.koers.accounts.KoersPrincipal;
import tools.jackson.databind.json.JsonMapper;

/** The AVG side of the API and the pages: the caller's own data, and who opened their conversations. */
@RestController
class PrivacyController {

    static final int LOG_LINES = 200;

    private final DataExport export;
    private final AccessLog access;
    private final JsonMapper json;

    PrivacyController(DataExport export, AccessLog access, JsonMapper json) {
        this.export = export;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/api/me/export")
    DataExport.Export export(@AuthenticationPrincipal KoersPrincipal principal) {
        return export.of(principal.user());
    }

    @GetMapping("/api/me/access-log")
    List<AccessLog.Entry> accessLog(@AuthenticationPrincipal KoersPrincipal principal) {
        return access.ofOwner(principal.user().id(), LOG_LINES);
    }

    /** The same export as a download, for the page "Mijn gesprekken". */
    @GetMapping("/mijn-gegevens.json")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal KoersPrincipal principal) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(export.of(principal.user()))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("koers-gegevens-" + principal.user().username() + ".json").build().toString())
                .body(body);
    }
}
