package dev.heapgrader.token;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down a client that keeps presenting unknown or revoked tokens: after
 * {@code heapgrader.auth.failures-per-minute} (default 20) failures from one address in a sliding minute, every
 * bearer request from that address gets 429 with {@code Retry-After} until the oldest failure leaves the window.
 * Good tokens from that address wait too, so a 429 tells a guesser nothing about the token it sent. The limit is
 * generous because a classroom behind one NAT address shares it; secrets are 256 random bits, so this is about
 * log noise and load as much as guessing. Per server instance, in memory; at most {@link #MAX_CLIENTS} addresses
 * are tracked, the expired ones pruned first.
 */
@Component
class FailedAuthentications {

    static final int MAX_CLIENTS = 10_000;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailedAuthentications(@Value("${heapgrader.auth.failures-per-minute:20}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** How long this client must wait before its next attempt, if it has failed too often. */
    Optional<Duration> blocked(String client) {
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            expire(times, now);
            if (times.size() < perMinute) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    /** Counts one unknown or revoked token from this client. */
    void record(String client) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_CLIENTS && !failures.containsKey(client)) {
            prune(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(client, address -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
        }
    }

    private void prune(Instant now) {
        failures.values().removeIf(times -> {
            synchronized (times) {
                expire(times, now);
                return times.isEmpty();
            }
        });
        if (failures.size() >= MAX_CLIENTS) {
            // Still full of live entries: forget them all rather than grow without bound under an address spray.
            failures.clear();
        }
    }

    private static void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.pollFirst();
        }
    }
}
