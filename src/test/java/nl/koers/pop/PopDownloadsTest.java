package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.koers.pop.PopDownloads.Format;

/** One way to hand out a POP file, for the API and the pages alike: type, name, body and no caching. */
class PopDownloadsTest {

    private static final UUID CONVERSATION = UUID.fromString("5b0c3c2e-8f1d-4a53-9a43-2f4c6f1e7d10");

    private final PdfRenderings renderings = PopTemplates.renderings(new PopDocuments(PopTemplates.html()),
            Duration.ofMinutes(1));
    private final PopDownloads downloads = new PopDownloads(PopTemplates.markdown(),
            new PopDocuments(PopTemplates.html()), renderings);

    @AfterEach
    void stopRenderers() {
        renderings.destroy();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MARKDOWN | text/markdown;charset=UTF-8 | pop-sanne-de-vries.md  | # Persoonlijk ontwikkelingsplan (concept)
            PDF      | application/pdf             | pop-sanne-de-vries.pdf | %PDF-
            CALENDAR | text/calendar;charset=UTF-8 | pop-sanne-de-vries.ics | BEGIN:VCALENDAR
            """)
    void eachFormatIsAFileNamedAfterTheEmployeeThatNoCacheKeeps(Format format, String type, String file, String start) {
        ResponseEntity<byte[]> response = downloads.attachment(CONVERSATION, pop(), format);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(type);
        assertThat(response.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(file);
        assertNotCached(response.getHeaders());
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).startsWith(start);
    }

    @Test
    void theApiCanHaveTheMarkdownAsTheBodyItself() {
        ResponseEntity<byte[]> response = downloads.inline(CONVERSATION, pop(), Format.MARKDOWN);

        assertThat(response.getHeaders().containsHeader(HttpHeaders.CONTENT_DISPOSITION)).isFalse();
        assertThat(response.getHeaders().getContentType()).hasToString("text/markdown;charset=UTF-8");
        assertNotCached(response.getHeaders());
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8))
                .isEqualTo(PopTemplates.markdown().render(pop()));
    }

    @Test
    void theCalendarHoldsOneEventPerReviewOfThisConversation() {
        String calendar = new String(downloads.attachment(CONVERSATION, pop(), Format.CALENDAR).getBody(),
                StandardCharsets.UTF_8);

        assertThat(calendar).contains("UID:" + CONVERSATION + "-2027-03-01", "SUMMARY:Voortgangsgesprek POP Sanne de Vries");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sanne de Vries          | pop-sanne-de-vries.pdf
            '  Jan-Willem  van Dijk ' | pop-jan-willem-van-dijk.pdf
            O'Brien                 | pop-o-brien.pdf
            """)
    void theFileNameIsTheEmployeeInLowerCaseWords(String employee, String expected) {
        assertThat(PopDownloads.fileName(Pop.empty(employee, null, LocalDate.of(2026, 11, 23)), Format.PDF))
                .isEqualTo(expected);
    }

    private static void assertNotCached(HttpHeaders headers) {
        assertThat(headers.getCacheControl()).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(headers.getPragma()).isEqualTo("no-cache");
        assertThat(headers.getFirst(HttpHeaders.EXPIRES)).isEqualTo("0");
    }

    private static Pop pop() {
        return Pop.builder("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23))
                .goals(List.of(Pop.Goal.of("Zelfstandig inkopen", null, null, List.of())))
                .reviews(List.of(LocalDate.of(2027, 3, 1))).build();
    }
}
