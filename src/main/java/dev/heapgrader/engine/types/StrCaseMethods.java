package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;

import java.util.Locale;

/**
 * The case methods of {@code str} and its character-class tests (Objects/unicodeobject.c {@code unicode_upper},
 * {@code unicode_title}, {@code unicode_isalpha}...), registered in {@code StrMethods}' list.
 */
final class StrCaseMethods {
    private StrCaseMethods() {
    }

    private static boolean all(String v, java.util.function.IntPredicate p) {
        return !v.isEmpty() && v.codePoints().allMatch(p);
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (int c : v.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c)) {
                return false;
            }
            any |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return any;
    }

    static PyObject upper(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return StrMethods.same(i, self, StrMethods.s(self).toUpperCase(Locale.ROOT));
    }

    static PyObject lower(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return StrMethods.same(i, self, StrMethods.s(self).toLowerCase(Locale.ROOT));
    }

    static PyObject casefold(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return StrMethods.same(i, self, StrMethods.s(self).toLowerCase(Locale.ROOT));
    }

    static PyObject swapcase(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        StringBuilder sb = new StringBuilder();
        StrMethods.s(self).codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c)
                ? Character.toLowerCase(c) : Character.toUpperCase(c)));
        return i.rt.newStr(sb.toString());
    }

    static PyObject capitalize(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        String v = StrMethods.s(self);
        return i.rt.newStr(v.isEmpty() ? v : v.substring(0, 1).toUpperCase(Locale.ROOT)
                + v.substring(1).toLowerCase(Locale.ROOT));
    }

    static PyObject title(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int c : StrMethods.s(self).codePoints().toArray()) {
            sb.appendCodePoint(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            prevCased = Character.isLetter(c);
        }
        return i.rt.newStr(sb.toString());
    }

    static PyObject isdigit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(StrMethods.s(self), Character::isDigit));
    }

    static PyObject isdecimal(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(StrMethods.s(self), Character::isDigit));
    }

    static PyObject isnumeric(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(StrMethods.s(self), Character::isDigit));
    }

    static PyObject isalpha(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(StrMethods.s(self), Character::isLetter));
    }

    static PyObject isalnum(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(StrMethods.s(self), Character::isLetterOrDigit));
    }

    static PyObject isspace(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(StrMethods.s(self), Character::isWhitespace));
    }

    static PyObject isupper(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(cased(StrMethods.s(self), true));
    }

    static PyObject islower(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(cased(StrMethods.s(self), false));
    }

    static PyObject isidentifier(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(StrMethods.s(self).matches("[\\p{L}_][\\p{L}\\p{N}_]*"));
    }
}
