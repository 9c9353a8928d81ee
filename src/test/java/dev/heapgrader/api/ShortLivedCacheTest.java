package dev.heapgrader.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short-lived cache of the token and course look-ups: a value is kept for its time to live and no longer,
 * evicting drops it, a read that raced an eviction is not kept, a zero time to live keeps nothing, and the cache
 * stays bounded.
 */
class ShortLivedCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ShortLivedCache<String, Caller> cache = new ShortLivedCache<>(Duration.ofSeconds(5), 100,
            nanos::get);
    private final Caller student = new Caller(4, TokenKind.STUDENT, 1L, 2L);

    @Test
    void aValueIsKeptForItsTimeToLive() {
        cache.remember("hash", student, cache.evictions());

        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(cache.find("hash")).contains(student);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.find("hash")).isEmpty();
        assertThat(cache.find("other")).isEmpty();
    }

    @Test
    void evictingDropsTheMatchingValues() {
        cache.remember("hash", student, cache.evictions());
        cache.remember("kept", new Caller(5, TokenKind.CI, 1L, null), cache.evictions());

        cache.evict(caller -> caller.tokenId() == 4);

        assertThat(cache.find("hash")).isEmpty();
        assertThat(cache.find("kept")).isPresent();
    }

    @Test
    void aReadThatRacedAnEvictionIsNotKept() {
        long before = cache.evictions();
        cache.evict(caller -> caller.tokenId() == 4);

        cache.remember("hash", student, before);

        assertThat(cache.find("hash")).isEmpty();
    }

    @Test
    void aZeroTimeToLiveKeepsNothing() {
        ShortLivedCache<String, Caller> off = new ShortLivedCache<>(Duration.ZERO, 100, nanos::get);
        off.remember("hash", student, off.evictions());

        assertThat(off.find("hash")).isEmpty();
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i <= 100; i++) {
            cache.remember("hash-" + i, new Caller(i, TokenKind.STUDENT, 1L, (long) i), cache.evictions());
        }

        assertThat(cache.find("hash-100")).isPresent();
        assertThat(cache.find("hash-0")).isEmpty();
    }
}
