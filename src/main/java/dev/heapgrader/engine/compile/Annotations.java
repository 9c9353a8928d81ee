package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.List;

/** Whether a module or class body annotates a variable anywhere outside nested functions and classes. */
final class Annotations {
    private Annotations() {
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
