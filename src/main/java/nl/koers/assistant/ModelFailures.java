package nl.koers.assistant;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;
import org.springframework.core.codec.CodecException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.reactive.function.client.WebClientException;

/** Tells a model that is away or misbehaving (expected, and handled by running guided) from a fault in Koers. */
final class ModelFailures {

    private ModelFailures() {
    }

    /** True when the failure, or anything that caused it, is a refused or broken connection, a timeout, an HTTP error or unreadable output. */
    static boolean isExpected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ModelUnavailableException || cause instanceof IOException
                    || cause instanceof TimeoutException || cause instanceof RestClientException
                    || cause instanceof WebClientException || cause instanceof CodecException
                    || cause instanceof TransientAiException || cause instanceof NonTransientAiException
                    || cause instanceof tools.jackson.core.JacksonException
                    || cause instanceof com.fasterxml.jackson.core.JacksonException) {
                return true;
            }
        }
        return false;
    }
}
