package nl.koers.dialogue;

import java.util.List;
import java.util.Map;


/** The guided dialogue's script: the questions per phase, the fixed sentences and the signals to follow up. */
public record QuestionBank(Map<Phase, PhaseScript> phases, GuidedTexts texts, List<Signal> signals) {

    public static final List<Phase> ORDER = List.of(Phase.INVENTARISATIE, Phase.VOORSTELLEN, Phase.AFSPRAKEN);

    public PhaseScript phase(Phase phase) {
        PhaseScript script = phases.get(phase);
        if (script == null) {
            throw new IllegalArgumentException("no questions for phase " + phase);
        }
        return script;
    }
}
