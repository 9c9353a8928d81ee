package dev.heapgrader.database;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code WRITE_DELAY=0} H2 runs no background writer, so nothing rewrites old chunks and the file (and the
 * chunk table on the heap) grows with every commit. The same stream of small commits, like the submission path's
 * (one new row, one updated counter row), is written to two databases: one where {@link H2FileCompaction} runs a
 * pass every 100 commits and one where it does not. The retention time is 0 so that chunks are old enough to be
 * rewritten at once (the service keeps H2's 45 s).
 */
class H2FileCompactionTest {

    private static final int COMMITS = 3_000;

    @TempDir
    Path dir;

    @Test
    void compactionPassesKeepTheFileFromGrowingWithEveryCommit() throws SQLException {
        Footprint without = write("plain", false);
        Footprint with = write("compacted", true);

        assertThat(with.fileBytes()).as("file bytes with compaction vs %s without", without.fileBytes())
                .isLessThan(without.fileBytes() / 3);
        assertThat(with.liveShare()).as("live share of chunk bytes with compaction vs %s without", without.liveShare())
                .isGreaterThan(without.liveShare());
    }

    @Test
    void anInMemoryDatabaseHasNoFileStoreToCompact() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:compaction");
        try (Connection connection = memory.getConnection()) {
            assertThat(H2FileCompaction.store(connection)).isEmpty();
        }
    }

    private record Footprint(long fileBytes, int liveShare) {
    }

    private Footprint write(String name, boolean compact) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0;RETENTION_TIME=0");
        h2.setUser("sa");
        CommitDurability durability = new CommitDurability(h2);
        try (H2FileCompaction compaction = new H2FileCompaction(h2, durability, Duration.ZERO);
             Connection connection = h2.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE answer(id BIGINT AUTO_INCREMENT PRIMARY KEY, student INT, body VARCHAR(400))");
                ddl.execute("CREATE INDEX answer_student ON answer(student)");
                ddl.execute("CREATE TABLE tally(student INT PRIMARY KEY, answers INT)");
                ddl.execute("INSERT INTO tally SELECT X, 0 FROM SYSTEM_RANGE(1, 50)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO answer(student, body) VALUES (?, ?)");
                 PreparedStatement tally = connection.prepareStatement(
                         "UPDATE tally SET answers = answers + 1 WHERE student = ?")) {
                for (int i = 0; i < COMMITS; i++) {
                    insert.setInt(1, i % 50);
                    insert.setString(2, "print(" + i + ")".repeat(20));
                    insert.executeUpdate();
                    tally.setInt(1, i % 50);
                    tally.executeUpdate();
                    connection.commit();
                    if (compact && i % 100 == 99) {
                        compaction.compactOnce();
                    }
                }
            }
            MVStore store = H2FileCompaction.store(connection).orElseThrow();
            return new Footprint(store.getFileStore().size(), store.getFileStore().getChunksFillRate());
        }
    }
}
