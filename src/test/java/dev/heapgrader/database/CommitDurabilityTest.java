package dev.heapgrader.database;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up durability check: it makes H2 write each commit before returning even when an operator's URL
 * forgets {@code WRITE_DELAY=0}, and it judges PostgreSQL's settings as PostgreSQL documents them
 * ({@code synchronous_commit=local} still flushes the local WAL; {@code off} does not).
 */
class CommitDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void anH2UrlWithoutWriteDelayGetsItSetToZero() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        h2.setUser("sa");
        try (Connection held = h2.getConnection()) {
            assertThat(writeDelay(held)).as("H2's own default").isEqualTo("500");

            CommitDurability check = new CommitDurability(h2);

            assertThat(check.settings().writeDelay()).isEqualTo("0");
            assertThat(check.settings().durable()).isTrue();
            assertThat(writeDelay(held)).as("the database-wide setting, seen from another connection").isEqualTo("0");
        }
    }

    @Test
    void theDefaultUrlAlreadyAsksForWriteDelayZero() throws Exception {
        java.util.Properties defaults = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("spring.datasource.url")).contains(";WRITE_DELAY=0");
    }

    @Test
    void postgresIsDurableUnlessFsyncOrSynchronousCommitIsOff() {
        assertThat(new CommitDurability.Settings("PostgreSQL", null, "on", "on").durable()).isTrue();
        assertThat(new CommitDurability.Settings("PostgreSQL", null, "on", "local").durable()).isTrue();
        assertThat(new CommitDurability.Settings("PostgreSQL", null, "on", "off").durable()).isFalse();
        assertThat(new CommitDurability.Settings("PostgreSQL", null, "off", "on").durable()).isFalse();
        assertThat(new CommitDurability.Settings("H2", "500", null, null).durable()).isFalse();
    }

    private static String writeDelay(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            row.next();
            return row.getString(1);
        }
    }
}
