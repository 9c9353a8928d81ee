package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.Scope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code object being generated for one scope: instruction buffer with line numbers, the constants and names it
 * refers to, jump labels and the stack of enclosing blocks ({@code fblock}s) that {@code return}, {@code break}
 * and {@code continue} must unwind, as in Python/compile.c.
 */
final class CodeUnit {
    final Scope scope;
    final String name;
    final String qualname;
    final int firstLine;
    private int[] code = new int[64];
    private int[] lines = new int[32];
    /** The syntax node each instruction was compiled for (CPython's per-instruction positions). */
    private Object[] nodes = new Object[32];
    /** The expression or statement being compiled; recorded with every instruction emitted. */
    Object currentNode;
    /** The statement being compiled, recorded likewise. */
    Object currentStatement;
    private Object[] statements = new Object[32];
    private int count;
    final List<PyObject> consts = new ArrayList<>();
    final Map<Object, Integer> constIndex = new HashMap<>();
    /** Default tuples folded into constants whose object is chosen at assembly ({@link ConstantMerging}). */
    final List<ConstantMerging.PendingTuple> pendingTuples = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    /** In a 3.13 class body: the names its functions assign as {@code self.name}, sorted; null elsewhere. */
    java.util.SortedSet<String> staticAttributes;
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    int currentLine;
    /** Whether co_consts[0] is the function's docstring. */
    boolean hasDocstring;
    private int depth;
    private int maxDepth;
    /** Variables of comprehensions inlined into this code by CPython 3.12+ (PEP 709), counted as its locals. */
    final java.util.Set<String> hiddenLocals = new java.util.LinkedHashSet<>();

    /** An enclosing block: what it is and, for loops, where continue and break go. */
    record FBlock(Kind kind, Label start, Label exit, Object datum) {
        enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE }
    }

    /** A jump target; unresolved jumps are patched when it is placed. */
    static final class Label {
        int target = -1;
        final List<Integer> patches = new ArrayList<>();
    }

    CodeUnit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        this.currentLine = firstLine;
    }

    int emit(int op, int arg) {
        if (count * 2 + 2 > code.length) {
            code = Arrays.copyOf(code, code.length * 2);
            lines = Arrays.copyOf(lines, lines.length * 2);
            nodes = Arrays.copyOf(nodes, nodes.length * 2);
            statements = Arrays.copyOf(statements, statements.length * 2);
        }
        code[count * 2] = op;
        code[count * 2 + 1] = arg;
        lines[count] = currentLine;
        nodes[count] = currentNode;
        statements[count] = currentStatement;
        return count++;
    }

    int emit(int op) {
        return emit(op, 0);
    }

    void emitJump(int op, Label label) {
        int at = emit(op, -1);
        if (label.target >= 0) {
            code[at * 2 + 1] = label.target;
        } else {
            label.patches.add(at);
        }
    }

    void place(Label label) {
        label.target = count;
        for (int at : label.patches) {
            code[at * 2 + 1] = count;
        }
        label.patches.clear();
    }

    /** The index of an attribute name, mangled as a private name inside a class ({@code self.__x}). */
    int attributeIndex(String attr) {
        return nameIndex(scope.mangle(attr));
    }

    int nameIndex(String n) {
        int i = names.indexOf(n);
        if (i < 0) {
            names.add(n);
            i = names.size() - 1;
        }
        return i;
    }

    /** Tracks the operand-stack depth to size generator frames ({@code co_stacksize}). */
    void adjustDepth(int delta) {
        depth += delta;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        if (depth < 0) {
            depth = 0;
        }
    }

    /** Records a variable of an inlined comprehension; the scope's own names are not counted twice. */
    void hiddenLocal(String name) {
        if (!scope.varnames().contains(name) && !scope.cellvars().contains(name)
                && !scope.freevars().contains(name)) {
            hiddenLocals.add(name);
        }
    }

    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    int depth() {
        return depth;
    }

    int maxDepth() {
        return maxDepth;
    }

    int[] code() {
        return Arrays.copyOf(code, count * 2);
    }

    int[] lines() {
        return Arrays.copyOf(lines, count);
    }

    Object[] nodes() {
        return Arrays.copyOf(nodes, count);
    }

    Object[] statements() {
        return Arrays.copyOf(statements, count);
    }
}
