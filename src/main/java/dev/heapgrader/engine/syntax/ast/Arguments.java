package dev.heapgrader.engine.syntax.ast;

import java.util.List;

/**
 * A function's parameter list, as CPython's {@code ast.arguments}: defaults belong to the last positional
 * parameters; kwDefaults has one entry per keyword-only parameter, null where it has none.
 */
public record Arguments(List<Arg> posOnly, List<Arg> args, Arg vararg, List<Arg> kwOnly, List<Expr> kwDefaults,
                        Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null,
            List.of());

    /** One parameter name with its optional annotation. */
    public record Arg(Pos pos, String name, Expr annotation) { }
}
