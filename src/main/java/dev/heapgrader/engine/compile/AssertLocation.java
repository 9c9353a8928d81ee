package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Stmt;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;
import dev.heapgrader.engine.version.PythonVersion;

/**
 * Where a failed {@code assert} raises: the position of its {@code RAISE_VARARGS}, which gives the traceback its
 * line number and the span its markers underline (Python/compile.c {@code compiler_assert}).
 */
final class AssertLocation {
    private AssertLocation() {
    }

    /** The node whose position the raise takes: the statement, its test, or (3.11) a comparison inside the test. */
    static Object of(PythonVersion version, Stmt.Assert statement) {
        if (!version.assertionRaisedAtTest()) {
            return statement;
        }
        if (version.assertionRaisedAtLastComparison()) {
            Expr comparison = lastComparison(statement.test());
            return comparison != null ? comparison : statement;
        }
        return statement.test();
    }

    /**
     * 3.11 {@code compiler_jump_if}: a comparison leaves its position as the unit's current one, and the raise
     * emitted after the jump takes whatever position the walk set last (operands of {@code and}/{@code or} and of
     * an if-expression in order, through {@code not}); without a comparison the statement's stays.
     */
    private static Expr lastComparison(Expr e) {
        if (e instanceof Expr.Compare) {
            return e;
        }
        Expr found = null;
        if (e instanceof Expr.BoolOp b) {
            for (Expr value : b.values()) {
                found = latest(found, value);
            }
        } else if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            found = lastComparison(u.operand());
        } else if (e instanceof Expr.IfExp i) {
            found = latest(latest(latest(null, i.test()), i.body()), i.orElse());
        }
        return found;
    }

    private static Expr latest(Expr found, Expr next) {
        Expr inner = lastComparison(next);
        return inner != null ? inner : found;
    }
}
