package nl.koers.assistant;

/** The model did not give a usable answer: unreachable, an error, too slow, or output that does not fit. */
public class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ModelUnavailableException(String reason) {
        super(reason);
    }
}
