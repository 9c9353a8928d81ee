package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Stmt;

/**
 * Bytecode for {@code try} and {@code with}, the statements whose exception paths decide how long exception
 * objects and context managers stay referenced. The shape follows CPython 3.11+ ({@code PUSH_EXC_INFO} keeps the
 * previously handled exception on the stack, {@code POP_EXCEPT} restores it), expressed with a block stack.
 */
final class BlockCompiler {
    private final Compiler c;

    BlockCompiler(Compiler c) {
        this.c = c;
    }

    void tryStmt(Stmt.Try t) {
        if (!t.finalBody().isEmpty()) {
            tryFinally(t);
        } else {
            tryExcept(t);
        }
    }

    private void tryFinally(Stmt.Try t) {
        CodeUnit u = c.unit();
        CodeUnit.Label handler = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        int depth = u.depth();
        u.emitJump(Opcode.SETUP_FINALLY, handler);
        u.fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.FINALLY_TRY, null, null, t.finalBody()));
        if (!t.handlers().isEmpty()) {
            tryExcept(t);
        } else {
            c.stmts(t.body());
        }
        u.fblocks.pop();
        c.emit(Opcode.POP_BLOCK, 0);
        c.stmts(t.finalBody());
        u.emitJump(Opcode.JUMP, end);
        // exceptional path: [exc] -> [prev, exc]; run the final body, then re-raise
        u.place(handler);
        u.setDepth(depth + 1);
        CodeUnit.Label cleanup = new CodeUnit.Label();
        c.emit(Opcode.PUSH_EXC_INFO, 1);
        u.emitJump(Opcode.SETUP_CLEANUP, cleanup);
        u.fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.FINALLY_END, null, null, null));
        c.stmts(t.finalBody());
        u.fblocks.pop();
        c.emit(Opcode.RERAISE, 0, -1);
        emitCleanup(u, cleanup, depth);
        u.place(end);
        u.setDepth(depth);
    }

    private void tryExcept(Stmt.Try t) {
        CodeUnit u = c.unit();
        CodeUnit.Label handler = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        CodeUnit.Label orElse = new CodeUnit.Label();
        int depth = u.depth();
        u.emitJump(Opcode.SETUP_FINALLY, handler);
        u.fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.TRY_EXCEPT, null, null, null));
        c.stmts(t.body());
        u.fblocks.pop();
        c.emit(Opcode.POP_BLOCK, 0);
        u.place(orElse);
        c.stmts(t.orElse());
        u.emitJump(Opcode.JUMP, end);

        u.place(handler);
        u.setDepth(depth + 1);
        CodeUnit.Label cleanup = new CodeUnit.Label();
        c.emit(Opcode.PUSH_EXC_INFO, 1);
        u.emitJump(Opcode.SETUP_CLEANUP, cleanup);
        for (Stmt.ExceptHandler h : t.handlers()) {
            c.line(h.pos());
            CodeUnit.Label next = new CodeUnit.Label();
            if (h.type() != null) {
                c.exprs.expr(h.type());
                c.emit(Opcode.CHECK_EXC_MATCH, 0);
                u.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
                u.adjustDepth(-1);
            }
            CodeUnit.Label nameCleanup = new CodeUnit.Label();
            if (h.name() != null) {
                c.name(h.name(), Ctx.STORE);
                u.emitJump(Opcode.SETUP_FINALLY, nameCleanup);
            } else {
                c.emit(Opcode.POP_TOP, -1);
            }
            u.fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.HANDLER_CLEANUP, null, null, h.name()));
            c.stmts(h.body());
            u.fblocks.pop();
            if (h.name() != null) {
                c.emit(Opcode.POP_BLOCK, 0);
                c.loadNone();
                c.name(h.name(), Ctx.STORE);
                c.name(h.name(), Ctx.DEL);
            }
            c.emit(Opcode.POP_BLOCK, 0);
            c.emit(Opcode.POP_EXCEPT, -1);
            u.emitJump(Opcode.JUMP, end);
            if (h.name() != null) {
                // the handler body raised: [prev, exc2]; unbind the name, then let the cleanup block restore
                u.place(nameCleanup);
                u.setDepth(depth + 2);
                c.loadNone();
                c.name(h.name(), Ctx.STORE);
                c.name(h.name(), Ctx.DEL);
                c.emit(Opcode.RERAISE, 0, -1);
            }
            u.place(next);
            u.setDepth(depth + 2);
        }
        c.emit(Opcode.RERAISE, 0, -1);
        emitCleanup(u, cleanup, depth);
        u.place(end);
        u.setDepth(depth);
    }

    /** The cleanup handler: [prev, exc] -> restore prev as the handled exception, re-raise exc. */
    private void emitCleanup(CodeUnit u, CodeUnit.Label cleanup, int depth) {
        u.place(cleanup);
        u.setDepth(depth + 2);
        c.emit(Opcode.SWAP, 2, 0);
        c.emit(Opcode.POP_EXCEPT, -1);
        c.emit(Opcode.RERAISE, 0, -1);
    }

    /** {@code with a as x, b as y:} nests one item inside the next, as CPython does. */
    void withStmt(Stmt.With w, int item) {
        CodeUnit u = c.unit();
        Stmt.WithItem wi = w.items().get(item);
        CodeUnit.Label handler = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        int depth = u.depth();
        c.exprs.expr(wi.contextExpr());
        c.emit(Opcode.BEFORE_WITH, 1);
        u.emitJump(Opcode.SETUP_FINALLY, handler);
        u.fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.WITH, null, null, null));
        if (wi.optionalVars() != null) {
            c.targets.store(wi.optionalVars());
        } else {
            c.emit(Opcode.POP_TOP, -1);
        }
        if (item + 1 < w.items().size()) {
            withStmt(w, item + 1);
        } else {
            c.stmts(w.body());
        }
        u.fblocks.pop();
        c.emit(Opcode.POP_BLOCK, 0);
        c.line(w.pos());
        c.loadNone();
        c.loadNone();
        c.loadNone();
        c.emit(Opcode.CALL_METHOD, 2, -3);
        c.emit(Opcode.POP_TOP, -1);
        u.emitJump(Opcode.JUMP, end);

        // [exit, exc] -> [exit, prev, exc]
        u.place(handler);
        u.setDepth(depth + 2);
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label suppress = new CodeUnit.Label();
        c.emit(Opcode.PUSH_EXC_INFO, 1);
        u.emitJump(Opcode.SETUP_CLEANUP, cleanup);
        c.emit(Opcode.WITH_EXCEPT_START, 1);
        u.emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        u.adjustDepth(-1);
        c.emit(Opcode.RERAISE, 0, -1);
        u.place(suppress);
        u.setDepth(depth + 3);
        c.emit(Opcode.POP_TOP, -1);
        c.emit(Opcode.POP_BLOCK, 0);
        c.emit(Opcode.POP_EXCEPT, -1);
        c.emit(Opcode.POP_TOP, -1);
        u.emitJump(Opcode.JUMP, end);
        u.place(cleanup);
        u.setDepth(depth + 3);
        c.emit(Opcode.SWAP, 2, 0);
        c.emit(Opcode.POP_EXCEPT, -1);
        c.emit(Opcode.RERAISE, 0, -1);
        u.place(end);
        u.setDepth(depth);
    }
}
