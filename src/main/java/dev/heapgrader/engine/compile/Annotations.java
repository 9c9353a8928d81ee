package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Where annotations are evaluated: whether a module or class body annotates a variable anywhere outside nested
 * functions and classes, and which parameters of a {@code def} feed its {@code __annotations__} tuple.
 */
final class Annotations {
    private Annotations() {
    }

    /**
     * {@code compiler_visit_annotations} (Python/compile.c): the annotated parameters in the order their (name,
     * value) pairs are pushed, args, posonlyargs, *vararg, kwonlyargs, **kwarg, then the return annotation.
     */
    static List<Arguments.Arg> ofFunction(Arguments args, Expr returns) {
        List<Arguments.Arg> ordered = new ArrayList<>(args.args());
        ordered.addAll(args.posOnly());
        if (args.vararg() != null) {
            ordered.add(args.vararg());
        }
        ordered.addAll(args.kwOnly());
        if (args.kwarg() != null) {
            ordered.add(args.kwarg());
        }
        List<Arguments.Arg> annotated = new ArrayList<>();
        for (Arguments.Arg a : ordered) {
            if (a.annotation() != null) {
                annotated.add(a);
            }
        }
        if (returns != null) {
            annotated.add(new Arguments.Arg(null, "return", returns));
        }
        return annotated;
    }

    /** {@code find_ann} in Python/compile.c: decides whether the body starts with SETUP_ANNOTATIONS. */
    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            boolean nested = false;
            if (s instanceof Stmt.For f) {
                nested = present(f.body()) || present(f.orElse());
            } else if (s instanceof Stmt.While w) {
                nested = present(w.body()) || present(w.orElse());
            } else if (s instanceof Stmt.If i) {
                nested = present(i.body()) || present(i.orElse());
            } else if (s instanceof Stmt.With w) {
                nested = present(w.body());
            } else if (s instanceof Stmt.Match m) {
                nested = m.cases().stream().anyMatch(c -> present(c.body()));
            } else if (s instanceof Stmt.Try t) {
                nested = present(t.body()) || present(t.orElse()) || present(t.finalBody())
                        || t.handlers().stream().anyMatch(h -> present(h.body()));
            }
            if (nested) {
                return true;
            }
        }
        return false;
    }
}
