package dev.heapgrader.member;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** Stores and finds {@link Member}s of a course. */
public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByCourseIdAndName(long courseId, String name);

    List<Member> findByCourseIdOrderByName(long courseId);

    List<Member> findByCourseIdAndRoleOrderByName(long courseId, Role role);

    /**
     * The member, locked for the rest of the transaction: submissions of one student are stored one at a time, so
     * the attempt cap and the idempotency check see every earlier submission, however many arrive at once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.id = :id")
    Optional<Member> lockById(long id);
}
