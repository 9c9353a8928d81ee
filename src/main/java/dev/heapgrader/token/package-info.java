/**
 * Bearer tokens: issuing them (the secret is shown once and only its SHA-256 is stored), listing them without
 * secrets, revoking them, the servlet filter that turns {@code Authorization: Bearer ...} into a
 * {@link dev.heapgrader.api.Caller} (a token authenticated a moment ago is not looked up again, see
 * {@link dev.heapgrader.token.TokenService#authenticate}), and the first administrator token at start-up.
 */
package dev.heapgrader.token;
