package nl.koers.assistant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.compiler.STException;
import org.stringtemplate.v4.compiler.STLexer;
import org.stringtemplate.v4.misc.ErrorBuffer;
import org.stringtemplate.v4.misc.STCompiletimeMessage;
import org.stringtemplate.v4.misc.STLexerMessage;
import org.stringtemplate.v4.misc.STMessage;

/**
 * One file of {@code prompts/llm/}, read and checked as StringTemplate reads it (the engine behind Spring AI's
 * {@code PromptTemplate}): everything between braces must be a placeholder {@code {naam}} that the prompt declares,
 * and every declared placeholder must be used. A brace that is text is written {@code \{}. Each mistake names the
 * file and the line (for a brace left open: the line where StringTemplate notices it).
 */
final class PromptFile {

    static final String NOT_A_PLACEHOLDER = "tussen accolades hoort één placeholder zoals {naam};"
            + " een accolade als gewone tekst schrijf je als \\{";

    private record Placeholder(String name, int line) {
    }

    private PromptFile() {
    }

    static String read(Path file, Set<String> declared) {
        if (!Files.isRegularFile(file)) {
            throw problem(file, 0, "het bestand ontbreekt");
        }
        String text;
        try {
            text = String.join("\n", Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalStateException(message(file, 0, "kan niet gelezen worden (is het UTF-8?)"), unreadable);
        }
        if (text.isBlank()) {
            throw problem(file, 0, "het bestand is leeg");
        }
        Set<String> used = new HashSet<>();
        for (Placeholder placeholder : placeholders(file, text)) {
            if (!declared.contains(placeholder.name())) {
                throw problem(file, placeholder.line(), "onbekende placeholder {" + placeholder.name() + "}; mogelijk: "
                        + declared.stream().sorted().map(name -> "{" + name + "}").toList());
            }
            used.add(placeholder.name());
        }
        for (String name : declared) {
            if (!used.contains(name)) {
                throw problem(file, 0, "placeholder {" + name + "} ontbreekt");
            }
        }
        return text.strip();
    }

    /** The expressions between braces, as StringTemplate's lexer finds them; each must be a bare name. */
    private static List<Placeholder> placeholders(Path file, String text) {
        ErrorBuffer errors = new ErrorBuffer();
        STGroup group = new STGroup('{', '}');
        group.setListener(errors);
        TokenStream tokens;
        try {
            tokens = new ST(group, text).impl.tokens;
        } catch (STException invalid) {
            throw problem(file, errors.errors.isEmpty() ? 0 : line(errors.errors.getFirst()), NOT_A_PLACEHOLDER);
        }
        if (!errors.errors.isEmpty()) {
            throw problem(file, line(errors.errors.getFirst()), NOT_A_PLACEHOLDER);
        }
        List<Placeholder> placeholders = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).getType() != STLexer.LDELIM) {
                continue;
            }
            Token name = tokens.get(i + 1);
            if (name.getType() != STLexer.ID || tokens.get(i + 2).getType() != STLexer.RDELIM) {
                throw problem(file, tokens.get(i).getLine(), NOT_A_PLACEHOLDER);
            }
            placeholders.add(new Placeholder(name.getText(), name.getLine()));
        }
        return placeholders;
    }

    private static int line(STMessage error) {
        if (error instanceof STCompiletimeMessage compiling && compiling.token != null) {
            return compiling.token.getLine();
        }
        if (error instanceof STLexerMessage lexing && lexing.cause instanceof RecognitionException recognition) {
            return recognition.line;
        }
        return 0;
    }

    private static IllegalStateException problem(Path file, int line, String what) {
        return new IllegalStateException(message(file, line, what));
    }

    private static String message(Path file, int line, String what) {
        return "Fout in " + file.toString().replace('\\', '/') + (line > 0 ? ", regel " + line : "") + ": " + what;
    }
}
