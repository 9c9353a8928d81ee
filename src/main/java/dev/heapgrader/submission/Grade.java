package dev.heapgrader.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One grading of a submission: the engine and rubric that graded it, the raw score of the maximum, every check's
 * result (JSON), the program's error, how many started days late it was, the late penalty and the final score.
 * Immutable: a regrade adds a row; the newest row of a submission is its current grade.
 */
@Entity
@Immutable
@Table(name = "grade")
public class Grade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    @Column(name = "engine_version", nullable = false, length = 64)
    private String engineVersion;

    @Column(name = "rubric_version", nullable = false, length = 64)
    private String rubricVersion;

    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "max_score", nullable = false)
    private double maxScore;

    @Column(name = "checks_json", nullable = false, length = 1_000_000)
    private String checksJson;

    @Column(name = "error", length = 10_000)
    private String error;

    @Column(name = "late_days", nullable = false)
    private int lateDays;

    @Column(name = "penalty_percent", nullable = false)
    private int penaltyPercent;

    @Column(name = "final_score", nullable = false)
    private double finalScore;

    /** For JPA. */
    protected Grade() {
    }

    Grade(long submissionId, Instant gradedAt, String engineVersion, String rubricVersion, double score,
          double maxScore, String checksJson, String error, Lateness lateness) {
        this.submissionId = submissionId;
        this.gradedAt = gradedAt.truncatedTo(ChronoUnit.MICROS);
        this.engineVersion = engineVersion;
        this.rubricVersion = rubricVersion;
        this.score = score;
        this.maxScore = maxScore;
        this.checksJson = checksJson;
        this.error = error == null || error.length() <= 10_000 ? error : error.substring(0, 10_000);
        this.lateDays = lateness.lateDays();
        this.penaltyPercent = lateness.penaltyPercent();
        this.finalScore = lateness.apply(score);
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public String getEngineVersion() {
        return engineVersion;
    }

    public String getRubricVersion() {
        return rubricVersion;
    }

    public double getScore() {
        return score;
    }

    public double getMaxScore() {
        return maxScore;
    }

    public String getChecksJson() {
        return checksJson;
    }

    public String getError() {
        return error;
    }

    public int getLateDays() {
        return lateDays;
    }

    public int getPenaltyPercent() {
        return penaltyPercent;
    }

    public double getFinalScore() {
        return finalScore;
    }
}
