/**
 * How the service relies on its database: that a commit is durable before a response is sent (H2's write delay,
 * PostgreSQL's {@code fsync} and {@code synchronous_commit}), and the embedded H2 file's compaction, which H2 stops
 * doing on its own once commits are written synchronously. What happens while the database does not answer is
 * configuration in {@code application.properties}: Hikari's timeouts (503 after 15 s, not a hang) and the
 * readiness group, which includes the database health check.
 */
package dev.heapgrader.database;
