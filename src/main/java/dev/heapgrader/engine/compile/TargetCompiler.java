package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.List;

/**
 * Bytecode for assignment targets: stores (names, attributes, subscripts, unpacking with a starred target),
 * deletions and augmented assignments, in the operand order of Python/compile.c so the right temporaries are on the
 * stack when each store runs.
 */
final class TargetCompiler {
    private final Compiler c;
    private final ExpressionCompiler exprs;

    TargetCompiler(Compiler c, ExpressionCompiler exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    /** Stores the value on top of the stack into a target, consuming it. */
    void store(Expr target) {
        if (target instanceof Expr.Name n) {
            c.name(n.id(), Ctx.STORE);
        } else if (target instanceof Expr.Attribute a) {
            if (a.value() instanceof Expr.Name n && n.id().equals("self")) {
                c.noteSelfAttributeStore(a.attr());
            }
            exprs.expr(a.value());
            c.emitAt(a, Opcode.STORE_ATTR, c.unit().attributeIndex(a.attr()), -2);
        } else if (target instanceof Expr.Subscript s) {
            exprs.expr(s.value());
            exprs.expr(s.slice());
            c.emit(Opcode.STORE_SUBSCR, -3);
        } else if (target instanceof Expr.TupleDisplay t) {
            unpack(t.elts());
        } else if (target instanceof Expr.ListDisplay l) {
            unpack(l.elts());
        } else if (target instanceof Expr.Starred s) {
            store(s.value());
        } else {
            throw new IllegalStateException("cannot store to " + target.getClass().getSimpleName());
        }
    }

    private void unpack(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            c.emit(Opcode.UNPACK_SEQUENCE, elts.size(), elts.size() - 1);
        } else {
            int after = elts.size() - star - 1;
            c.emit(Opcode.UNPACK_EX, star | (after << 8), elts.size() - 1);
        }
        for (Expr e : elts) {
            store(e);
        }
    }

    void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            c.name(n.id(), Ctx.DEL);
        } else if (target instanceof Expr.Attribute a) {
            exprs.expr(a.value());
            c.emitAt(a, Opcode.DELETE_ATTR, c.unit().attributeIndex(a.attr()), -1);
        } else if (target instanceof Expr.Subscript s) {
            exprs.expr(s.value());
            exprs.expr(s.slice());
            c.emit(Opcode.DELETE_SUBSCR, -2);
        } else if (target instanceof Expr.TupleDisplay t) {
            t.elts().forEach(this::delete);
        } else if (target instanceof Expr.ListDisplay l) {
            l.elts().forEach(this::delete);
        } else {
            throw new IllegalStateException("cannot delete " + target.getClass().getSimpleName());
        }
    }

    void augAssign(Stmt.AugAssign a) {
        Expr t = a.target();
        int op = a.op().ordinal();
        if (t instanceof Expr.Name n) {
            c.name(n.id(), Ctx.LOAD);
            exprs.expr(a.value());
            c.emit(Opcode.INPLACE_OP, op, -1);
            c.name(n.id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute at) {
            exprs.expr(at.value());
            c.emit(Opcode.COPY, 1, 1);
            c.emit(Opcode.LOAD_ATTR, c.unit().attributeIndex(at.attr()), 0);
            exprs.expr(a.value());
            c.emit(Opcode.INPLACE_OP, op, -1);
            c.emit(Opcode.SWAP, 2, 0);
            c.emit(Opcode.STORE_ATTR, c.unit().attributeIndex(at.attr()), -2);
        } else if (t instanceof Expr.Subscript s) {
            exprs.expr(s.value());
            exprs.expr(s.slice());
            c.emit(Opcode.COPY, 2, 1);
            c.emit(Opcode.COPY, 2, 1);
            c.emit(Opcode.BINARY_SUBSCR, -1);
            exprs.expr(a.value());
            c.emit(Opcode.INPLACE_OP, op, -1);
            c.emit(Opcode.SWAP, 3, 0);
            c.emit(Opcode.SWAP, 2, 0);
            c.emit(Opcode.STORE_SUBSCR, -3);
        } else {
            throw new IllegalStateException("bad augmented assignment target");
        }
    }
}
