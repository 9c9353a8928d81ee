package dev.heapgrader.cli;

/**
 * A source file named on the command line could not be read; the message is the one line shown to the user, so the
 * exception carries no stack trace.
 */
final class UnreadableSourceException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableSourceException(String message) {
        super(message, null, false, false);
    }
}
