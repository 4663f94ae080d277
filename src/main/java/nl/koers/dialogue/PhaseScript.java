package nl.koers.dialogue;

import java.util.List;
import java.util.Map;


/** The questions of one phase, in order, and how the phase is introduced per setting. */
public record PhaseScript(Phase phase, Map<Setting, String> intro, List<Question> questions) {

    public int indexOf(PopField field) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).field() == field) {
                return i;
            }
        }
        return -1;
    }
}
