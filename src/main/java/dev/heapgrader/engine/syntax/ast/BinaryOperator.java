package dev.heapgrader.engine.syntax.ast;

/** Binary and augmented-assignment operators, with the source symbol and CPython's dunder names. */
public enum BinaryOperator {
    ADD("+", "__add__", "__radd__", "__iadd__"),
    SUB("-", "__sub__", "__rsub__", "__isub__"),
    MULT("*", "__mul__", "__rmul__", "__imul__"),
    MAT_MULT("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    DIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    FLOOR_DIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    MOD("%", "__mod__", "__rmod__", "__imod__"),
    POW("**", "__pow__", "__rpow__", "__ipow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
    BIT_OR("|", "__or__", "__ror__", "__ior__"),
    BIT_XOR("^", "__xor__", "__rxor__", "__ixor__"),
    BIT_AND("&", "__and__", "__rand__", "__iand__");

    private final String symbol;
    private final String method;
    private final String reflected;
    private final String inPlace;

    BinaryOperator(String symbol, String method, String reflected, String inPlace) {
        this.symbol = symbol;
        this.method = method;
        this.reflected = reflected;
        this.inPlace = inPlace;
    }

    public String symbol() {
        return symbol;
    }

    public String method() {
        return method;
    }

    public String reflected() {
        return reflected;
    }

    public String inPlace() {
        return inPlace;
    }
}
