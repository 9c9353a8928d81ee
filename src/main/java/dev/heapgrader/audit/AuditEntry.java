package dev.heapgrader.audit;

import java.time.Instant;

/**
 * An audit event as the API returns it: when, who ({@code actor}: the member's name, or the kind of token for an
 * administrator or CI token, or {@code SYSTEM}), through which token, what, on what, and the particulars.
 */
public record AuditEntry(long id, Instant at, String actor, String actorKind, Long actorToken, String action,
                         String target, String detail) {
}
