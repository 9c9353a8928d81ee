package dev.heapgrader.token;

import dev.heapgrader.api.TokenKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Stores tokens and finds one by the hash of its secret. */
public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findBySecretHash(String secretHash);

    List<ApiToken> findByCourseIdOrderById(long courseId);

    boolean existsByKind(TokenKind kind);
}
