package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;

import java.math.BigInteger;

/**
 * Compile-time folding of str and bytes concatenation and repetition, as Python/ast_opt.c {@code fold_binop} does
 * before code generation. It matters for sizes: {@code ["x" * 1000, "y" * 1000]} is a display of constants (built
 * from a constant tuple, capacity rounded up to even) rather than of computed items. Integer arithmetic is not
 * folded here.
 */
final class SequenceFolding {
    /** Python/ast_opt.c {@code MAX_STR_SIZE}: longer results stay runtime operations. */
    static final int MAX_STR_SIZE = 4096;

    private SequenceFolding() {
    }

    /** The folded str or bytes constant for a binary operation over constants, or null when CPython keeps it. */
    static Constant fold(Expr.BinOp b) {
        Constant l = operand(b.left());
        Constant r = operand(b.right());
        if (l == null || r == null) {
            return null;
        }
        if (b.op() == BinaryOperator.ADD) {
            if (l instanceof Constant.StrValue ls && r instanceof Constant.StrValue rs) {
                return new Constant.StrValue(ls.value() + rs.value());
            }
            if (l instanceof Constant.BytesValue lb && r instanceof Constant.BytesValue rb) {
                byte[] out = java.util.Arrays.copyOf(lb.value(), lb.value().length + rb.value().length);
                System.arraycopy(rb.value(), 0, out, lb.value().length, rb.value().length);
                return new Constant.BytesValue(out);
            }
            return null;
        }
        if (b.op() == BinaryOperator.MULT) {
            if (r instanceof Constant.IntValue n) {
                return repeat(l, n.value());
            }
            if (l instanceof Constant.IntValue n) {
                return repeat(r, n.value());
            }
        }
        return null;
    }

    private static Constant operand(Expr e) {
        if (e instanceof Expr.Literal lit) {
            return lit.value();
        }
        if (e instanceof Expr.BinOp inner) {
            return fold(inner);
        }
        return null;
    }

    /** {@code safe_multiply}: a non-negative count whose result fits {@link #MAX_STR_SIZE}. */
    private static Constant repeat(Constant seq, BigInteger count) {
        int size;
        if (seq instanceof Constant.StrValue s) {
            size = s.value().codePointCount(0, s.value().length());
        } else if (seq instanceof Constant.BytesValue bv) {
            size = bv.value().length;
        } else {
            return null;
        }
        if (count.signum() < 0 || (size > 0 && count.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0)) {
            return null;
        }
        if (count.bitLength() > 31) {
            return null;
        }
        int n = count.intValue();
        if (seq instanceof Constant.StrValue s) {
            return new Constant.StrValue(s.value().repeat(n));
        }
        byte[] src = ((Constant.BytesValue) seq).value();
        byte[] out = new byte[src.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, 0, out, i * src.length, src.length);
        }
        return new Constant.BytesValue(out);
    }
}
