package dev.heapgrader.submission;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Stores grade rows (insert only); the newest row of a submission is its current grade. */
public interface GradeRepository extends JpaRepository<Grade, Long> {

    List<Grade> findBySubmissionIdOrderById(long submissionId);

    /** Every grade of every submission of a course, oldest first. */
    @Query("select g from Grade g where g.submissionId in "
            + "(select s.id from Submission s where s.courseId = :courseId) order by g.id")
    List<Grade> findAllOfCourse(long courseId);
}
