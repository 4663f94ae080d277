package nl.koers.conversation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.koers.accounts.KoersPrincipal;
import nl.koers.accounts.KoersUser;
import nl.koers.conversation.ConversationViews.Detail;
import nl.koers.conversation.ConversationViews.Summary;
import nl.koers.conversation.ConversationViews.TurnReply;
import nl.koers.dialogue.Agenda;
import nl.koers.dialogue.ConversationType;
import nl.koers.web.KoersProblem;
import nl.koers.web.UserText;

/** The conversation API of the HTTP contract. */
@RestController
@RequestMapping("/api/conversations")
class ConversationController {

    static final int MAX_MESSAGE = 4000;

    private final ConversationService conversations;
    private final ConversationAccess access;
    private final TurnService turns;
    private final TurnStreams streams;

    ConversationController(ConversationService conversations, ConversationAccess access, TurnService turns,
            TurnStreams streams) {
        this.conversations = conversations;
        this.access = access;
        this.turns = turns;
        this.streams = streams;
    }

    record StartRequest(@Nullable ConversationType type, @Nullable String employee, @Nullable String pop) {
    }

    record MessageRequest(@Nullable String text, @Nullable String speaker) {
    }

    @PostMapping
    ResponseEntity<Detail> start(@AuthenticationPrincipal KoersPrincipal principal, @RequestBody StartRequest request) {
        if (request.type() == null) {
            throw KoersProblem.badRequest("Kies het soort gesprek in het veld 'type': VOORBEREIDING, GESPREK, VRAAG of"
                    + " VOORTGANG.");
        }
        Detail created = conversations.start(principal.user(), request.type(), request.employee(), request.pop());
        return ResponseEntity.created(URI.create("/api/conversations/" + created.id())).body(created);
    }

    @GetMapping
    List<Summary> list(@AuthenticationPrincipal KoersPrincipal principal) {
        return conversations.list(principal.user());
    }

    @GetMapping("/{id}")
    Detail get(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return conversations.get(id, principal.user());
    }

    /** Where the two preparations of a one-on-one differ, or only one answered: the same for both people. */
    @GetMapping("/{id}/agenda")
    List<Agenda.Item> agenda(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        return conversations.agenda(id, principal.user());
    }

    @PostMapping("/{id}/messages")
    TurnReply post(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id,
            @RequestBody MessageRequest request) {
        return turns.post(id, principal.user(), validText(request.text()), request.speaker());
    }

    /**
     * The same turn as {@code /messages}, as Server-Sent Events. Input and access are checked before the stream
     * opens, so a wrong id or text still gets a plain problem+json answer.
     */
    @PostMapping(path = "/{id}/messages/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id,
            @RequestBody MessageRequest request) {
        String text = validText(request.text());
        KoersUser user = principal.user();
        access.speaker(access.editable(id, user), user, request.speaker());
        return streams.open(id, user, text, request.speaker(), "/api/conversations/" + id + "/messages/stream");
    }

    @PostMapping("/{id}/share")
    ResponseEntity<Void> share(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        conversations.share(id, principal.user(), true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/share")
    ResponseEntity<Void> unshare(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        conversations.share(id, principal.user(), false);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal KoersPrincipal principal, @PathVariable UUID id) {
        conversations.delete(id, principal.user());
        return ResponseEntity.noContent().build();
    }

    /** 1 to 4,000 characters after cleaning ({@link UserText}) and trimming. */
    static String validText(@Nullable String text) {
        String trimmed = text == null ? "" : UserText.clean(text).strip();
        if (trimmed.isEmpty()) {
            throw KoersProblem.badRequest("Je bericht is leeg. Typ een antwoord of vraag in het veld 'text'.");
        }
        // Characters as people count them: an emoji is one, though Java stores it as two chars.
        int characters = trimmed.codePointCount(0, trimmed.length());
        if (characters > MAX_MESSAGE) {
            throw KoersProblem.badRequest("Je bericht is te lang: hoogstens " + MAX_MESSAGE + " tekens, dit zijn er "
                    + characters + ".");
        }
        return trimmed;
    }
}
