package dev.heapgrader.submission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Stores submissions (insert only) and finds them by course, student, exercise or idempotency key. */
public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByCourseIdOrderById(long courseId);

    List<Submission> findByCourseIdAndMemberIdOrderById(long courseId, long memberId);

    long countByMemberIdAndExerciseId(long memberId, String exerciseId);

    Optional<Submission> findByTokenIdAndIdempotencyKey(long tokenId, String idempotencyKey);
}
