package nl.koers.pop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;

import nl.koers.web.UserText;

/**
 * The POP as a printable document: HTML from one Thymeleaf template (the labels of the POP page, values through
 * {@code #labels}, see {@link PopLabelsDialect}), the PDF made from that same HTML (A4, Liberation Sans embedded, so
 * it looks the same on every machine; its charts are inline SVG, drawn by Batik without scripts or anything from
 * outside), and the progress reviews as an iCalendar file for the agenda.
 */
@Component
public class PopDocuments {

    static final String TEMPLATE = "pop/document";
    static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;

    PopDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The POP as printable HTML. Its texts are cleaned again here ({@link UserText}): the PDF renderer reads this as
     * XML and fails on a control character or a lone surrogate, and a POP stored before input was cleaned may hold one.
     */
    public String html(Pop pop) {
        var context = new Context(PopLabels.DUTCH);
        context.setVariable("pop", pop.withTexts(UserText::clean));
        return templates.process(TEMPLATE, context);
    }

    public byte[] pdf(Pop pop) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Italic.ttf"), FONT, 400, FontStyle.ITALIC, true);
            builder.useSVGDrawer(new PdfChartDrawer(FONT, () -> font("LiberationSans-Regular.ttf")));
            builder.withHtmlContent(html(pop), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot render the POP as PDF", failure);
        }
        return out.toByteArray();
    }

    /**
     * One all-day event per progress review, named after the employee, with the goals in the description. A review
     * date outside {@link PopDates} (stored before such dates were refused) is left out.
     */
    public String calendar(UUID conversation, Pop stored) {
        Pop pop = stored.withTexts(UserText::clean);
        var calendar = new ICalendar();
        calendar.setProductId("-//Koers//Persoonlijk ontwikkelingsplan//NL");
        String goals = pop.goals().isEmpty() ? "Nog geen doelen vastgelegd."
                : "Doelen:\n" + String.join("\n", pop.goals().stream().map(goal -> "- " + goal.description()).toList());
        for (LocalDate review : pop.reviews().stream().filter(PopDates::reasonable).toList()) {
            var event = new VEvent();
            event.setUid(conversation + "-" + review);
            event.setSummary("Voortgangsgesprek POP " + pop.employee());
            event.setDescription(goals);
            // biweekly writes a date without time in the JVM's default zone, so the day is made in that zone too
            event.setDateStart(new DateStart(new ICalDate(Date.from(review.atStartOfDay(ZoneId.systemDefault())
                    .toInstant()), false)));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static InputStream font(String file) {
        InputStream stream = PopDocuments.class.getClassLoader().getResourceAsStream("liberation/" + file);
        if (stream == null) {
            throw new IllegalStateException("font " + file + " missing from the classpath");
        }
        return stream;
    }
}
