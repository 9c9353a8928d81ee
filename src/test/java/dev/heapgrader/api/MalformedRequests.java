package dev.heapgrader.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile request parts from a seeded {@link Random}: path segments that try to escape or confuse
 * routing, and bodies of every JSON type and of no valid type at all (huge numbers, deep nesting, invalid UTF-8,
 * NUL bytes, unknown and mistyped fields, SQL-looking strings). The same seed gives the same requests.
 */
final class MalformedRequests {

    /** Field names of every request body the API reads, so mistyped values reach the services too. */
    private static final List<String> FIELDS = List.of("slug", "title", "pythonVersion", "exercises", "exercise",
            "deadline", "latePolicy", "percentPerDay", "floorPercent", "scorePolicy", "maxAttempts", "name",
            "displayName", "role", "label", "source", "student", "submissions", "unknown", "__proto__");

    private static final List<String> SEGMENTS = List.of("..", "%2e%2e", "%2F", "a%2Fb", "..%2F..%2Fetc%2Fpasswd",
            "%00", "a%00b", "%ff%fe", "%C0%AE%C0%AE", "%27%20OR%201%3D1%20--", "1;DROP%20TABLE%20course",
            "99999999999999999999999", "-1", "0", "1e9", "NaN", "%F0%9F%98%80", "%3B", "%25", "%5C..%5C",
            "a".repeat(3000), "%20", "~", "demo%2F..%2Fadmin", "%E2%80%AE");

    private static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "' OR '1'='1",
            "1; DROP TABLE submission; --", "\"); DELETE FROM grade; --", "../../etc/passwd", "\uD83D\uDE00",
            "\u202Eevil", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "x".repeat(70_000), "${jndi:ldap://x}",
            "3.12", "STUDENT", "INSTRUCTOR", "ADMIN", "BEST", "slots", "2026-13-45T99:99:99Z", "\uFFFF");

    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "2147483648", "-2147483649",
            "9223372036854775808", "1" + "0".repeat(400), "1e400", "-1e400", "1e-400", "0.1", "123456789.123456789",
            "1E+2", "4.9e-324");

    private final Random random;

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile path segment, URL-encoded as it goes on the wire. */
    String segment() {
        return pick(SEGMENTS);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A body: usually JSON of some type, sometimes not JSON or not UTF-8 at all. */
    byte[] body() {
        return switch (random.nextInt(10)) {
            case 0 -> utf8("[".repeat(2_000 + random.nextInt(20_000)) + "]".repeat(100));
            case 1 -> utf8("{\"a\":".repeat(2_000 + random.nextInt(5_000)) + "1" + "}".repeat(50));
            case 2 -> invalidUtf8(utf8(value(2)));
            case 3 -> utf8(value(3).replace("\"", "\"\u0000"));
            case 4 -> truncated(utf8(object(3)));
            case 5 -> utf8(pick(List.of("", "null", "true", "false", "-", "NaN", "Infinity", "'x'", "{,}", "[1,]",
                    "{\"a\" 1}", "\u0000", "\uFEFF{}", "{}}", "{\"slug\":\"a\",\"slug\":\"b\"}",
                    "{\"source\":\"\\ud800\",\"exercise\":\"slots\"}")));
            default -> utf8(object(3));
        };
    }

    private String value(int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> pick(List.of("null", "true", "false"));
            case 1 -> pick(NUMBERS);
            case 2, 3 -> quote(pick(STRINGS));
            case 4 -> array(depth - 1);
            default -> object(depth - 1);
        };
    }

    private String array(int depth) {
        StringBuilder out = new StringBuilder("[");
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ",").append(value(depth));
        }
        return out.append(']').toString();
    }

    private String object(int depth) {
        StringBuilder out = new StringBuilder("{");
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ",").append(quote(pick(FIELDS))).append(':').append(value(depth));
        }
        return out.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private byte[] invalidUtf8(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = json.length <= 1 ? 0 : 1 + random.nextInt(json.length - 1);
        out.write(json, 0, at);
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(json, at, json.length - at);
        return out.toByteArray();
    }

    private byte[] truncated(byte[] json) {
        int length = json.length <= 1 ? 0 : random.nextInt(json.length);
        byte[] out = new byte[length];
        System.arraycopy(json, 0, out, 0, length);
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
