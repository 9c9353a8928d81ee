package dev.heapgrader.token;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A bearer token as stored: its kind and scope (course, member), a label, the SHA-256 of its secret and the first
 * characters of the secret so people can tell tokens apart in a listing. Revoking sets {@code revokedAt}; the row
 * stays, because submissions remember which token sent them.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private TokenKind kind;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** For JPA. */
    protected ApiToken() {
    }

    public ApiToken(TokenKind kind, Long courseId, Long memberId, String label, String secretHash, String prefix,
             Instant createdAt) {
        this.kind = kind;
        this.courseId = courseId;
        this.memberId = memberId;
        this.label = label;
        this.secretHash = secretHash;
        this.prefix = prefix;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public TokenKind getKind() {
        return kind;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getLabel() {
        return label;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when.truncatedTo(ChronoUnit.MICROS);
        }
    }

    Caller toCaller() {
        return new Caller(id, kind, courseId, memberId);
    }
}
