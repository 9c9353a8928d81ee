package dev.heapgrader.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One row of {@code course_exercise}: an exercise a course offers, its place in the list and its deadline. */
@Embeddable
public class OfferedExercise {

    @Column(name = "exercise_id", nullable = false, length = 64)
    private String exerciseId;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    @Column(name = "deadline")
    private Instant deadline;

    /** For JPA. */
    protected OfferedExercise() {
    }

    OfferedExercise(String exerciseId, int listIndex, Instant deadline) {
        this.exerciseId = exerciseId;
        this.listIndex = listIndex;
        this.deadline = deadline == null ? null : deadline.truncatedTo(ChronoUnit.MICROS);
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public Optional<Instant> getDeadline() {
        return Optional.ofNullable(deadline);
    }
}
