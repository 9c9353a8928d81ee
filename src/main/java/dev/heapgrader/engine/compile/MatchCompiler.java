package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Pattern;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytecode for the {@code match} statement as Python/compile.c generates it ({@code compiler_match},
 * {@code compiler_pattern_*}): the subject stays on the stack while each case is tried, every value a pattern
 * extracts waits on the stack (rotated below the items still in use) until the whole pattern has matched, and only
 * then are the captured names stored. So reference counts seen in guards and case bodies are CPython's. The
 * SyntaxErrors of patterns were raised before compilation ({@code PatternChecks}), so patterns here are valid.
 */
final class MatchCompiler {
    private final Compiler c;

    MatchCompiler(Compiler c) {
        this.c = c;
    }

    /**
     * Python/compile.c {@code pattern_context}: the names captured so far (their values on the stack), how many
     * items sit above them, and the labels that pop {@code n} items on failure.
     */
    static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<CodeUnit.Label> failPop = new ArrayList<>();
        int onTop;
        /** The stack depth below this pattern's items, to restore the depth tracked at each failure label. */
        int base;
    }

    /** {@code compiler_match_inner}. */
    void matchStmt(Stmt.Match m) {
        c.exprs.expr(m.subject());
        CodeUnit.Label end = new CodeUnit.Label();
        List<Stmt.MatchCase> cases = m.cases();
        int n = cases.size();
        boolean hasDefault = Pattern.isWildcard(cases.get(n - 1).pattern()) && n > 1;
        int last = n - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            Stmt.MatchCase mc = cases.get(i);
            at(mc.pattern());
            // only copy the subject if this is not the last case tried
            if (i != last) {
                c.emit(Opcode.COPY, 1, 1);
            }
            Context pc = new Context();
            pc.allowIrrefutable = mc.guard() != null || i == n - 1;
            pc.base = c.unit().depth() - 1;
            pattern(mc.pattern(), pc);
            at(mc.pattern());
            for (String name : pc.stores) {
                c.name(name, Ctx.STORE);
            }
            if (mc.guard() != null) {
                ensureFailPop(pc, 0);
                c.exprs.expr(mc.guard());
                c.unit().emitJump(Opcode.POP_JUMP_IF_FALSE, pc.failPop.get(0));
                c.unit().adjustDepth(-1);
            }
            if (i != last) {
                c.emit(Opcode.POP_TOP, -1);
            }
            c.stmts(mc.body());
            c.unit().emitJump(Opcode.JUMP, end);
            at(mc.pattern());
            emitAndResetFailPop(pc);
            // after a failure only the subject (when it was copied) is left
            c.unit().setDepth(pc.base);
        }
        if (hasDefault) {
            Stmt.MatchCase mc = cases.get(n - 1);
            at(mc.pattern());
            // a trailing "case _" makes no bytecode of its own: a NOP shows its line
            c.unit().emit(Opcode.NOP);
            if (mc.guard() != null) {
                c.exprs.expr(mc.guard());
                c.unit().emitJump(Opcode.POP_JUMP_IF_FALSE, end);
                c.unit().adjustDepth(-1);
            }
            c.stmts(mc.body());
        }
        c.unit().place(end);
    }

    /** Locates the instructions that follow at the pattern, as CPython's {@code LOC(p)}. */
    private void at(Pattern p) {
        c.unit().currentNode = p;
        c.line(p.pos());
    }

    private void pattern(Pattern p, Context pc) {
        at(p);
        if (p instanceof Pattern.MatchValue v) {
            c.exprs.expr(v.value());
            at(p);
            c.emit(Opcode.COMPARE_OP, CompareOperator.EQ.ordinal(), -1);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton s) {
            loadConstant(s.value());
            c.emit(Opcode.IS_OP, 0, -1);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence s) {
            new SequencePatternCompiler(this, c).sequence(s, pc);
        } else if (p instanceof Pattern.MatchMapping m) {
            new SequencePatternCompiler(this, c).mapping(m, pc);
        } else if (p instanceof Pattern.MatchClass k) {
            classPattern(k, pc);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(s.name(), pc);
        } else if (p instanceof Pattern.MatchAs a) {
            asPattern(a, pc);
        } else if (p instanceof Pattern.MatchOr o) {
            orPattern(o, pc);
        }
    }

    /** {@code compiler_pattern_subpattern}: a sub-pattern may always be irrefutable. */
    void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    /** {@code compiler_pattern_as}. */
    private void asPattern(Pattern.MatchAs a, Context pc) {
        if (a.pattern() == null) {
            storeName(a.name(), pc);
            return;
        }
        // a copy for storing later
        pc.onTop++;
        c.emit(Opcode.COPY, 1, 1);
        pattern(a.pattern(), pc);
        at(a);
        pc.onTop--;
        storeName(a.name(), pc);
    }

    /** {@code compiler_pattern_class}: MATCH_CLASS leaves a tuple of attributes or None. */
    private void classPattern(Pattern.MatchClass k, Context pc) {
        int nargs = k.patterns().size();
        int nattrs = k.kwdAttrs().size();
        c.exprs.expr(k.cls());
        at(k);
        loadStrTuple(k.kwdAttrs());
        c.emit(Opcode.MATCH_CLASS, nargs, -2);
        c.emit(Opcode.COPY, 1, 1);
        c.loadNone();
        c.emit(Opcode.IS_OP, 1, -1);
        pc.onTop++;
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        c.emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs, nargs + nattrs - 1);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? k.patterns().get(i) : k.kwdPatterns().get(i - nargs);
            if (Pattern.isWildcard(sub)) {
                c.emit(Opcode.POP_TOP, -1);
                continue;
            }
            subpattern(sub, pc);
            at(k);
        }
    }

    /** {@code compiler_pattern_or}: each alternative on a copy of the subject; names reordered as the first's. */
    private void orPattern(Pattern.MatchOr o, Context pc) {
        CodeUnit.Label end = new CodeUnit.Label();
        List<String> control = null;
        int depth = c.unit().depth();
        for (int i = 0; i < o.patterns().size(); i++) {
            Pattern alt = o.patterns().get(i);
            Context sub = new Context();
            sub.allowIrrefutable = i == o.patterns().size() - 1 && pc.allowIrrefutable;
            c.unit().setDepth(depth);
            at(alt);
            c.emit(Opcode.COPY, 1, 1);
            sub.base = depth;
            pattern(alt, sub);
            at(alt);
            if (control == null) {
                control = sub.stores;
            } else if (!sub.stores.isEmpty()) {
                reorder(control, sub.stores);
            }
            c.unit().emitJump(Opcode.JUMP, end);
            emitAndResetFailPop(sub);
        }
        at(o);
        c.unit().setDepth(depth);
        // no alternative matched: pop the remaining copy of the subject and fail
        c.emit(Opcode.POP_TOP, -1);
        jumpToFailPop(pc, Opcode.JUMP);
        c.unit().place(end);
        c.unit().setDepth(depth + control.size());
        int rotations = control.size() + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            rotate(rotations);
            pc.stores.add(name);
        }
        c.emit(Opcode.POP_TOP, -1);
    }

    /** Moves the captures of a later alternative on the stack into the order of the first alternative's names. */
    private void reorder(List<String> control, List<String> stores) {
        for (int icontrol = control.size() - 1; icontrol >= 0; icontrol--) {
            int istores = stores.indexOf(control.get(icontrol));
            if (icontrol != istores) {
                int rotations = istores + 1;
                List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
                stores.subList(0, rotations).clear();
                stores.addAll(icontrol - istores, rotated);
                for (int r = 0; r < rotations; r++) {
                    rotate(icontrol + 1);
                }
            }
        }
    }

    /** {@code pattern_helper_store_name}: the value goes below every item still needed; None is popped. */
    void storeName(String name, Context pc) {
        if (name == null) {
            c.emit(Opcode.POP_TOP, -1);
            return;
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    /** {@code pattern_helper_rotate}: the top item goes {@code count - 1} places down. */
    void rotate(int count) {
        while (count > 1) {
            c.emit(Opcode.SWAP, count--, 0);
        }
    }

    /** {@code jump_to_fail_pop}: on failure, pop everything this pattern has on the stack. */
    void jumpToFailPop(Context pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.unit().emitJump(op, pc.failPop.get(pops));
        if (op != Opcode.JUMP) {
            c.unit().adjustDepth(-1);
        }
    }

    private static void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() <= n) {
            pc.failPop.add(new CodeUnit.Label());
        }
    }

    /** {@code emit_and_reset_fail_pop}: label n pops one item and falls into label n - 1. */
    private void emitAndResetFailPop(Context pc) {
        for (int n = pc.failPop.size() - 1; n >= 0; n--) {
            c.unit().place(pc.failPop.get(n));
            if (n > 0) {
                c.unit().setDepth(pc.base + n);
                c.emit(Opcode.POP_TOP, -1);
            }
        }
        pc.failPop.clear();
    }

    void loadConstant(Constant value) {
        c.loadConst(c.pool.of(value), dev.heapgrader.engine.compile.ConstantPool.key(value));
    }

    void loadInt(long value) {
        loadConstant(new Constant.IntValue(java.math.BigInteger.valueOf(value)));
    }

    /** A constant tuple of attribute names, merged with equal name tuples as CPython merges constants. */
    void loadStrTuple(List<String> names) {
        List<Object> keys = new ArrayList<>();
        PyObject[] owned = new PyObject[names.size()];
        for (int i = 0; i < owned.length; i++) {
            owned[i] = c.rt.constantStr(names.get(i)).newRef();
            keys.add(new Constant.StrValue(names.get(i)));
        }
        PyObject tuple = c.rt.newTuple(owned);
        c.loadConst(tuple, List.of("kwnames", keys));
        c.rt.decref(tuple);
    }
}
