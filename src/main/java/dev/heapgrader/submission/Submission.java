package dev.heapgrader.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A submitted answer, as received: whose, to which exercise, under which CPython version, the source, when, from
 * where, which token sent it and its idempotency key. Immutable: a submission is never updated or deleted; its
 * grades are {@link Grade} rows.
 */
@Entity
@Immutable
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "exercise_id", nullable = false, length = 64)
    private String exerciseId;

    @Column(name = "python_version", nullable = false, length = 8)
    private String pythonVersion;

    @Column(name = "source", nullable = false, length = 65536)
    private String source;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 8)
    private Origin origin;

    @Column(name = "token_id", nullable = false)
    private long tokenId;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    /** For JPA. */
    protected Submission() {
    }

    public Submission(long courseId, long memberId, String exerciseId, String pythonVersion, String source,
                      Instant receivedAt, Origin origin, long tokenId, String idempotencyKey) {
        this.courseId = courseId;
        this.memberId = memberId;
        this.exerciseId = exerciseId;
        this.pythonVersion = pythonVersion;
        this.source = source;
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
        this.origin = origin;
        this.tokenId = tokenId;
        this.idempotencyKey = idempotencyKey;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public String getPythonVersion() {
        return pythonVersion;
    }

    public String getSource() {
        return source;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Origin getOrigin() {
        return origin;
    }

    public long getTokenId() {
        return tokenId;
    }

    public Optional<String> getIdempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
