package nl.koers.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.koers.knowledge.SourceRef;
import nl.koers.pop.Pop;

/**
 * The dialogue's move after an answer: the reply in the guided wording with the sources of its tips, where the
 * conversation now stands, the POP as it now reads, and what is expected next ({@code null} when nothing is).
 */
public record Step(String reply, List<SourceRef> sources, DialogueState state, Pop pop, Phase phase,
        @Nullable Expecting expecting) {

    public Step {
        sources = List.copyOf(sources);
    }
}
