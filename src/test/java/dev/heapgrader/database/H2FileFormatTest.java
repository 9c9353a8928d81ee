package dev.heapgrader.database;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory that the service left on an older H2 opens with the H2 on the classpath and reads back the same
 * rows, so that upgrading H2 never strands an instructor's database. H2 refuses a file whose format it does not read
 * ({@code FileStore.processCommonHeaderAttributes}: "The write format N is smaller than the supported format M", as
 * between 2.1 and 2.2); the way across such a change is an export with the old jar's {@code SCRIPT} and an import
 * with the new one's {@code RUNSCRIPT} (docs/operations.md).
 *
 * <p>The fixture is the file of a service that ran on H2 2.4.240 (its demo course and 80 load-benchmark
 * submissions), closed by 2.4.240 with {@code SHUTDOWN COMPACT}; the CSV beside it is what 2.4.240 itself read from
 * that file with {@code CSVWRITE} and {@link #ROWS}.
 */
class H2FileFormatTest {

    private static final String WRITTEN_BY = "h2/written-by-h2-2.4.240";

    /** Every submission with each of its grades, as the fixture's CSV was written. */
    private static final String ROWS = "SELECT s.id, s.exercise_id, s.python_version, s.source, s.received_at, "
            + "g.score, g.final_score FROM submission s JOIN grade g ON g.submission_id = s.id ORDER BY s.id, g.id";

    @TempDir
    Path dir;

    @Test
    void aDataDirectoryWrittenByTheOlderH2ReadsBackWhatThatH2Read() throws IOException, SQLException {
        JdbcDataSource h2 = dataDirectoryFromFixture();
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            List<List<String>> read = rows(statement.executeQuery(ROWS));
            List<List<String>> expected = rows(statement.executeQuery(
                    "SELECT * FROM CSVREAD('" + dir.resolve("expected.csv") + "')"));

            assertThat(read).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void theFileStillOpensAfterTheCurrentH2HasWrittenToItAndClosedIt() throws IOException, SQLException {
        JdbcDataSource h2 = dataDirectoryFromFixture();
        List<List<String>> before;
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            before = rows(statement.executeQuery(ROWS));
            statement.execute("CREATE TABLE written_after_upgrade(id INT PRIMARY KEY)");
            statement.execute("INSERT INTO written_after_upgrade SELECT * FROM SYSTEM_RANGE(1, 500)");
            statement.execute("SHUTDOWN");
        }
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(rows(statement.executeQuery(ROWS))).isEqualTo(before);
            assertThat(rows(statement.executeQuery("SELECT COUNT(*) FROM written_after_upgrade")))
                    .containsExactly(List.of("500"));
        }
    }

    /** The fixture copied into a fresh data directory, opened with the service's own URL options. */
    private JdbcDataSource dataDirectoryFromFixture() throws IOException {
        copy(WRITTEN_BY + ".mv.db", dir.resolve("heapgrader.mv.db"));
        copy(WRITTEN_BY + ".csv", dir.resolve("expected.csv"));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("heapgrader")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        h2.setUser("sa");
        return h2;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = H2FileFormatTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
    }

    private static List<List<String>> rows(ResultSet result) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                row.add(result.getString(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
