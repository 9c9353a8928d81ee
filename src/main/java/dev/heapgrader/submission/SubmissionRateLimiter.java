package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one student submits: at most {@code heapgrader.submissions.per-minute} (default 20) in any
 * sliding minute, per server instance; the next one gets 429 with {@code Retry-After} saying when a slot frees.
 * CI tokens and instructors are not limited here. A heap timeline run counts as a submission: it costs as much.
 */
@Component
public class SubmissionRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionRateLimiter(@Value("${heapgrader.submissions.per-minute:20}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one submission of the student, or throws 429 if they are over the limit. */
    public void acquire(long memberId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(memberId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
                throw ApiException.tooManyRequests("at most " + perMinute + " submissions per minute; retry in "
                        + Math.max(1, wait.toSeconds()) + " s", wait);
            }
            times.addLast(now);
        }
    }
}
