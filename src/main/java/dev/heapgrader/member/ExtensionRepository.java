package dev.heapgrader.member;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Stores per-student deadline extensions. */
public interface ExtensionRepository extends JpaRepository<Extension, Extension.Key> {

    Optional<Extension> findByMemberIdAndExerciseId(long memberId, String exerciseId);

    List<Extension> findByMemberIdIn(List<Long> memberIds);
}
