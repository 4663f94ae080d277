package nl.koers.conversation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.koers.dialogue.DialogueState;
import nl.koers.pop.LegacyPopShape;
import nl.koers.pop.Pop;
import nl.koers.pop.PopChecks;
import nl.koers.pop.PopDraftRepository;
import nl.koers.pop.PopDraftRepository.StoredPop;
import tools.jackson.databind.json.JsonMapper;

/** JSON in and out of the database: the dialogue state and the POP draft with its derived checks. */
@Component
class ConversationStore {

    private final PopDraftRepository pops;
    private final JsonMapper json;

    ConversationStore(PopDraftRepository pops, JsonMapper json) {
        this.pops = pops;
        this.json = json;
    }

    String write(DialogueState state) {
        return json.writeValueAsString(state);
    }

    DialogueState readState(String state) {
        return json.readValue(state, DialogueState.class);
    }

    void savePop(UUID conversation, Pop pop, Instant now) {
        pops.save(conversation, json.writeValueAsString(pop.withDerived(null, null)), now);
    }

    /** Saves a POP that differs from the stored one, which the caller read in its transaction. */
    void replacePop(UUID conversation, Pop pop, Instant now) {
        pops.replace(conversation, json.writeValueAsString(pop.withDerived(null, null)), now);
    }

    /** Saves what a progress review recorded, keeping the akkoord. */
    void saveProgress(UUID conversation, Pop pop, Instant now) {
        pops.saveProgress(conversation, json.writeValueAsString(pop.withDerived(null, null)), now);
    }

    /** Saves only while the stored draft is still version {@code expected}; false when another save came first. */
    boolean savePopIfVersion(UUID conversation, Pop pop, long expected, Instant now) {
        return pops.saveIfVersion(conversation, json.writeValueAsString(pop.withDerived(null, null)), expected, now);
    }

    Optional<Pop> pop(UUID conversation) {
        return pops.find(conversation).map(stored -> read(stored.content()));
    }

    /** The POP as users see it: with its checks and who accepted it when. */
    Optional<Pop> popWithDerived(UUID conversation) {
        return pops.find(conversation).map(this::derived);
    }

    /** A stored POP, in today's shape even when it was stored in an older one. */
    private Pop read(String content) {
        return json.treeToValue(LegacyPopShape.upgrade(json.readTree(content)), Pop.class);
    }

    private Pop derived(StoredPop stored) {
        Pop pop = read(stored.content());
        Pop.Acceptance acceptance = stored.acceptedByEmployeeAt() == null && stored.acceptedByManagerAt() == null ? null
                : new Pop.Acceptance(stored.acceptedByEmployeeAt(), stored.acceptedByManagerAt());
        return pop.withDerived(acceptance, PopChecks.of(pop));
    }
}
