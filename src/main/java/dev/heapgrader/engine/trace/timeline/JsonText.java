package dev.heapgrader.engine.trace.timeline;

/**
 * A minimal JSON text builder for the timeline export (the engine depends on nothing but the JDK): values are
 * appended in order, and the caller writes the commas through {@link #comma}.
 */
final class JsonText {
    private final StringBuilder out;

    JsonText(int capacity) {
        out = new StringBuilder(capacity);
    }

    JsonText raw(String text) {
        out.append(text);
        return this;
    }

    JsonText comma(boolean first) {
        if (!first) {
            out.append(',');
        }
        return this;
    }

    JsonText name(String name) {
        return string(name).raw(":");
    }

    JsonText number(long value) {
        out.append(value);
        return this;
    }

    /** A finite double as JSON writes it; Python Tutor's {@code ["SPECIAL_FLOAT", ...]} for inf and nan. */
    JsonText number(double value) {
        if (Double.isNaN(value)) {
            return raw("[\"SPECIAL_FLOAT\",\"NaN\"]");
        }
        if (Double.isInfinite(value)) {
            return raw(value > 0 ? "[\"SPECIAL_FLOAT\",\"Infinity\"]" : "[\"SPECIAL_FLOAT\",\"-Infinity\"]");
        }
        out.append(value);
        return this;
    }

    JsonText bool(boolean value) {
        out.append(value);
        return this;
    }

    /** A JSON string, escaping quotes, backslashes and control characters (RFC 8259, section 7). */
    JsonText string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    JsonText longs(java.util.List<Long> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            comma(i == 0).number(values.get(i));
        }
        out.append(']');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
