package nl.koers.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.DutchText;

/**
 * Something said in the first two phases that a coach would not let pass: wanting to leave, worry that the work
 * changes, no wish to grow, a wish that cannot be met now. Koers asks about it once, with the signal's own question,
 * and stores the answer in {@code field}. Written in {@code vragenbank/signalen.yml}, so an organisation can add its
 * own.
 *
 * @param name     the signal's name, to ask about it once per conversation
 * @param words    the words and word beginnings that give it away ("sollicit" matches "solliciteren")
 * @param alone    the question for an employee preparing alone
 * @param together the question in a one-on-one
 * @param field    where the answer goes in the POP: a text field of the first two phases
 * @param tip      a search question for a knowledge tip that fits the signal, or null
 * @param answers  whether the follow-up answers the question of {@code field} too, so that it is not asked later
 */
public record Signal(String name, List<String> words, String alone, String together, PopField field,
        @Nullable String tip, boolean answers) {

    public Signal {
        words = words.stream().map(word -> " " + DutchText.lowerCase(word.strip())).toList();
    }

    /** An answer as the signals listen to it: lower case, one space before every word. Made once per answer. */
    static String spoken(String answer) {
        return " " + DutchText.lowerCase(answer).replaceAll("[^\\p{L}\\p{N}']++", " ");
    }

    /** Whether the answer, as {@link #spoken}, says it: one of the words, at the start of a word in the answer. */
    boolean heardIn(String spoken) {
        return words.stream().anyMatch(spoken::contains);
    }
}
