package dev.heapgrader.engine.syntax.ast;

import java.math.BigInteger;

/** A literal's value as the parser produced it; the interpreter turns it into a heap object. */
public sealed interface Constant {
    record IntValue(BigInteger value) implements Constant { }

    record FloatValue(double value) implements Constant { }

    /** An imaginary literal such as {@code 2j}. */
    record ImaginaryValue(double imag) implements Constant { }

    /** A str literal; Java's UTF-16 holds astral characters as surrogate pairs. */
    record StrValue(String value) implements Constant { }

    /** A bytes literal, each element 0..255. */
    record BytesValue(byte[] value) implements Constant { }

    record BoolValue(boolean value) implements Constant { }

    record NoneValue() implements Constant { }

    record EllipsisValue() implements Constant { }
}
