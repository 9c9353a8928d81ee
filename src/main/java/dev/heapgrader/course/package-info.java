/**
 * Courses and, as the service grows, everything that belongs to one: members, tokens, submissions and gradebooks.
 * Package by feature: the JPA entities, their repositories and the services that use them live together here, on
 * tables that the Flyway migrations in {@code db/migration} own.
 */
package dev.heapgrader.course;
