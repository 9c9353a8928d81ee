package dev.heapgrader.web;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the pages show a moment: in UTC, to the minute, the same for everyone (deadlines are instants; a course has
 * no time zone of its own yet). Templates call it as {@code ${@moments.show(deadline)}}.
 */
@Component("moments")
class Moments {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    public String show(Instant moment) {
        return moment == null ? "none" : SHOWN.format(moment);
    }

    /** The value of an {@code <input type="datetime-local">}, read as UTC. */
    public String input(Instant moment) {
        return moment == null ? "" : INPUT.format(moment);
    }

    /** A score without needless decimals: 10, 7.5, 6.25. */
    public String points(Double value) {
        if (value == null) {
            return "–";
        }
        if (value == Math.rint(value)) {
            return Long.toString(value.longValue());
        }
        return String.format(java.util.Locale.ROOT, "%.2f", value).replaceAll("0$", "");
    }
}
