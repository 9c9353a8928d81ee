package dev.heapgrader.api;

import org.hibernate.exception.JDBCConnectionException;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that comes from losing the database connection, however Spring and Hibernate wrap it: a
 * connection cut in the middle of a transaction surfaces as {@code JpaSystemException: Unable to rollback} or
 * {@code TransactionSystemException}, neither of which Spring classifies as a resource failure. SQLSTATE class
 * {@code 08} is "connection exception" in SQL:2016 and in PostgreSQL's error codes.
 */
final class ConnectionLoss {

    private static final int MAX_DEPTH = 20;

    private ConnectionLoss() {
    }

    static boolean causedBy(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
