/**
 * How the service relies on its database: that a commit is durable before a response is sent (H2's write delay,
 * PostgreSQL's {@code fsync} and {@code synchronous_commit}), and that readiness reports DOWN while the database
 * does not answer, so a load balancer stops sending traffic that could only fail.
 */
package dev.heapgrader.database;
