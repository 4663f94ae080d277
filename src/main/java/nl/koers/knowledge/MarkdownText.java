package nl.koers.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * Markdown reduced to readable plain text for search chunks: snippets, API answers and the language model see words,
 * not markup. commonmark parses and renders; Koers only chooses the words where commonmark's text renderer writes
 * for other readers: code and link text without quotes, a link's address in brackets after its text, quotes
 * without «», list items with a bullet, table cells separated by a dot, and no line for a thematic break. Blocks
 * that follow each other without a blank line in the source stay on consecutive lines.
 */
final class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String BULLET = "•";

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).postProcessor(MarkdownText::bullets).build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .nodeRendererFactory(Words::new).extensions(EXTENSIONS)
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();

    private MarkdownText() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static String plain(String markdown) {
        List<Node> blocks = new ArrayList<>();
        for (Node block = parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return plain(blocks);
    }

    /** Top-level blocks of one parsed document as text, separated as in the source: by a line or a blank line. */
    static String plain(List<Node> blocks) {
        StringBuilder plain = new StringBuilder();
        int lastLine = -1;
        for (Node block : blocks) {
            String text = RENDERER.render(block).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!plain.isEmpty()) {
                plain.append(firstLine(block) == lastLine + 1 ? "\n" : "\n\n");
            }
            plain.append(text);
            lastLine = lastLine(block);
        }
        return plain.toString();
    }

    private static int firstLine(Node block) {
        return block.getSourceSpans().getFirst().getLineIndex();
    }

    private static int lastLine(Node block) {
        return block.getSourceSpans().getLast().getLineIndex();
    }

    private static Node bullets(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BulletList list) {
                list.setMarker(BULLET);
                visitChildren(list);
            }
        });
        return document;
    }

    /** The nodes whose words differ from commonmark's defaults; every other node is rendered by commonmark. */
    private static final class Words implements NodeRenderer {

        private final TextContentNodeRendererContext context;
        private final TextContentWriter text;

        Words(TextContentNodeRendererContext context) {
            this.context = context;
            this.text = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Code.class, Link.class, Image.class, BlockQuote.class, TableCell.class, ThematicBreak.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case Code code -> text.write(code.getLiteral());
                case Link link -> {
                    children(link);
                    String address = link.getDestination();
                    String words = words(link);
                    if (!address.isEmpty() && !address.equals(words) && !address.equals("mailto:" + words)) {
                        text.write(" (" + address + ")");
                    }
                }
                case TableCell cell -> {
                    children(cell);
                    if (cell.getNext() != null) {
                        text.write(" · ");
                    }
                }
                case ThematicBreak ignored -> {
                }
                default -> children(node);
            }
        }

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }

        private static String words(Node node) {
            StringBuilder words = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    words.append(text.getLiteral());
                }
            });
            return words.toString();
        }
    }
}
