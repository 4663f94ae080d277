package nl.koers.pop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The POP as a response in one of its formats, the same for the API ({@code /api/conversations/{id}/pop.pdf}) and
 * the pages ({@code /gesprekken/{id}/pop.pdf}): content type, body, file name and caching. Who may read the POP is
 * checked before; this only writes it. A POP is personal, so no browser or proxy may keep a copy.
 */
@Component
public class PopDownloads {

    /** The formats a POP is downloaded in, with their file extension and content type. */
    public enum Format {
        MARKDOWN("md", "text/markdown;charset=UTF-8"),
        PDF("pdf", MediaType.APPLICATION_PDF_VALUE),
        CALENDAR("ics", "text/calendar;charset=UTF-8");

        private final String extension;
        private final MediaType type;

        Format(String extension, String type) {
            this.extension = extension;
            this.type = MediaType.parseMediaType(type);
        }

        public MediaType type() {
            return type;
        }
    }

    /** What Spring Security writes on its own responses; written here so that a download never depends on it. */
    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    private final PopMarkdown markdown;
    private final PopDocuments documents;
    private final PdfRenderings renderings;

    PopDownloads(PopMarkdown markdown, PopDocuments documents, PdfRenderings renderings) {
        this.markdown = markdown;
        this.documents = documents;
        this.renderings = renderings;
    }

    /** The POP as a file named after the employee: "pop-sanne-de-vries.pdf". */
    public ResponseEntity<byte[]> attachment(UUID conversation, Pop pop, Format format) {
        return response(conversation, pop, format, ContentDisposition.attachment()
                .filename(fileName(pop, format), StandardCharsets.UTF_8).build().toString());
    }

    /** The POP as the body itself, for a client that asked for the format ({@code Accept: text/markdown}). */
    public ResponseEntity<byte[]> inline(UUID conversation, Pop pop, Format format) {
        return response(conversation, pop, format, null);
    }

    private ResponseEntity<byte[]> response(UUID conversation, Pop pop, Format format, @Nullable String disposition) {
        byte[] body = body(conversation, pop, format);
        var response = ResponseEntity.ok().contentType(format.type)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header(HttpHeaders.PRAGMA, "no-cache")
                .header(HttpHeaders.EXPIRES, "0");
        if (disposition != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return response.body(body);
    }

    private byte[] body(UUID conversation, Pop pop, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown.render(pop).getBytes(StandardCharsets.UTF_8);
            case PDF -> renderings.pdf(pop);
            case CALENDAR -> documents.calendar(conversation, pop).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** "pop-sanne-de-vries.pdf". */
    static String fileName(Pop pop, Format format) {
        return "pop-" + pop.employee().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
                + format.extension;
    }
}
