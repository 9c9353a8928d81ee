package dev.heapgrader.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded action: when, by which token (its kind and member), what, on what, and the particulars. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_token_id")
    private Long actorTokenId;

    @Column(name = "actor_kind", nullable = false, length = 16)
    private String actorKind;

    @Column(name = "actor_member_id")
    private Long actorMemberId;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "target", length = 200)
    private String target;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Long courseId, Instant occurredAt, Long actorTokenId, String actorKind, Long actorMemberId,
               String action, String target, String detail) {
        this.courseId = courseId;
        this.occurredAt = occurredAt;
        this.actorTokenId = actorTokenId;
        this.actorKind = actorKind;
        this.actorMemberId = actorMemberId;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }
}
