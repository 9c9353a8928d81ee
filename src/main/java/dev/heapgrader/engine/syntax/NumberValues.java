package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Constant;

import java.math.BigInteger;

/** Turns a NUMBER token the {@link Lexer} accepted into its value, as Python/ast.c parsenumber does. */
final class NumberValues {
    private NumberValues() {
    }

    static Constant parse(String text) {
        String s = text.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Constant.ImaginaryValue(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') {
                return new Constant.IntValue(new BigInteger(s.substring(2), 16));
            }
            if (p == 'o') {
                return new Constant.IntValue(new BigInteger(s.substring(2), 8));
            }
            if (p == 'b') {
                return new Constant.IntValue(new BigInteger(s.substring(2), 2));
            }
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return new Constant.FloatValue(Double.parseDouble(s));
        }
        return new Constant.IntValue(new BigInteger(s));
    }
}
