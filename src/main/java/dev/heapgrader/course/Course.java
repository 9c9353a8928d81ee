package dev.heapgrader.course;

import dev.heapgrader.engine.version.PythonVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course: identified in URLs by its slug, titled for people, graded under one CPython version, with the exercises
 * it offers (each with an optional deadline), its late policy, which submission counts (best or latest) and an
 * optional cap on attempts. The tables are created by {@code V1__course.sql} and {@code V2__service.sql}; this
 * entity only maps them.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
    @Column(name = "slug", nullable = false, unique = true, length = 64)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @NotNull
    @Convert(converter = PythonVersionAttributeConverter.class)
    @Column(name = "python_version", nullable = false, length = 8)
    private PythonVersion pythonVersion;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "late_percent_per_day", nullable = false)
    private int latePercentPerDay;

    @Column(name = "late_floor_percent", nullable = false)
    private int lateFloorPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_policy", nullable = false, length = 8)
    private ScorePolicy scorePolicy = ScorePolicy.BEST;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_checks", nullable = false, length = 16)
    private HiddenCheckVisibility hiddenChecks = HiddenCheckVisibility.AFTER_DEADLINE;

    @Column(name = "hidden_checks_released_at")
    private Instant hiddenChecksReleasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_exercise", joinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("listIndex")
    private List<OfferedExercise> exercises = new ArrayList<>();

    /** For JPA. */
    protected Course() {
    }

    public Course(String slug, String title, PythonVersion pythonVersion, Instant createdAt) {
        this.slug = slug;
        this.title = title;
        this.pythonVersion = Objects.requireNonNull(pythonVersion, "pythonVersion");
        // Both databases keep microseconds; truncating here makes a reloaded course equal to the one saved.
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PythonVersion getPythonVersion() {
        return pythonVersion;
    }

    public void setPythonVersion(PythonVersion pythonVersion) {
        this.pythonVersion = Objects.requireNonNull(pythonVersion, "pythonVersion");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LatePolicy getLatePolicy() {
        return new LatePolicy(latePercentPerDay, lateFloorPercent);
    }

    public void setLatePolicy(LatePolicy policy) {
        this.latePercentPerDay = policy.percentPerDay();
        this.lateFloorPercent = policy.floorPercent();
    }

    public ScorePolicy getScorePolicy() {
        return scorePolicy;
    }

    public void setScorePolicy(ScorePolicy scorePolicy) {
        this.scorePolicy = Objects.requireNonNull(scorePolicy, "scorePolicy");
    }

    /** The cap on attempts per exercise and student, if any. */
    public Optional<Integer> getMaxAttempts() {
        return Optional.ofNullable(maxAttempts);
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public HiddenCheckVisibility getHiddenChecks() {
        return hiddenChecks;
    }

    public void setHiddenChecks(HiddenCheckVisibility hiddenChecks) {
        this.hiddenChecks = Objects.requireNonNull(hiddenChecks, "hiddenChecks");
    }

    /** When the instructor released the hidden checks, if they did. */
    public Optional<Instant> getHiddenChecksReleasedAt() {
        return Optional.ofNullable(hiddenChecksReleasedAt);
    }

    public void releaseHiddenChecks(Instant now) {
        this.hiddenChecksReleasedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Whether a student whose deadline for an exercise is {@code deadline} may see its hidden checks' results at
     * {@code now}, under this course's {@link HiddenCheckVisibility}.
     */
    public boolean revealsHiddenChecks(Optional<Instant> deadline, Instant now) {
        return switch (hiddenChecks) {
            case AFTER_DEADLINE -> deadline.isPresent() && now.isAfter(deadline.get());
            case AFTER_RELEASE -> hiddenChecksReleasedAt != null && !now.isBefore(hiddenChecksReleasedAt);
            case NEVER -> false;
        };
    }

    /** The exercises offered, in the course's order. */
    public List<OfferedExercise> getExercises() {
        return List.copyOf(exercises);
    }

    public Optional<OfferedExercise> findExercise(String exerciseId) {
        return exercises.stream().filter(exercise -> exercise.getExerciseId().equals(exerciseId)).findFirst();
    }

    /** Replaces the offered exercises; their order is the order given. */
    public void setExercises(List<ExerciseDeadline> offered) {
        exercises.clear();
        for (int i = 0; i < offered.size(); i++) {
            exercises.add(new OfferedExercise(offered.get(i).exercise(), i, offered.get(i).deadline()));
        }
    }

    @Override
    public String toString() {
        return "Course[" + slug + "]";
    }
}
