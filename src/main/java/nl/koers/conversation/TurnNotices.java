package nl.koers.conversation;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.koers.assistant.Assistant;
import nl.koers.dialogue.QuestionBank;

/** The one-sentence notices of a turn, from the question bank's fixed texts. */
@Component
class TurnNotices {

    private final QuestionBank bank;
    private final Assistant model;

    TurnNotices(QuestionBank bank, Assistant model) {
        this.bank = bank;
        this.model = model;
    }

    /** For a turn that fell back to guided; none while the model never answered yet (it is simply not there). */
    @Nullable String fallback() {
        return model.wasWorking() ? bank.texts().text("melding.terugval") : null;
    }

    String budgetUsed(int perDay) {
        return bank.texts().text("melding.tegoed", Map.of("aantal", String.valueOf(perDay)));
    }

    String busy() {
        return bank.texts().text("melding.bezig");
    }

    String tooMany() {
        return bank.texts().text("melding.te_veel");
    }
}
