package dev.heapgrader.api;

import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wrappings a lost connection arrived in during {@code DatabaseOutagePostgresTest}'s cut, which must become
 * 503 and not 500, and errors that are not connection losses.
 */
class ConnectionLossTest {

    @Test
    void aConnectionLostMidTransactionIsRecognisedThroughItsWrappers() {
        assertThat(ConnectionLoss.causedBy(new JpaSystemException(new RuntimeException("Unable to rollback against "
                + "JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(ConnectionLoss.causedBy(new TransactionSystemException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(ConnectionLoss.causedBy(new IllegalStateException(new SocketException("Broken pipe")))).isTrue();
    }

    @Test
    void otherFailuresAreNotConnectionLosses() {
        assertThat(ConnectionLoss.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(ConnectionLoss.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ConnectionLoss.causedBy(new RuntimeException(new EOFException("a file ended")))).isFalse();
    }
}
