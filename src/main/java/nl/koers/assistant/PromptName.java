package nl.koers.assistant;

import java.util.Set;

/** The prompts in {@code prompts/llm/}, each with the placeholders it must use. */
public enum PromptName {
    /** The role and rules, for every conversation turn. */
    SYSTEEM("systeem.st", Set.of("gesprekstype", "fase")),
    /** Phrasing the engine's next question naturally. */
    FORMULEREN("formuleren.st", Set.of("concept", "antwoord")),
    /** Reading the answer to one question as JSON. */
    EXTRACTIE("extractie.st", Set.of("vraag", "veld", "antwoord", "vandaag")),
    /** Writing the POP texts from what was collected. */
    POP_SCHRIJVEN("pop-schrijven.st", Set.of("pop")),
    /** Answering a question from the knowledge base, with citations. */
    BEANTWOORDEN("beantwoorden.st", Set.of("bronnen", "vraag"));

    private final String file;
    private final Set<String> placeholders;

    PromptName(String file, Set<String> placeholders) {
        this.file = file;
        this.placeholders = placeholders;
    }

    public String file() {
        return file;
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
