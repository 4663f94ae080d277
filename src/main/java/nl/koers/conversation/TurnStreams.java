package nl.koers.conversation;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.koers.accounts.KoersUser;
import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/**
 * Runs a turn on its own virtual thread and sends its reply as Server-Sent Events, for the API and for the chat
 * page alike. The caller checks input and access first, so those still get a plain answer with a status code.
 */
@Component
class TurnStreams {

    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(TurnStreams.class);

    private final TurnService turns;
    private final ProblemWriter problems;

    TurnStreams(TurnService turns, ProblemWriter problems) {
        this.turns = turns;
        this.problems = problems;
    }

    SseEmitter open(UUID id, KoersUser user, String text, @Nullable String speaker, String path) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        var stream = new TurnStream(emitter);
        Thread.ofVirtual().name("turn-" + id).start(() -> {
            try {
                stream.done(turns.post(id, user, text, speaker, stream::token));
            } catch (KoersProblem problem) {
                stream.error(problems.problem(problem.status(), problem.getMessage(), path));
            } catch (RuntimeException failure) {
                log.error("Streamed turn on {} failed", id, failure);
                HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
                stream.error(problems.problem(status, problems.defaultDetail(status), path));
            }
        });
        return emitter;
    }

    /** A stream that carries only a refusal: for the page, which shows it beside the typed text it keeps. */
    SseEmitter refused(KoersProblem problem, String path) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        new TurnStream(emitter).error(problems.problem(problem.status(), problem.getMessage(), path));
        return emitter;
    }
}
