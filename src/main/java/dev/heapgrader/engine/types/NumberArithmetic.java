package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

import java.math.BigInteger;

/** Integer and float arithmetic with Python's semantics: floor division, sign of modulo, int to float overflow. */
public final class NumberArithmetic {
    private NumberArithmetic() {
    }

    public static double toDouble(Interpreter ip, PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (!(o instanceof PyInt i)) {
            throw ip.errors.typeError("must be real number, not " + o.type().name());
        }
        if (i.isSmall()) {
            return i.longValue();
        }
        double d = i.bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw ip.errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public static PyObject intOp(Interpreter ip, BinaryOperator op, PyInt a, PyInt b) {
        InterpreterState rt = ip.rt;
        if (a.isSmall() && b.isSmall()) {
            long x = a.longValue();
            long y = b.longValue();
            switch (op) {
                case ADD -> {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return rt.newInt(r);
                    }
                }
                case SUB -> {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return rt.newInt(r);
                    }
                }
                case MULT -> {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return rt.newInt(lo);
                    }
                }
                case FLOOR_DIV -> {
                    if (y == 0) {
                        throw ip.errors.zeroDivision("integer division or modulo by zero");
                    }
                    if (!(x == Long.MIN_VALUE && y == -1)) {
                        return rt.newInt(Math.floorDiv(x, y));
                    }
                }
                case MOD -> {
                    if (y == 0) {
                        throw ip.errors.zeroDivision("integer modulo by zero");
                    }
                    return rt.newInt(Math.floorMod(x, y));
                }
                case BIT_AND -> {
                    return rt.newInt(x & y);
                }
                case BIT_OR -> {
                    return rt.newInt(x | y);
                }
                case BIT_XOR -> {
                    return rt.newInt(x ^ y);
                }
                default -> {
                }
            }
        }
        BigInteger x = a.bigValue();
        BigInteger y = b.bigValue();
        return switch (op) {
            case ADD -> rt.newInt(x.add(y));
            case SUB -> rt.newInt(x.subtract(y));
            case MULT -> {
                ip.checkTimeForBigIntegerWork((long) x.bitLength() + y.bitLength());
                yield rt.newInt(x.multiply(y));
            }
            case FLOOR_DIV -> {
                if (y.signum() == 0) {
                    throw ip.errors.zeroDivision("integer division or modulo by zero");
                }
                yield rt.newInt(floorDiv(x, y));
            }
            case MOD -> {
                if (y.signum() == 0) {
                    throw ip.errors.zeroDivision("integer modulo by zero");
                }
                yield rt.newInt(x.subtract(floorDiv(x, y).multiply(y)));
            }
            case DIV -> {
                if (y.signum() == 0) {
                    throw ip.errors.zeroDivision("division by zero");
                }
                yield rt.newFloat(trueDivide(ip, x, y));
            }
            case POW -> {
                if (y.signum() < 0) {
                    double base = toDouble(ip, a);
                    if (base == 0.0) {
                        throw ip.errors.zeroDivision("0.0 cannot be raised to a negative power");
                    }
                    yield rt.newFloat(Math.pow(base, y.doubleValue()));
                }
                if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                    // 0, 1 and -1 stay that small whatever the exponent (long_pow needs no room for them)
                    yield rt.newInt(x.signum() == 0 ? (y.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                            : x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate());
                }
                // the result has about bitLength(x) * y bits; refuse what the simulated heap cannot hold
                if (y.bitLength() > 31 || rt.heap.wouldExceed((long) x.abs().bitLength() * y.longValue() / 8)) {
                    throw ip.errors.make("MemoryError");
                }
                ip.checkTimeForBigIntegerWork((long) x.abs().bitLength() * y.longValue());
                yield rt.newInt(x.pow(y.intValue()));
            }
            case LSHIFT -> {
                if (y.signum() < 0) {
                    throw ip.errors.valueError("negative shift count");
                }
                if (y.bitLength() > 31 || rt.heap.wouldExceed(y.longValue() / 8)) {
                    throw ip.errors.make("MemoryError");
                }
                yield rt.newInt(x.shiftLeft(y.intValue()));
            }
            case RSHIFT -> {
                if (y.signum() < 0) {
                    throw ip.errors.valueError("negative shift count");
                }
                yield rt.newInt(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            }
            case BIT_AND -> rt.newInt(x.and(y));
            case BIT_OR -> rt.newInt(x.or(y));
            case BIT_XOR -> rt.newInt(x.xor(y));
            case MAT_MULT -> throw Arithmetic.unsupported(ip, "@", a, b);
        };
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** Correctly rounded int / int (Objects/longobject.c {@code long_true_divide}). */
    private static double trueDivide(Interpreter ip, BigInteger x, BigInteger y) {
        if (x.bitLength() < 53 && y.bitLength() < 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double d = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL128)
                .doubleValue();
        if (Double.isInfinite(d)) {
            throw ip.errors.overflow("integer division result too large for a float");
        }
        return d;
    }

    public static PyObject floatOp(Interpreter ip, BinaryOperator op, double x, double y) {
        InterpreterState rt = ip.rt;
        return switch (op) {
            case ADD -> rt.newFloat(x + y);
            case SUB -> rt.newFloat(x - y);
            case MULT -> rt.newFloat(x * y);
            case DIV -> {
                if (y == 0) {
                    throw ip.errors.zeroDivision("float division by zero");
                }
                yield rt.newFloat(x / y);
            }
            case FLOOR_DIV -> {
                if (y == 0) {
                    throw ip.errors.zeroDivision("float floor division by zero");
                }
                yield rt.newFloat(floatFloorDiv(x, y));
            }
            case MOD -> {
                if (y == 0) {
                    throw ip.errors.zeroDivision(rt.version.floatModuloByZeroMessage());
                }
                yield rt.newFloat(floatMod(x, y));
            }
            case POW -> {
                if (x == 0 && y < 0) {
                    throw ip.errors.zeroDivision("0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.rint(y)) {
                    yield rt.newComplex(Math.pow(-x, y) * Math.cos(Math.PI * y), Math.pow(-x, y) * Math.sin(Math.PI * y));
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw ip.errors.overflow("(34, 'Numerical result out of range')");
                }
                yield rt.newFloat(r);
            }
            default -> throw ip.errors.typeError("unsupported operand type(s) for " + op.symbol()
                    + ": 'float' and 'float'");
        };
    }

    /** Objects/floatobject.c {@code float_rem}: the result takes the sign of the divisor. */
    static double floatMod(double x, double y) {
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    static double floatFloorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, x / y);
    }
}
