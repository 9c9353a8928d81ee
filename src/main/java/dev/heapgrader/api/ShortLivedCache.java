package dev.heapgrader.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Values read from the database, kept for a short time ({@code ttl}; zero keeps nothing) so that a client sending
 * many requests in a row costs one look-up per few seconds rather than one per request: the callers of bearer
 * tokens, the courses of the submission path. Only what was found is kept, so something created a moment ago is
 * seen at once.
 *
 * <p>What changes the underlying rows evicts here ({@link #evict}), on the instance that changed them, at once;
 * another instance serving the same database keeps its copy for at most {@code ttl}. A read that raced an eviction
 * (it may have read the row before the change committed) is not kept: callers read {@link #evictions()} before
 * going to the database and hand it to {@link #remember}. At most {@code maxEntries} values are kept; past that the
 * expired ones go first, then all.
 */
public final class ShortLivedCache<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    public ShortLivedCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The value kept for the key less than {@code ttl} ago and not evicted since. */
    public Optional<V> find(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.expiresAtNanos() >= 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** How many evictions there have been; read before a database look-up and hand it to {@link #remember}. */
    public long evictions() {
        return evictions.get();
    }

    /** Keeps a value just read from the database, unless something was evicted since {@code evictionsBefore}. */
    public void remember(K key, V value, long evictionsBefore) {
        if (ttlNanos <= 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> now - entry.expiresAtNanos() >= 0);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
        if (evictions.get() != evictionsBefore) {
            entries.remove(key);
        }
    }

    /** Forgets the values that match (their rows are changing; call again once the change has committed). */
    public void evict(Predicate<V> changed) {
        evictions.incrementAndGet();
        entries.values().removeIf(entry -> changed.test(entry.value()));
    }
}
