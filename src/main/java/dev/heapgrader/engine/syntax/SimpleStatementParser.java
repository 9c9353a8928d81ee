package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simple statements (Grammar rule {@code simple_stmt}) separated by ';' up to NEWLINE: assignments of every kind
 * with invalid_assignment's target messages, expression statements with the legacy print check, and the keyword
 * statements (return, raise, del, assert, import, global, ...).
 */
final class SimpleStatementParser {
    private static final Map<String, BinaryOperator> AUGMENTED = Map.ofEntries(
            Map.entry("+=", BinaryOperator.ADD), Map.entry("-=", BinaryOperator.SUB),
            Map.entry("*=", BinaryOperator.MULT), Map.entry("@=", BinaryOperator.MAT_MULT),
            Map.entry("/=", BinaryOperator.DIV), Map.entry("//=", BinaryOperator.FLOOR_DIV),
            Map.entry("%=", BinaryOperator.MOD), Map.entry("**=", BinaryOperator.POW),
            Map.entry("<<=", BinaryOperator.LSHIFT), Map.entry(">>=", BinaryOperator.RSHIFT),
            Map.entry("|=", BinaryOperator.BIT_OR), Map.entry("^=", BinaryOperator.BIT_XOR),
            Map.entry("&=", BinaryOperator.BIT_AND));

    private final TokenStream ts;
    private final ExpressionParser ep;
    private Token start;

    SimpleStatementParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (ts.accept(";")) {
                if (ts.atKind(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!ts.atKind(TokenKind.NEWLINE)) {
            throw ts.invalidSyntax();
        }
        ts.next();
    }

    private Stmt simpleStatement() {
        Token t = ts.peek();
        start = t;
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass":
                    return new Stmt.Pass(ts.next().pos());
                case "break":
                    return new Stmt.Break(ts.next().pos());
                case "continue":
                    return new Stmt.Continue(ts.next().pos());
                case "return":
                    return returnStatement();
                case "raise":
                    return raiseStatement();
                case "global", "nonlocal":
                    return globalStatement();
                case "del":
                    return deleteStatement();
                case "assert":
                    return assertStatement();
                case "import":
                    return new ImportParser(ts, ep).importName();
                case "from":
                    return new ImportParser(ts, ep).importFrom();
                default:
                    break;
            }
        }
        return expressionOrAssignment();
    }

    private boolean atStatementEnd() {
        return ts.atKind(TokenKind.NEWLINE) || ts.at(";");
    }

    private Stmt returnStatement() {
        Token kw = ts.next();
        if (atStatementEnd()) {
            return new Stmt.Return(kw.pos(), null);
        }
        Expr value = ep.starExpressions();
        return new Stmt.Return(ts.from(kw), value);
    }

    private Stmt raiseStatement() {
        Token kw = ts.next();
        if (atStatementEnd()) {
            return new Stmt.Raise(kw.pos(), null, null);
        }
        Expr exc = ep.expression();
        Expr cause = null;
        if (ts.accept("from")) {
            cause = ep.expression();
        }
        return new Stmt.Raise(ts.from(kw), exc, cause);
    }

    private Stmt globalStatement() {
        Token kw = ts.next();
        List<String> names = new ArrayList<>();
        Token last;
        do {
            last = ep.expectName();
            names.add(last.text());
        } while (ts.accept(","));
        Pos pos = TokenStream.span(kw, last);
        return kw.text().equals("global") ? new Stmt.Global(pos, List.copyOf(names))
                : new Stmt.Nonlocal(pos, List.copyOf(names));
    }

    private Stmt deleteStatement() {
        Token kw = ts.next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (atStatementEnd()) {
                break;
            }
            targets.add(TargetRules.delete(ts, ep.bitwiseOrOrStarred()));
        } while (ts.accept(","));
        if (targets.isEmpty()) {
            throw ts.invalidSyntax();
        }
        return new Stmt.Delete(ts.from(kw), List.copyOf(targets));
    }

    private Stmt assertStatement() {
        Token kw = ts.next();
        Expr test = ep.expression();
        Expr msg = null;
        if (ts.accept(",")) {
            msg = ep.expression();
        }
        return new Stmt.Assert(ts.from(kw), test, msg);
    }

    private Expr valueExpression() {
        return ts.at("yield") ? ep.yieldExpr() : ep.starExpressions();
    }

    private Stmt expressionOrAssignment() {
        Expr first = valueExpression();
        Token t = ts.peek();
        if (t.isOp("=")) {
            return assignment(first);
        }
        if (t.kind() == TokenKind.OP && AUGMENTED.containsKey(t.text())) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw ts.errorAt(first.pos(), "'" + TargetRules.describe(first)
                        + "' is an illegal expression for augmented assignment");
            }
            ts.next();
            Expr value = valueExpression();
            return new Stmt.AugAssign(ts.from(start), TargetRules.withCtx(first,
                    dev.heapgrader.engine.syntax.ast.Ctx.STORE), AUGMENTED.get(t.text()), value);
        }
        if (t.isOp(":")) {
            return annotated(first);
        }
        if (!atStatementEnd()) {
            if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                    && ExpressionParser.startsExpression(t)) {
                int mark = ts.mark();
                try {
                    Expr rest = ep.starExpressions();
                    throw ts.errorSpan(first.pos(), rest.pos(), "Missing parentheses in call to '" + n.id()
                            + "'. Did you mean " + n.id() + "(...)?");
                } catch (PythonSyntaxError e) {
                    if (e.msg().startsWith("Missing parentheses")) {
                        throw e;
                    }
                    ts.reset(mark);
                }
            }
            throw ts.invalidSyntax();
        }
        return new Stmt.ExprStmt(ts.from(start), first);
    }

    private Stmt annotated(Expr target) {
        ts.next();
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            String msg = target instanceof Expr.TupleDisplay ? "only single target (not tuple) can be annotated"
                    : target instanceof Expr.ListDisplay ? "only single target (not list) can be annotated"
                    : "illegal target for annotation";
            throw ts.errorAt(target.pos(), msg);
        }
        Expr annotation = ep.expression();
        Expr value = null;
        if (ts.accept("=")) {
            value = valueExpression();
        }
        boolean simple = target instanceof Expr.Name && !parenthesized(target);
        return new Stmt.AnnAssign(ts.from(start),
                TargetRules.withCtx(target, dev.heapgrader.engine.syntax.ast.Ctx.STORE), annotation, value, simple);
    }

    private boolean parenthesized(Expr target) {
        int start = ts.src.lineStart(target.pos().line()) + target.pos().col();
        return start > 0 && ts.src.at(start - 1) == '(';
    }

    private Stmt assignment(Expr first) {
        List<Expr> exprs = new ArrayList<>(List.of(first));
        while (ts.accept("=")) {
            exprs.add(valueExpression());
        }
        Expr value = exprs.remove(exprs.size() - 1);
        List<Expr> targets = new ArrayList<>();
        for (int k = 0; k < exprs.size(); k++) {
            Expr target = exprs.get(k);
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                throw ts.errorAt(target.pos(), "assignment to yield expression not possible");
            }
            Expr bad = TargetRules.invalidPart(target, false);
            if (bad != null) {
                boolean last = k == exprs.size() - 1;
                if (last && qualifiesForHere(target)) {
                    throw ts.errorAt(target.pos(), "cannot assign to " + TargetRules.describe(target)
                            + " here. Maybe you meant '==' instead of '='?");
                }
                throw ts.errorAt(bad.pos(), "cannot assign to " + TargetRules.describe(bad));
            }
            checkStarred(target);
            targets.add(TargetRules.withCtx(target, dev.heapgrader.engine.syntax.ast.Ctx.STORE));
        }
        return new Stmt.Assign(ts.from(start), List.copyOf(targets), value);
    }

    /** Python/compile.c: a starred target needs a list or tuple around it, and at most one per level. */
    private void checkStarred(Expr target) {
        if (target instanceof Expr.Starred) {
            throw ts.errorAt(target.pos(), "starred assignment target must be in a list or tuple");
        }
        List<Expr> elts = target instanceof Expr.TupleDisplay t ? t.elts()
                : target instanceof Expr.ListDisplay l ? l.elts() : List.of();
        long stars = elts.stream().filter(e -> e instanceof Expr.Starred).count();
        if (stars > 1) {
            throw ts.errorAt(target.pos(), "multiple starred expressions in assignment");
        }
        for (Expr e : elts) {
            checkStarred(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    /** Whether invalid_named_expression's "cannot assign to X here" alternative applies to a target. */
    static boolean qualifiesForHere(Expr e) {
        if (e instanceof Expr.ListDisplay || e instanceof Expr.TupleDisplay || e instanceof Expr.GeneratorExp) {
            return false;
        }
        if (e instanceof Expr.Literal l && (l.value() instanceof Constant.BoolValue
                || l.value() instanceof Constant.NoneValue)) {
            return false;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == dev.heapgrader.engine.syntax.ast.UnaryOperator.NOT) {
            return false;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Starred || e instanceof Expr.NamedExpr
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom);
    }
}
