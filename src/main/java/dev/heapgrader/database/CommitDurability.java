package dev.heapgrader.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes sure, before the web server takes its first request, that a committed transaction survives the process
 * being killed the moment after: every 201 the API sends is a promise that the submission is stored.
 *
 * <p>H2 (MVStore) keeps commits in memory and writes them out in the background after {@code WRITE_DELAY}
 * milliseconds (500 by default), so a SIGKILL loses the last half second of acknowledged work. With
 * {@code WRITE_DELAY=0} each commit writes its chunk to the file before it returns (H2 2.4's and 2.5's
 * {@code TransactionStore.endTransaction} calls {@code MVStore.commit()} when the auto-commit delay is 0). The
 * setting is not stored in the database file, so it has to be given on every open: the default URL carries it, and
 * this check sets it when an operator's own H2 URL does not. H2 never calls fsync on commit, so this protects
 * against a crash of the process, not of the machine; PostgreSQL is the database for that.
 *
 * <p>PostgreSQL is durable on commit unless the server is configured not to be: {@code fsync=off} or
 * {@code synchronous_commit=off}. The service never changes either; it reports them at start-up, loudly when they
 * could lose acknowledged submissions.
 */
@Component
class CommitDurability {

    private static final Logger LOG = LoggerFactory.getLogger(CommitDurability.class);

    /** What the database said about durability at start-up, for tests and the log. */
    record Settings(String database, String writeDelay, String fsync, String synchronousCommit) {

        boolean durable() {
            return switch (database) {
                case "H2" -> "0".equals(writeDelay);
                case "PostgreSQL" -> "on".equals(fsync) && !"off".equals(synchronousCommit);
                default -> false;
            };
        }
    }

    private final Settings settings;

    CommitDurability(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            this.settings = switch (product) {
                case "H2" -> h2(statement);
                case "PostgreSQL" -> postgres(statement);
                default -> new Settings(product, null, null, null);
            };
        }
        if (settings.durable()) {
            LOG.info("Commits are durable before a response is sent: {}", settings);
        } else {
            LOG.warn("Commits may NOT be durable: acknowledged submissions can be lost in a crash: {}", settings);
        }
    }

    Settings settings() {
        return settings;
    }

    private static Settings h2(Statement statement) throws SQLException {
        String delay = h2WriteDelay(statement).orElse("unknown");
        if (!"0".equals(delay)) {
            LOG.info("H2 WRITE_DELAY was {} ms; setting it to 0 so that a commit is written when it returns", delay);
            statement.execute("SET WRITE_DELAY 0");
            delay = h2WriteDelay(statement).orElse("unknown");
        }
        return new Settings("H2", delay, null, null);
    }

    private static Optional<String> h2WriteDelay(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
        }
    }

    private static Settings postgres(Statement statement) throws SQLException {
        return new Settings("PostgreSQL", null, show(statement, "fsync"), show(statement, "synchronous_commit"));
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
            return row.next() ? row.getString(1).toLowerCase(Locale.ROOT) : "unknown";
        }
    }
}
