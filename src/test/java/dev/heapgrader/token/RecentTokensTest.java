package dev.heapgrader.token;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short-lived cache of authenticated tokens: a token is kept for its time to live and no longer, revoking evicts
 * it, a look-up that raced a revocation is not kept, a zero time to live keeps nothing, and the cache stays bounded.
 */
class RecentTokensTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RecentTokens recent = new RecentTokens(Duration.ofSeconds(5), nanos::get);
    private final Caller student = new Caller(4, TokenKind.STUDENT, 1L, 2L);

    @Test
    void aTokenIsKeptForItsTimeToLive() {
        recent.remember("hash", student, recent.revocations());

        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(recent.find("hash")).contains(student);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(recent.find("hash")).isEmpty();
        assertThat(recent.find("other")).isEmpty();
    }

    @Test
    void revokingEvictsTheToken() {
        recent.remember("hash", student, recent.revocations());
        recent.remember("kept", new Caller(5, TokenKind.CI, 1L, null), recent.revocations());

        recent.evict(4);

        assertThat(recent.find("hash")).isEmpty();
        assertThat(recent.find("kept")).isPresent();
    }

    @Test
    void aLookUpThatRacedARevocationIsNotKept() {
        long before = recent.revocations();
        recent.evict(4);

        recent.remember("hash", student, before);

        assertThat(recent.find("hash")).isEmpty();
    }

    @Test
    void aZeroTimeToLiveKeepsNothing() {
        RecentTokens off = new RecentTokens(Duration.ZERO, nanos::get);
        off.remember("hash", student, off.revocations());

        assertThat(off.find("hash")).isEmpty();
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i <= RecentTokens.MAX_ENTRIES; i++) {
            recent.remember("hash-" + i, new Caller(i, TokenKind.STUDENT, 1L, (long) i), recent.revocations());
        }

        assertThat(recent.find("hash-" + RecentTokens.MAX_ENTRIES)).isPresent();
        assertThat(recent.find("hash-0")).isEmpty();
    }
}
