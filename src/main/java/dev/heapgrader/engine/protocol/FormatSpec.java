package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;

/**
 * A parsed format spec of the mini-language (Python/formatter_unicode.c {@code parse_internal_render_format_spec}:
 * {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}) and the layout rules every presentation
 * shares: padding to the width, the sign and prefix before zero padding, digit grouping.
 */
final class FormatSpec {
    char fill = ' ';
    char align = 0;
    char sign = '-';
    boolean alternate;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;

    /** Parses {@code spec}; a malformed one is CPython's ValueError. */
    static FormatSpec parse(Interpreter ip, String spec) {
        FormatSpec s = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            s.fill = spec.charAt(0);
            s.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            s.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            s.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '#') {
            s.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (s.align == 0) {
                s.fill = '0';
                s.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            s.width = FormatNumbers.width(ip, FormatNumbers.specInteger(ip, spec.substring(start, i)));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            s.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw ip.errors.valueError("Format specifier missing precision");
            }
            s.precision = FormatNumbers.precision(FormatNumbers.specInteger(ip, spec.substring(start, i)));
        }
        if (i < n) {
            s.type = spec.charAt(i++);
        }
        if (i < n) {
            throw ip.errors.valueError("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        return s;
    }

    /** {@code body} filled to the width, aligned by the spec or by {@code defaultAlign}. */
    static String pad(String body, FormatSpec s, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (s.width <= len) {
            return body;
        }
        int total = s.width - len;
        char align = s.align == 0 ? defaultAlign : s.align;
        String fill = String.valueOf(s.fill);
        return switch (align) {
            case '<' -> body + fill.repeat(total);
            case '^' -> fill.repeat(total / 2) + body + fill.repeat(total - total / 2);
            default -> fill.repeat(total) + body;
        };
    }

    /** A number's sign and prefix before its digits; {@code =} alignment puts the fill between them. */
    static String signed(boolean negative, String digits, FormatSpec s, String prefix) {
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        if (s.align == '=') {
            int len = sign.length() + prefix.length() + digits.length();
            if (s.width > len) {
                String fill = String.valueOf(s.fill).repeat(s.width - len);
                if (s.fill == '0' && s.grouping != 0) {
                    return sign + prefix + digits;
                }
                return sign + prefix + fill + digits;
            }
            return sign + prefix + digits;
        }
        return pad(sign + prefix + digits, s, '>');
    }

    /** Zero padding that is grouped like the digits it extends ({@code format(1234, '010,')}). */
    static String zeroPadGrouped(String digits, FormatSpec s, boolean negative, String prefix) {
        int signLen = negative || s.sign == '+' || s.sign == ' ' ? 1 : 0;
        String raw = digits.replace(String.valueOf(s.grouping), "");
        String out = digits;
        while (out.length() + signLen + prefix.length() < s.width) {
            raw = "0" + raw;
            out = group(raw, s.grouping, 3);
        }
        return out;
    }

    /** {@code digits} with {@code sep} every {@code every} digits from the right. */
    static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
