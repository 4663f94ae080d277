package nl.koers.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes knowledge files for tests: articles, and real PDF and DOCX documents made on the spot. */
final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    static Path article(Path folder, String path, String id, String title, String body) throws IOException {
        return write(folder, path, """
                ---
                id: %s
                titel: %s
                onderwerpen: [test]
                doelgroep: [medewerker, hr]
                bronnen:
                  - https://example.org/bron
                gecontroleerd: 2026-11-22
                ---

                # %s

                %s
                """.formatted(id, title, title, body));
    }

    static Path write(Path folder, String path, String content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path pdf(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path docx(Path folder, String name, String... paragraphs) throws IOException {
        Path file = folder.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
        return file;
    }
}
