package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.math.BigInteger;

/**
 * Python/ast_opt.c's folding of scalar constant expressions ({@code -1}, {@code 2 ** 10}, {@code "a" + "b"}), with
 * its size guards, so folded results become one constant held by the code object and the syntax tree, exactly as
 * in CPython (which is visible in {@code sys.getrefcount}).
 */
final class ConstantFolding {
    /** {@code MAX_INT_SIZE}: folded ints stay within 128 bits. */
    private static final int MAX_INT_BITS = 128;
    /** {@code MAX_STR_SIZE}. */
    private static final int MAX_STR_SIZE = 4096;

    private ConstantFolding() {
    }

    /** The folded scalar value of {@code e}, or null when CPython would not fold it. */
    static Constant scalar(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value();
        }
        if (e instanceof Expr.UnaryOp u) {
            Constant v = scalar(u.operand());
            if (v instanceof Constant.IntValue i) {
                return switch (u.op()) {
                    case USUB -> new Constant.IntValue(i.value().negate());
                    case UADD -> v;
                    case INVERT -> new Constant.IntValue(i.value().not());
                    default -> null;
                };
            }
            if (v instanceof Constant.FloatValue f && u.op() != UnaryOperator.INVERT && u.op() != UnaryOperator.NOT) {
                return u.op() == UnaryOperator.USUB ? new Constant.FloatValue(-f.value()) : v;
            }
            return null;
        }
        if (e instanceof Expr.BinOp b) {
            Constant l = scalar(b.left());
            Constant r = scalar(b.right());
            if (l == null || r == null) {
                return null;
            }
            return binary(b.op(), l, r);
        }
        return null;
    }

    private static Constant binary(BinaryOperator op, Constant l, Constant r) {
        if (l instanceof Constant.IntValue a && r instanceof Constant.IntValue b) {
            return ints(op, a.value(), b.value());
        }
        if (l instanceof Constant.StrValue a && r instanceof Constant.StrValue b && op == BinaryOperator.ADD) {
            int n = a.value().codePointCount(0, a.value().length()) + b.value().codePointCount(0, b.value().length());
            return n <= MAX_STR_SIZE ? new Constant.StrValue(a.value() + b.value()) : null;
        }
        if (op == BinaryOperator.MULT && l instanceof Constant.StrValue a && r instanceof Constant.IntValue b) {
            return repeat(a.value(), b.value());
        }
        if (op == BinaryOperator.MULT && l instanceof Constant.IntValue a && r instanceof Constant.StrValue b) {
            return repeat(b.value(), a.value());
        }
        Double x = number(l);
        Double y = number(r);
        if (x == null || y == null || (l instanceof Constant.IntValue && r instanceof Constant.IntValue)) {
            return null;
        }
        return switch (op) {
            case ADD -> new Constant.FloatValue(x + y);
            case SUB -> new Constant.FloatValue(x - y);
            case MULT -> new Constant.FloatValue(x * y);
            case DIV -> y == 0 ? null : new Constant.FloatValue(x / y);
            default -> null;
        };
    }

    private static Double number(Constant c) {
        if (c instanceof Constant.FloatValue f) {
            return f.value();
        }
        if (c instanceof Constant.IntValue i && i.value().bitLength() < 53) {
            return i.value().doubleValue();
        }
        return null;
    }

    private static Constant repeat(String s, BigInteger n) {
        if (n.bitLength() > 31) {
            return null;
        }
        long len = (long) s.codePointCount(0, s.length()) * Math.max(0, n.intValue());
        return len <= MAX_STR_SIZE && len >= 0 ? new Constant.StrValue(s.repeat(Math.max(0, n.intValue()))) : null;
    }

    private static Constant ints(BinaryOperator op, BigInteger a, BigInteger b) {
        BigInteger r;
        switch (op) {
            case ADD -> r = a.add(b);
            case SUB -> r = a.subtract(b);
            case MULT -> r = a.multiply(b);
            case FLOOR_DIV, MOD -> {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                BigInteger m = qr[1];
                if (m.signum() != 0 && m.signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    m = m.add(b);
                }
                r = op == BinaryOperator.FLOOR_DIV ? q : m;
            }
            case POW -> {
                if (b.signum() < 0 || (a.bitLength() > 0 && (long) a.bitLength() * b.longValue() > MAX_INT_BITS)) {
                    return null;
                }
                r = a.pow(b.intValue());
            }
            case LSHIFT -> {
                if (b.signum() < 0 || b.longValue() + a.bitLength() > MAX_INT_BITS) {
                    return null;
                }
                r = a.shiftLeft(b.intValue());
            }
            case RSHIFT -> {
                if (b.signum() < 0) {
                    return null;
                }
                r = a.shiftRight(b.min(BigInteger.valueOf(1 << 20)).intValue());
            }
            case BIT_AND -> r = a.and(b);
            case BIT_OR -> r = a.or(b);
            case BIT_XOR -> r = a.xor(b);
            default -> {
                return null;
            }
        }
        return r.bitLength() <= MAX_INT_BITS ? new Constant.IntValue(r) : null;
    }
}
