package nl.koers.pop;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Batik drawing the POP's charts (inline SVG) into the PDF: no scripts and nothing loaded from outside, and the
 * PDF's own font for the charts' text, so a chart reads the same on every machine. Batik takes fonts only once the
 * renderer has handed it the document's font rules, so the font is added there.
 */
final class PdfChartDrawer extends BatikSVGDrawer {

    private final String family;
    private final Supplier<InputStream> font;

    PdfChartDrawer(String family, Supplier<InputStream> font) {
        super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
        this.family = family;
        this.font = font;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
        super.importFontFaceRules(rules, context);
        try {
            addFontStream(font::get, family, 400, FontStyle.NORMAL);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the font for the POP's charts", unreadable);
        } catch (FontFormatException broken) {
            throw new IllegalStateException("the font for the POP's charts is broken", broken);
        }
    }
}
