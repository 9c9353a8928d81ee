package dev.heapgrader.engine.syntax.ast;

/** Comparison operators, chainable as in {@code a < b <= c}. */
public enum CompareOperator {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"), IN("in"),
    NOT_IN("not in");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
