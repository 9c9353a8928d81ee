/**
 * The web pages the service serves itself (issue 14): the home page with sign-in, courses, exercises with an editor
 * and submit-and-swap feedback, submissions, and for instructors the gradebook, analytics and settings, plus the
 * playground. Controllers here turn requests into calls on the same services the REST API uses (course, member,
 * token, submission, gradebook, exercise) and hand Thymeleaf view models; no business rule lives in this package, a
 * template or a script. {@link dev.heapgrader.web.WebSecurity} holds the two security chains: {@code /api/**}
 * stateless with bearer tokens, the pages with a session signed in by a token typed into a form, and CSRF.
 */
package dev.heapgrader.web;
