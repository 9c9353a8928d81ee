package dev.heapgrader.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.List;

/**
 * Reads a course's audit log, newest first, naming each actor by the member they were (a join, so this package
 * does not depend on the member package, which records into it).
 */
@Service
class AuditQueries {

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<AuditEntry> forCourse(long courseId, int limit) {
        return jdbc.query("""
                SELECT e.id, e.occurred_at, e.actor_kind, e.actor_token_id, m.name, e.action, e.target, e.detail
                FROM audit_event e LEFT JOIN member m ON m.id = e.actor_member_id
                WHERE e.course_id = ? ORDER BY e.id DESC LIMIT ?""",
                (row, number) -> {
                    String kind = row.getString("actor_kind");
                    String member = row.getString("name");
                    Long token = row.getObject("actor_token_id", Long.class);
                    return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", Timestamp.class)
                            .toInstant(), member != null ? member : kind.toLowerCase(java.util.Locale.ROOT), kind,
                            token, row.getString("action"), row.getString("target"),
                            row.getString("detail"));
                }, courseId, limit);
    }
}
