package dev.heapgrader.api;

import org.hibernate.TransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a transaction whose commit the database refused, however Spring wraps it ({@code JpaSystemException:
 * Unable to commit against JDBC Connection}, {@code TransactionSystemException}). Nothing of such a transaction was
 * stored, so the client may send the request again: a 503 with {@code Retry-After}, not a 500. Measured under
 * 460 submissions/s on the embedded H2 2.4.240: about 2 commits in 100,000 fail inside H2's MVStore ("Position 0",
 * a race among concurrent commits), where PostgreSQL shows none.
 */
final class FailedCommit {

    private static final int MAX_DEPTH = 20;

    private FailedCommit() {
    }

    static boolean causedBy(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof TransactionException || cause instanceof TransactionSystemException) {
                return true;
            }
        }
        return false;
    }
}
