package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.Scope;
import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.List;

/**
 * Bytecode for a {@code class} statement (Python/compile.c {@code compiler_class}): the class body as a function
 * that stores {@code __module__}, {@code __qualname__}, the docstring and, from 3.13, {@code __firstlineno__} and
 * {@code __static_attributes__}, and returns the {@code __class__} cell; then the bases, keywords and
 * {@code BUILD_CLASS}, and the decorators.
 */
final class ClassCompiler {
    private final Compiler c;

    ClassCompiler(Compiler c) {
        this.c = c;
    }

    void classDef(Stmt.ClassDef cls) {
        for (Expr d : cls.decorators()) {
            c.exprs.expr(d);
        }
        Scope scope = c.scopes.get(cls);
        c.makeFunction(cls, scope, cls.name(), Arguments.EMPTY, cls.pos().line(), () -> {
            CodeUnit u = c.unit();
            c.emit(Opcode.LOAD_NAME, u.nameIndex("__name__"), 1);
            c.emit(Opcode.STORE_NAME, u.nameIndex("__module__"), -1);
            c.loadConst(c.rt.constantStr(u.qualname), new Constant.StrValue(u.qualname));
            c.emit(Opcode.STORE_NAME, u.nameIndex("__qualname__"), -1);
            boolean metadata = c.rt.version.classBodyRecordsLineAndStaticAttributes();
            if (metadata) {
                // the first decorator's line when there is one
                int first = cls.decorators().isEmpty() ? cls.pos().line() : cls.decorators().get(0).pos().line();
                PyObject line = c.rt.newInt(first);
                c.loadConst(line, new Constant.IntValue(java.math.BigInteger.valueOf(first)));
                c.rt.decref(line);
                c.emit(Opcode.STORE_NAME, u.nameIndex("__firstlineno__"), -1);
                u.staticAttributes = new java.util.TreeSet<>();
            }
            List<Stmt> body = cls.body();
            if (Annotations.present(body)) {
                u.emit(Opcode.SETUP_ANNOTATIONS);
            }
            c.body(body);
            if (metadata) {
                PyObject[] names = u.staticAttributes.stream().map(c.rt::constantStr).toArray(PyObject[]::new);
                PyObject tuple = names.length == 0 ? c.rt.emptyTuple : c.rt.newTuple(names);
                c.loadConst(tuple, List.of("__static_attributes__", List.copyOf(u.staticAttributes)));
                c.rt.decref(tuple);
                c.emit(Opcode.STORE_NAME, u.nameIndex("__static_attributes__"), -1);
            }
            if (scope.needsClassCell()) {
                c.emit(Opcode.LOAD_CLOSURE, Compiler.derefIndex(scope, "__class__"), 1);
                c.emit(Opcode.COPY, 1, 1);
                c.emit(Opcode.STORE_NAME, u.nameIndex("__classcell__"), -1);
            } else {
                c.loadNone();
            }
            c.unit().emit(Opcode.RETURN_VALUE);
        });
        c.loadConst(c.rt.constantStr(cls.name()), new Constant.StrValue(cls.name()));
        List<Expr> bases = cls.bases();
        for (Expr b : bases) {
            c.exprs.expr(b);
        }
        c.emit(Opcode.BUILD_TUPLE, bases.size(), 1 - bases.size());
        boolean hasKw = !cls.keywords().isEmpty();
        if (hasKw) {
            for (Expr.Keyword k : cls.keywords()) {
                c.loadConst(c.rt.constantStr(k.name()), new Constant.StrValue(k.name()));
                c.exprs.expr(k.value());
            }
            c.emit(Opcode.BUILD_MAP, cls.keywords().size(), 1 - 2 * cls.keywords().size());
        }
        c.emit(Opcode.BUILD_CLASS, hasKw ? 1 : 0, hasKw ? -3 : -2);
        c.applyDecorators(cls.decorators());
        c.name(cls.name(), Ctx.STORE);
    }
}
