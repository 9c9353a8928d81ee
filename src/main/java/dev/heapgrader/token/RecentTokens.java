package dev.heapgrader.token;

import dev.heapgrader.api.Caller;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The callers of recently authenticated tokens, by the hash of their secret, for a short time ({@code ttl},
 * {@code heapgrader.auth.token-cache-ttl}, default 5 s; 0 turns it off), so a client that sends many requests in a
 * row (a CI batch, a class submitting at a deadline) costs one token look-up per few seconds rather than one per
 * request. Only known, unrevoked tokens are kept: an unknown token is looked up every time, so a token issued a
 * moment ago works at once.
 *
 * <p>Revoking a token evicts it here at once ({@link #evict}), so on the instance that revoked it the token stops
 * working immediately; another instance serving the same database may accept it for at most {@code ttl} more. At
 * most {@link #MAX_ENTRIES} tokens are kept; past that the expired ones go first, then all.
 */
final class RecentTokens {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> bySecretHash = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();

    RecentTokens(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The caller of a token authenticated less than {@code ttl} ago and not revoked here since. */
    Optional<Caller> find(String secretHash) {
        Entry entry = bySecretHash.get(secretHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.expiresAtNanos() >= 0) {
            bySecretHash.remove(secretHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /** How many evictions there have been; read before a database look-up and hand it to {@link #remember}. */
    long revocations() {
        return revocations.get();
    }

    /**
     * Keeps a caller just read from the database, unless a token was revoked since {@code revocationsBefore} was
     * read: that read may have seen the revoked token still active, and keeping it would outlive the eviction.
     */
    void remember(String secretHash, Caller caller, long revocationsBefore) {
        if (ttlNanos <= 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (bySecretHash.size() >= MAX_ENTRIES) {
            bySecretHash.values().removeIf(entry -> now - entry.expiresAtNanos() >= 0);
            if (bySecretHash.size() >= MAX_ENTRIES) {
                bySecretHash.clear();
            }
        }
        bySecretHash.put(secretHash, new Entry(caller, now + ttlNanos));
        if (revocations.get() != revocationsBefore) {
            bySecretHash.remove(secretHash);
        }
    }

    /** Forgets the token with this id (it is being revoked; called again once the revocation has committed). */
    void evict(long tokenId) {
        revocations.incrementAndGet();
        bySecretHash.values().removeIf(entry -> entry.caller().tokenId() == tokenId);
    }
}
