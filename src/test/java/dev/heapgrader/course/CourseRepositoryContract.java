package dev.heapgrader.course;

import dev.heapgrader.engine.version.PythonVersion;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database HeapGrader supports must do with courses: Flyway has applied the migrations, and the
 * repository saves, finds and protects courses the same way. Each subclass runs this contract on one database,
 * with the application's own datasource settings (no embedded replacement); each test rolls back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class CourseRepositoryContract {

    private static final Instant CREATED = OffsetDateTime.of(2026, 3, 1, 9, 30, 15, 123_456_789, ZoneOffset.UTC)
            .toInstant();

    @Autowired
    private CourseRepository courses;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Flyway flyway;

    /** The JDBC product name of the database this subclass must be talking to. */
    abstract String expectedDatabaseProduct();

    @Test
    void runsOnTheExpectedDatabase() {
        String product = jdbc.execute(
                (java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());

        assertThat(product).isEqualTo(expectedDatabaseProduct());
    }

    @Test
    void flywayAppliedEveryMigration() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).extracting(info -> info.getVersion().getVersion()).contains("1");
        assertThat(applied).allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Arrays.stream(applied).filter(info -> "1".equals(info.getVersion().getVersion())))
                .singleElement()
                .satisfies(info -> assertThat(info.getDescription()).isEqualTo("course"));
    }

    @Test
    void migrationCreatedTheCourseTable() {
        Boolean found = jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData metaData = connection.getMetaData();
            try (var tables = metaData.getTables(null, null, "course", new String[] {"TABLE"})) {
                return tables.next();
            }
        });

        assertThat(found).isTrue();
    }

    @Test
    void savesAndFindsACourseBySlug() {
        Course saved = courses.saveAndFlush(new Course("memory-101", "Memory in CPython", PythonVersion.V3_13,
                CREATED));
        entityManager.clear();

        Course found = courses.findBySlug("memory-101").orElseThrow();

        assertThat(saved.getId()).isNotNull();
        assertThat(found).isNotSameAs(saved);
        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getTitle()).isEqualTo("Memory in CPython");
        assertThat(found.getPythonVersion()).isEqualTo(PythonVersion.V3_13);
        assertThat(found.getCreatedAt()).isEqualTo(Instant.parse("2026-03-01T09:30:15.123456Z"));
        assertThat(courses.existsBySlug("memory-101")).isTrue();
        assertThat(courses.findBySlug("memory-102")).isEmpty();
    }

    @Test
    void aDuplicateSlugIsRejectedByTheDatabase() {
        courses.saveAndFlush(new Course("gc-lab", "First", PythonVersion.V3_12, CREATED));

        assertThatThrownBy(() -> courses.saveAndFlush(new Course("gc-lab", "Second", PythonVersion.V3_11, CREATED)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void pythonVersionDefaultsTo312InTheSchema() {
        jdbc.update("INSERT INTO course (slug, title, created_at) VALUES (?, ?, ?)",
                "legacy", "Inserted without a version", OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));

        Course found = courses.findBySlug("legacy").orElseThrow();

        assertThat(found.getPythonVersion()).isEqualTo(PythonVersion.V3_12);
        assertThat(Objects.requireNonNull(found.getId())).isPositive();
    }
}
