package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.types.FloatSlots;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code format()} of ints and floats by a parsed spec (Python/formatter_unicode.c {@code format_long_internal},
 * {@code format_float_internal}): the presentation types {@code bdoxXcn} and {@code eEfFgG%}, with
 * {@code PyOS_double_to_string}'s fixed, scientific and general forms.
 */
final class NumberFormatting {
    private NumberFormatting() {
    }

    static String formatInt(Interpreter ip, BigInteger v, FormatSpec s) {
        boolean negative = v.signum() < 0;
        BigInteger abs = v.abs();
        String digits;
        String prefix = "";
        switch (s.type) {
            case 'b' -> {
                digits = abs.toString(2);
                prefix = s.alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = abs.toString(8);
                prefix = s.alternate ? "0o" : "";
            }
            case 'x' -> {
                digits = abs.toString(16);
                prefix = s.alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = abs.toString(16).toUpperCase(Locale.ROOT);
                prefix = s.alternate ? "0X" : "";
            }
            case 'c' -> {
                // Python/formatter_unicode.c format_long_internal: the value is a C long, then a code point
                if (v.bitLength() > 63) {
                    throw ip.errors.make("OverflowError", "Python int too large to convert to C long");
                }
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x110000)) >= 0) {
                    throw ip.errors.make("OverflowError", "%c arg not in range(0x110000)");
                }
                return FormatSpec.pad(new String(Character.toChars(v.intValue())), s, '<');
            }
            case 0, 'd', 'n' -> digits = abs.toString();
            default -> throw ip.errors.valueError("Unknown format code '" + s.type + "' for object of type 'int'");
        }
        if (s.precision >= 0) {
            throw ip.errors.valueError("Precision not allowed in integer format specifier");
        }
        if (s.grouping != 0) {
            boolean binaryBase = s.type == 'b' || s.type == 'o' || s.type == 'x' || s.type == 'X';
            digits = FormatSpec.group(digits, s.grouping, binaryBase ? 4 : 3);
            if (s.align == '=' && s.fill == '0' && s.width > 0) {
                digits = FormatSpec.zeroPadGrouped(digits, s, negative, prefix);
            }
        }
        return FormatSpec.signed(negative, digits, s, prefix);
    }

    static String formatFloat(Interpreter ip, double d, FormatSpec s) {
        char type = s.type;
        if (s.precision == Integer.MAX_VALUE) {
            // Python/formatter_unicode.c format_float_internal: a precision above INT_MAX
            throw ip.errors.valueError("precision too big");
        }
        if (ip.rt.heap.wouldExceed(Math.max(s.precision, 0))) {
            throw ip.errors.make("MemoryError");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double abs = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') {
                body = body.toUpperCase(Locale.ROOT);
            }
            return FormatSpec.signed(negative && !Double.isNaN(d), body, s, "");
        }
        int precision = s.precision < 0 ? 6 : s.precision;
        switch (type) {
            case 'f', 'F' -> body = fixed(abs, precision);
            case '%' -> body = (Double.isInfinite(abs * 100) ? "inf" : fixed(abs * 100, precision)) + "%";
            case 'e', 'E' -> {
                body = scientific(abs, precision);
                if (type == 'E') {
                    body = body.toUpperCase(Locale.ROOT);
                }
            }
            case 'g', 'G', 'n' -> {
                body = general(abs, precision == 0 ? 1 : precision, s.alternate);
                if (type == 'G') {
                    body = body.toUpperCase(Locale.ROOT);
                }
            }
            case 0 -> {
                if (s.precision < 0) {
                    body = FloatSlots.repr(abs);
                } else {
                    body = general(abs, Math.max(precision, 1), s.alternate);
                    if (!body.contains(".") && !body.contains("e") && !body.contains("inf")) {
                        body = body + ".0";
                    }
                }
            }
            default -> throw ip.errors.valueError("Unknown format code '" + type + "' for object of type 'float'");
        }
        if (s.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
            if (body.endsWith("%") && dot < 0) {
                end = body.length() - 1;
            }
            body = FormatSpec.group(body.substring(0, end), s.grouping, 3) + body.substring(end);
        }
        return FormatSpec.signed(negative, body, s, "");
    }

    static String fixed(double abs, int precision) {
        return new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String scientific(double abs, int precision) {
        if (abs == 0) {
            return (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
        }
        BigDecimal b = new BigDecimal(abs);
        int exp = b.precision() - b.scale() - 1;
        BigDecimal mant = b.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN);
        if (mant.compareTo(BigDecimal.TEN) >= 0) {
            exp++;
            mant = b.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN);
        }
        return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** The 'g' presentation: scientific when the exponent is below -4 or at least the precision. */
    static String general(double abs, int precision, boolean alternate) {
        if (abs == 0) {
            return "0";
        }
        String sci = scientific(abs, precision - 1);
        int exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
        String out;
        if (exp < -4 || exp >= precision) {
            String mant = sci.substring(0, sci.indexOf('e'));
            if (!alternate && mant.contains(".")) {
                mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            out = mant + sci.substring(sci.indexOf('e'));
        } else {
            out = fixed(abs, Math.max(0, precision - 1 - exp));
            if (!alternate && out.contains(".")) {
                out = out.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return out;
    }
}
