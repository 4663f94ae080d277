package nl.koers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Plan\\u0000ner          | Planner",
            "a\\u0001b\\u000bc\\u001fd | abcd",
            "a\\u007fb\\u0085c\\u009fd | abcd",
            "een\\r\\ntwee\\rdrie\\n\\rvier | een\\ntwee\\ndrie\\n\\nvier",
            "tab\\tblijft\\nen regel ook | tab\\tblijft\\nen regel ook",
            "los \\ud800 en \\udc00!   | los \\ufffd en \\ufffd!",
            "eind\\ud83d              | eind\\ufffd",
            "a\\ufffeb\\uffffc\\ufdd0d  | abcd",
            "x\\udbff\\udffey          | xy"})
    void removesControlCharactersAndNoncharactersAndReplacesLoneSurrogates(String typed, String stored) {
        assertThat(UserText.clean(unescape(typed))).isEqualTo(unescape(stored));
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        String text = "Één cursus C# à € 1.250,- per jaar; e-mail: sanne@example.nl 😀 — “klaar” in maart\n\t- punt";

        assertThat(UserText.clean(text)).isEqualTo(text);
        assertThat(UserText.clean(null)).isNull();
    }

    @Test
    void aTextOfOnlyControlCharactersBecomesEmpty() {
        assertThat(UserText.clean("\u0000\u0001\u0002")).isEmpty();
    }

    private static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
