package dev.heapgrader.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A student's own deadline for one exercise, replacing the course's deadline for that student. */
@Entity
@Table(name = "extension")
@IdClass(Extension.Key.class)
public class Extension {

    @Id
    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Id
    @Column(name = "exercise_id", nullable = false, length = 64)
    private String exerciseId;

    @Column(name = "deadline", nullable = false)
    private Instant deadline;

    /** For JPA. */
    protected Extension() {
    }

    public Extension(long memberId, String exerciseId, Instant deadline) {
        this.memberId = memberId;
        this.exerciseId = exerciseId;
        this.deadline = deadline.truncatedTo(ChronoUnit.MICROS);
    }

    public long getMemberId() {
        return memberId;
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public Instant getDeadline() {
        return deadline;
    }

    void setDeadline(Instant deadline) {
        this.deadline = deadline.truncatedTo(ChronoUnit.MICROS);
    }

    /** The composite key: one extension per student and exercise. */
    public record Key(long memberId, String exerciseId) implements Serializable {
    }
}
