package dev.heapgrader.course;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** Stores and finds {@link Course}s; the slug is the key that URLs and people use. */
public interface CourseRepository extends JpaRepository<Course, Long> {

    /** The course with its offered exercises, in one query: every API call about a course starts here. */
    @EntityGraph(attributePaths = "exercises")
    Optional<Course> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
