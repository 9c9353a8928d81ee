package dev.heapgrader.engine.syntax.ast;

import java.util.List;

/** A statement node, mirroring CPython's {@code ast.stmt} kinds. Lists are immutable; optional parts are null. */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr value) implements Stmt { }

    /** {@code a = b = value}: one or more targets, assigned left to right. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt { }

    record AugAssign(Pos pos, Expr target, BinaryOperator op, Expr value) implements Stmt { }

    /** {@code target: annotation [= value]}; simple when the target is a bare name not in parentheses. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt { }

    record Delete(Pos pos, List<Expr> targets) implements Stmt { }

    record Pass(Pos pos) implements Stmt { }

    record Break(Pos pos) implements Stmt { }

    record Continue(Pos pos) implements Stmt { }

    record Return(Pos pos, Expr value) implements Stmt { }

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt { }

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt { }

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync)
            implements Stmt { }

    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync) implements Stmt { }

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt { }

    record Global(Pos pos, List<String> names) implements Stmt { }

    record Nonlocal(Pos pos, List<String> names) implements Stmt { }

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody)
            implements Stmt { }

    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt { }

    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt { }

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt { }

    /** {@code match subject:} and its {@code case} clauses, tried in order. */
    record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt { }

    record Import(Pos pos, List<Alias> names) implements Stmt { }

    /** {@code from module import names}; module is null for {@code from . import x}; level counts the dots. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt { }

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) { }

    /** {@code case pattern if guard:}; guard may be null. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) { }

    record WithItem(Expr contextExpr, Expr optionalVars) { }

    /** {@code name as asname} in an import; asname may be null; name may be dotted or "*". */
    record Alias(Pos pos, String name, String asname) { }
}
