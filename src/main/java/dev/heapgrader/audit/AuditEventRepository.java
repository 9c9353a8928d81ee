package dev.heapgrader.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores audit events; reading goes through {@link AuditQueries}, which names the actors. */
interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {
}
