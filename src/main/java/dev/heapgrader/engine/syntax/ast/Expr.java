package dev.heapgrader.engine.syntax.ast;


import java.util.List;

/** An expression node, mirroring CPython's {@code ast.expr} kinds. Lists are immutable; optional parts are null. */
public sealed interface Expr {
    Pos pos();

    record Literal(Pos pos, Constant value) implements Expr { }

    /** An f-string: the parts are {@link Literal} str pieces and {@link FormattedValue}s. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr { }

    /** One {@code {value!conversion:spec}} field; conversion is -1, 's', 'r' or 'a'; spec is a JoinedStr or null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr { }

    record Name(Pos pos, String id, Ctx ctx) implements Expr { }

    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr { }

    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr { }

    /** {@code lower:upper:step} inside a subscript; any part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr { }

    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr { }

    record ListDisplay(Pos pos, List<Expr> elts, Ctx ctx) implements Expr { }

    record TupleDisplay(Pos pos, List<Expr> elts, Ctx ctx) implements Expr { }

    record SetDisplay(Pos pos, List<Expr> elts) implements Expr { }

    /** A dict display; a null key marks a {@code **mapping} entry whose mapping is the value. */
    record DictDisplay(Pos pos, List<Expr> keys, List<Expr> values) implements Expr { }

    record BinOp(Pos pos, Expr left, BinaryOperator op, Expr right) implements Expr { }

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr { }

    /** {@code and} / {@code or} over two or more operands. */
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr { }

    record Compare(Pos pos, Expr left, List<CompareOperator> ops, List<Expr> comparators) implements Expr { }

    /** A call; args may contain {@link Starred}; a keyword with a null name is {@code **mapping}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr { }

    record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr { }

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr { }

    /** The walrus {@code target := value}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr { }

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr { }

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr { }

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr { }

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr { }

    /** {@code yield} with an optional value. */
    record Yield(Pos pos, Expr value) implements Expr { }

    record YieldFrom(Pos pos, Expr value) implements Expr { }

    record Await(Pos pos, Expr value) implements Expr { }

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) { }

    /** {@code name=value} in a call or class header; name is null for {@code **value}. */
    record Keyword(Pos pos, String name, Expr value) { }
}
