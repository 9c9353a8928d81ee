/**
 * What every {@code /api/v1} endpoint shares: who is calling ({@link dev.heapgrader.api.Caller}, resolved from the
 * bearer token by the token package), the errors they can meet ({@link dev.heapgrader.api.ApiException}) and how
 * every error becomes an RFC 9457 problem detail, the OpenAPI description that springdoc serves, and the
 * {@link dev.heapgrader.api.ShortLivedCache} that keeps tokens and courses for a moment between requests.
 */
package dev.heapgrader.api;
