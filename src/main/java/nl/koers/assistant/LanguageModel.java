package nl.koers.assistant;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one path to the language model (Spring AI's Ollama chat model), guarded: nothing is sent while the
 * {@link ModelCircuit} is open; any failure (no connection, an HTTP error, too slow, a stream that breaks off or
 * cannot be read, an empty answer) opens it and becomes a {@link ModelUnavailableException}, which the caller
 * answers by running the turn guided.
 * <p>
 * The chat model (and with it its HTTP clients, Reactor Netty among them) is made on the first call, not at start:
 * a Koers that never talks to a model, or not yet, does not pay for loading it.
 */
@Component
public class LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(LanguageModel.class);

    private final Supplier<OllamaChatModel> source;
    private final ModelCircuit circuit;
    private final LlmProperties properties;
    private volatile @Nullable OllamaChatModel chat;

    @Autowired
    LanguageModel(ObjectProvider<OllamaChatModel> chat, ModelCircuit circuit, LlmProperties properties) {
        this((Supplier<OllamaChatModel>) chat::getObject, circuit, properties);
    }

    LanguageModel(Supplier<OllamaChatModel> chat, ModelCircuit circuit, LlmProperties properties) {
        this.source = chat;
        this.circuit = circuit;
        this.properties = properties;
    }

    /** The chat model, made on first use. */
    private OllamaChatModel chat() {
        OllamaChatModel model = chat;
        if (model == null) {
            model = source.get();
            chat = model;
        }
        return model;
    }

    /** Per-call options start from the configured model and temperature; a bare builder would pick its own model. */
    private OllamaChatOptions defaults() {
        return chat().getOptions();
    }

    /** Whether the model has answered since Koers started. */
    public boolean hasAnswered() {
        return circuit.hasAnswered();
    }

    /** Whether this turn may use the model. */
    public boolean available() {
        return circuit.allowsAttempt();
    }

    /** A complete answer as JSON that follows the schema (Ollama's structured output). */
    public String json(String system, String user, Map<String, Object> schema) {
        return guarded("structured output", () -> text(chat().call(new Prompt(
                List.of(new SystemMessage(system), new UserMessage(user)), defaults().mutate().format(schema).build()))));
    }

    /** A complete answer as text. */
    public String text(String system, String user) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(system), new UserMessage(user)));
        return guarded("answer", () -> text(chat().call(prompt)));
    }

    /**
     * Streams an answer, handing each piece to {@code tokens} as it arrives, and returns the whole text. Fails when
     * the first words take longer than the first-token timeout, a pause between pieces is as long, the whole takes
     * longer than the total timeout, or the stream ends without Ollama's closing message.
     */
    public String stream(String system, String user, Consumer<String> tokens) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(system), new UserMessage(user)));
        return guarded("stream", () -> {
            Duration first = properties.firstTokenTimeout();
            long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
            Flux<ChatResponse> responses = chat().stream(prompt).timeout(Mono.delay(first), response -> Mono.delay(first));
            StringBuilder text = new StringBuilder();
            boolean finished = false;
            // Closing the stream cancels the request, also when Koers stops reading early (too slow, a client gone).
            try (Stream<ChatResponse> pieces = responses.toStream()) {
                for (Iterator<ChatResponse> next = pieces.iterator(); next.hasNext(); ) {
                    ChatResponse response = next.next();
                    if (System.nanoTime() > deadline) {
                        throw new ModelUnavailableException("the answer took longer than " + properties.totalTimeout());
                    }
                    String piece = piece(response);
                    if (!piece.isEmpty()) {
                        text.append(piece);
                        tokens.accept(piece);
                    }
                    finished |= isLast(response);
                }
            }
            if (!finished) {
                throw new ModelUnavailableException("the stream ended before the model said it was done");
            }
            return text.toString();
        });
    }

    private String guarded(String what, Supplier<String> call) {
        if (!circuit.allowsAttempt()) {
            throw new ModelUnavailableException("the model is paused after an earlier failure: " + circuit.lastFailure());
        }
        try {
            String answer = call.get();
            if (answer == null || answer.isBlank()) {
                throw new ModelUnavailableException("the model gave an empty " + what);
            }
            if (circuit.succeeded()) {
                log.info("Taalmodel antwoordt weer; beurten gebruiken het model opnieuw.");
            }
            return answer;
        } catch (RuntimeException failure) {
            String reason = reason(failure);
            boolean first = circuit.failed(reason);
            logFailure(what, reason, failure, first);
            throw failure instanceof ModelUnavailableException unavailable ? unavailable
                    : new ModelUnavailableException(reason, failure);
        }
    }

    /**
     * A model that is away (refused, timed out, an HTTP error, output that cannot be read) is one WARN line when it
     * first fails and quiet while it stays away; anything else is a fault in Koers and logged with its stack trace.
     */
    private static void logFailure(String what, String reason, RuntimeException failure, boolean first) {
        if (!ModelFailures.isExpected(failure)) {
            log.error("Onverwachte fout bij het taalmodel ({}); deze beurt gaat begeleid.", what, failure);
        } else if (first) {
            log.warn("Taalmodel niet bruikbaar ({}): {}; Koers gaat begeleid verder en probeert het later opnieuw.",
                    what, reason);
        } else {
            log.debug("Taalmodel nog niet bruikbaar ({}): {}", what, reason);
        }
    }

    private static String text(@Nullable ChatResponse response) {
        return response == null || response.getResult() == null ? "" : nullToEmpty(response.getResult().getOutput().getText());
    }

    private static String piece(ChatResponse response) {
        return response.getResult() == null ? "" : nullToEmpty(response.getResult().getOutput().getText());
    }

    private static boolean isLast(ChatResponse response) {
        if (response.getResult() == null || response.getResult().getMetadata() == null) {
            return false;
        }
        String reason = response.getResult().getMetadata().getFinishReason();
        return reason != null && !reason.isBlank();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
