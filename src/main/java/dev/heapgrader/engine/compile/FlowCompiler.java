package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.Scope;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Bytecode for the statements that move control: {@code if}, {@code while}, {@code for}, {@code return},
 * {@code break} and {@code continue} (Python/compile.c {@code compiler_if}, {@code compiler_while},
 * {@code compiler_for}...), with the cleanup of every block a jump leaves ({@code compiler_unwind_fblock_stack}):
 * the iterator a {@code for} holds, a {@code finally} body, a {@code with} exit, a handled exception.
 */
final class FlowCompiler {
    private final Compiler c;

    FlowCompiler(Compiler c) {
        this.c = c;
    }

    void ifStmt(Stmt.If i) {
        CodeUnit.Label orElse = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        c.exprs.expr(i.test());
        c.unit().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
        c.unit().adjustDepth(-1);
        c.stmts(i.body());
        if (!i.orElse().isEmpty()) {
            c.unit().emitJump(Opcode.JUMP, end);
        }
        c.unit().place(orElse);
        c.stmts(i.orElse());
        c.unit().place(end);
    }

    void whileStmt(Stmt.While w) {
        CodeUnit.Label loop = new CodeUnit.Label();
        CodeUnit.Label orElse = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        c.unit().place(loop);
        c.exprs.expr(w.test());
        c.unit().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
        c.unit().adjustDepth(-1);
        c.unit().fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.WHILE_LOOP, loop, end, null));
        c.stmts(w.body());
        c.unit().fblocks.pop();
        c.line(w.pos());
        c.unit().emitJump(Opcode.JUMP, loop);
        c.unit().place(orElse);
        c.stmts(w.orElse());
        c.unit().place(end);
    }

    void forStmt(Stmt.For f) {
        CodeUnit.Label loop = new CodeUnit.Label();
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        c.exprs.iterable(f.iter());
        c.emit(Opcode.GET_ITER, 0);
        c.unit().place(loop);
        Object saved = c.unit().currentNode;
        if (c.rt.version.forIterLocatedAtIterable()) {
            c.unit().currentNode = f.iter();
        }
        c.unit().emitJump(Opcode.FOR_ITER, cleanup);
        c.unit().currentNode = saved;
        c.unit().adjustDepth(1);
        c.unit().fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.FOR_LOOP, loop, end, null));
        c.targets.store(f.target());
        c.stmts(f.body());
        c.unit().fblocks.pop();
        c.line(f.pos());
        c.unit().emitJump(Opcode.JUMP, loop);
        c.unit().place(cleanup);
        c.unit().adjustDepth(-1);
        c.stmts(f.orElse());
        c.unit().place(end);
    }

    void returnStmt(Stmt.Return r) {
        if (c.unit().scope.kind() != Scope.Kind.FUNCTION) {
            throw new IllegalStateException("'return' outside function reached the compiler");
        }
        if (r.value() != null) {
            c.exprs.expr(r.value());
        } else {
            c.loadNone();
        }
        unwindAll(true, null);
        c.emit(Opcode.RETURN_VALUE, -1);
    }

    void breakStmt(Stmt.Break b) {
        CodeUnit.FBlock loop = unwindAll(false, CodeUnit.FBlock.Kind.WHILE_LOOP);
        if (loop.kind() == CodeUnit.FBlock.Kind.FOR_LOOP) {
            c.emit(Opcode.POP_TOP, 0);
        }
        c.unit().emitJump(Opcode.JUMP, loop.exit());
    }

    void continueStmt(Stmt.Continue cont) {
        CodeUnit.FBlock loop = unwindAll(false, CodeUnit.FBlock.Kind.WHILE_LOOP);
        c.unit().emitJump(Opcode.JUMP, loop.start());
    }

    /**
     * Emits the cleanup of every enclosing block up to the innermost loop (for break/continue, when
     * {@code untilLoop} is non-null) or all of them (return), as {@code compiler_unwind_fblock_stack} does.
     * Blocks are restored afterwards, since the code after the jump is still inside them.
     */
    private CodeUnit.FBlock unwindAll(boolean preserveTop, CodeUnit.FBlock.Kind untilLoop) {
        Deque<CodeUnit.FBlock> saved = new ArrayDeque<>();
        CodeUnit.FBlock found = null;
        try {
            while (!c.unit().fblocks.isEmpty()) {
                CodeUnit.FBlock top = c.unit().fblocks.peek();
                boolean isLoop = top.kind() == CodeUnit.FBlock.Kind.WHILE_LOOP
                        || top.kind() == CodeUnit.FBlock.Kind.FOR_LOOP;
                if (untilLoop != null && isLoop) {
                    found = top;
                    break;
                }
                c.unit().fblocks.pop();
                saved.push(top);
                unwindOne(top, preserveTop);
            }
        } finally {
            while (!saved.isEmpty()) {
                c.unit().fblocks.push(saved.pop());
            }
        }
        return found;
    }

    private void unwindOne(CodeUnit.FBlock b, boolean preserveTop) {
        switch (b.kind()) {
            case WHILE_LOOP, TRY_EXCEPT -> {
                if (b.kind() == CodeUnit.FBlock.Kind.TRY_EXCEPT) {
                    c.emit(Opcode.POP_BLOCK, 0);
                }
            }
            case FOR_LOOP -> {
                if (preserveTop) {
                    c.emit(Opcode.SWAP, 2, 0);
                }
                c.emit(Opcode.POP_TOP, -1);
            }
            case FINALLY_TRY -> {
                c.emit(Opcode.POP_BLOCK, 0);
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) b.datum();
                if (preserveTop) {
                    c.unit().fblocks.push(new CodeUnit.FBlock(CodeUnit.FBlock.Kind.POP_VALUE, null, null, null));
                }
                c.stmts(finalBody);
                if (preserveTop) {
                    c.unit().fblocks.pop();
                }
            }
            case FINALLY_END -> {
                // inside a finally run for an exception: [prev, exc] under the value
                if (preserveTop) {
                    c.emit(Opcode.SWAP, 2, 0);
                }
                c.emit(Opcode.POP_TOP, -1);
                c.emit(Opcode.POP_BLOCK, 0);
                if (preserveTop) {
                    c.emit(Opcode.SWAP, 2, 0);
                }
                c.emit(Opcode.POP_EXCEPT, -1);
            }
            case WITH -> {
                c.emit(Opcode.POP_BLOCK, 0);
                if (preserveTop) {
                    c.emit(Opcode.SWAP, 2, 0);
                }
                c.loadNone();
                c.loadNone();
                c.loadNone();
                c.emit(Opcode.CALL, 3, -3);
                c.emit(Opcode.POP_TOP, -1);
            }
            case HANDLER_CLEANUP -> {
                String boundName = (String) b.datum();
                if (boundName != null) {
                    c.emit(Opcode.POP_BLOCK, 0);
                    c.loadNone();
                    c.name(boundName, Ctx.STORE);
                    c.name(boundName, Ctx.DEL);
                }
                c.emit(Opcode.POP_BLOCK, 0);
                if (preserveTop) {
                    c.emit(Opcode.SWAP, 2, 0);
                }
                c.emit(Opcode.POP_EXCEPT, -1);
            }
            case POP_VALUE -> {
                if (preserveTop) {
                    c.emit(Opcode.SWAP, 2, 0);
                }
                c.emit(Opcode.POP_TOP, -1);
            }
            default -> throw new IllegalStateException(b.kind().toString());
        }
    }
}
