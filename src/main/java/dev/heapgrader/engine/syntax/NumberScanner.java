package dev.heapgrader.engine.syntax;

/**
 * Scans one numeric literal for the {@link Lexer}, with the checks of tokenizer.c's number branch: underscores
 * only between digits, digits valid for the base, no leading zeros in decimal integers, and
 * {@code verify_end_of_number}'s rule that a literal may not run straight into an identifier.
 * Error offsets are 1-based columns as CPython reports them (the tokenizer's cursor after backing up).
 */
final class NumberScanner {
    private final Lexer lx;
    private final int startCol;

    NumberScanner(Lexer lx) {
        this.lx = lx;
        this.startCol = lx.column();
    }

    void scan() {
        int c = lx.peek(0);
        if (c == '0') {
            int x = Character.toLowerCase(lx.peek(1));
            if (x == 'x') {
                lx.advance(2);
                radix("hexadecimal", 16);
                return;
            }
            if (x == 'o') {
                lx.advance(2);
                radix("octal", 8);
                return;
            }
            if (x == 'b') {
                lx.advance(2);
                radix("binary", 2);
                return;
            }
            leadingZero();
            return;
        }
        if (c == '.') {
            lx.advance(1);
            decimalTail();
            afterFraction();
            return;
        }
        decimalTail();
        afterInteger();
    }

    private void radix(String kind, int base) {
        while (true) {
            if (lx.peek(0) == '_') {
                lx.advance(1);
            }
            int c = lx.peek(0);
            if (digitValue(c) < 0 || digitValue(c) >= base) {
                if (Lexer.isDigit(c)) {
                    throw lx.errorAt("invalid digit '" + (char) c + "' in " + kind + " literal", lx.line(),
                            lx.column() + 1, lx.column() + 1);
                }
                throw lx.errorAt("invalid " + kind + " literal", lx.line(), lx.column(), lx.column());
            }
            while (digitValue(lx.peek(0)) >= 0 && digitValue(lx.peek(0)) < base) {
                lx.advance(1);
            }
            if (lx.peek(0) != '_') {
                break;
            }
        }
        int c = lx.peek(0);
        if (Lexer.isDigit(c)) {
            throw lx.errorAt("invalid digit '" + (char) c + "' in " + kind + " literal", lx.line(),
                    lx.column() + 1, lx.column() + 1);
        }
        verifyEnd(kind);
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private void leadingZero() {
        boolean nonzero = false;
        lx.advance(1);
        while (true) {
            while (lx.peek(0) == '0') {
                lx.advance(1);
            }
            if (lx.peek(0) != '_') {
                break;
            }
            lx.advance(1);
            if (!Lexer.isDigit(lx.peek(0))) {
                throw lx.errorAt("invalid decimal literal", lx.line(), lx.column(), lx.column());
            }
        }
        int zerosEnd = lx.column();
        if (Lexer.isDigit(lx.peek(0))) {
            nonzero = true;
            decimalTail();
        }
        int c = lx.peek(0);
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            afterInteger();
            return;
        }
        if (nonzero) {
            throw lx.errorAt("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                    + "octal integers", lx.line(), startCol + 1, zerosEnd + 1);
        }
        verifyEnd("decimal");
    }

    /** tokenizer.c tok_decimal_tail: digits, each underscore followed by a digit. */
    private void decimalTail() {
        while (true) {
            while (Lexer.isDigit(lx.peek(0))) {
                lx.advance(1);
            }
            if (lx.peek(0) != '_') {
                return;
            }
            lx.advance(1);
            if (!Lexer.isDigit(lx.peek(0))) {
                throw lx.errorAt("invalid decimal literal", lx.line(), lx.column(), lx.column());
            }
        }
    }

    private void afterInteger() {
        if (lx.peek(0) == '.') {
            lx.advance(1);
            if (Lexer.isDigit(lx.peek(0))) {
                decimalTail();
            }
            afterFraction();
            return;
        }
        afterFraction();
    }

    private void afterFraction() {
        int c = lx.peek(0);
        if (c == 'e' || c == 'E') {
            int save = 1;
            int s = lx.peek(1);
            if (s == '+' || s == '-') {
                save = 2;
            }
            if (!Lexer.isDigit(lx.peek(save))) {
                // tokenizer.c: the 'e' is not an exponent; it may still be a keyword such as 'else'.
                verifyEnd("decimal");
                return;
            }
            lx.advance(save);
            decimalTail();
            c = lx.peek(0);
        }
        if (c == 'j' || c == 'J') {
            lx.advance(1);
            verifyEnd("imaginary");
            return;
        }
        verifyEnd("decimal");
    }

    /** tokenizer.c verify_end_of_number: a literal directly followed by a keyword is tolerated (with a warning). */
    private void verifyEnd(String kind) {
        int c = lx.peek(0);
        if (c == -1) {
            return;
        }
        if (startsKeyword()) {
            return;
        }
        if (c >= 128 && !Lexer.isIdentifierChar(c)) {
            return;
        }
        if (Lexer.isIdentifierChar(c) || c >= 128) {
            throw lx.errorAt("invalid " + kind + " literal", lx.line(), lx.column(), lx.column());
        }
    }

    private boolean startsKeyword() {
        int c = lx.peek(0);
        return switch (c) {
            case 'a' -> lx.peek(1) == 'n' && lx.peek(2) == 'd';
            case 'e' -> lx.peek(1) == 'l' && lx.peek(2) == 's' && lx.peek(3) == 'e';
            case 'f' -> lx.peek(1) == 'o' && lx.peek(2) == 'r';
            case 'i' -> lx.peek(1) == 'f' || lx.peek(1) == 'n' || lx.peek(1) == 's';
            case 'o' -> lx.peek(1) == 'r';
            case 'n' -> lx.peek(1) == 'o' && lx.peek(2) == 't';
            default -> false;
        };
    }
}
