package nl.koers.conversation;

import java.io.IOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A turn's reply as Server-Sent Events: {@code token} events with pieces of text as they are written, then one
 * {@code done} event with the reply JSON, or an {@code error} event with a problem document. When the client has
 * gone, sending stops quietly; the turn itself goes on and is stored.
 */
final class TurnStream {

    private final SseEmitter emitter;
    private volatile boolean gone;

    TurnStream(SseEmitter emitter) {
        this.emitter = emitter;
        emitter.onError(failure -> gone = true);
        emitter.onTimeout(() -> gone = true);
    }

    void token(String text) {
        send("token", Map.of("text", text));
    }

    void done(Object reply) {
        send("done", reply);
        complete();
    }

    void error(Object problem) {
        send("error", problem);
        complete();
    }

    boolean clientGone() {
        return gone;
    }

    private void send(String event, @Nullable Object data) {
        if (gone) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException clientLeft) {
            gone = true;
        }
    }

    private void complete() {
        if (!gone) {
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyDone) {
                gone = true;
            }
        }
    }
}
