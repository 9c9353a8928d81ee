package dev.heapgrader.submission;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.util.UUID;

/**
 * A fresh in-memory H2 in the application's PostgreSQL mode with every migration applied, for tests of SQL that
 * needs no Spring context. A pool rather than plain connections: the database lives while the pool is open.
 */
final class MigratedH2 {

    private MigratedH2() {
    }

    static HikariDataSource open(String name) {
        HikariDataSource database = new HikariDataSource();
        database.setJdbcUrl("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        database.setUsername("sa");
        Flyway.configure().dataSource(database).load().migrate();
        return database;
    }
}
