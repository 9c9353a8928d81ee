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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A course: identified in URLs by its slug, titled for people, and graded under one CPython version. The table is
 * created by {@code V1__course.sql}; this entity only maps it.
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

    @Override
    public String toString() {
        return "Course[" + slug + "]";
    }
}
