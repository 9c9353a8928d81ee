package dev.heapgrader.engine.syntax.ast;

import java.util.List;

/**
 * A pattern of a {@code case} clause, mirroring CPython's {@code ast.pattern} kinds (PEP 634). Lists are
 * immutable; optional parts are null. A capture is a {@link MatchAs} without a sub-pattern, the wildcard {@code _}
 * one without a name either.
 */
public sealed interface Pattern {
    Pos pos();

    /** A literal or dotted-name value compared with {@code ==}; the value is a constant or an attribute. */
    record MatchValue(Pos pos, Expr value) implements Pattern { }

    /** {@code None}, {@code True} or {@code False}, compared by identity. */
    record MatchSingleton(Pos pos, Constant value) implements Pattern { }

    /** {@code [p, *rest, q]} or {@code (p, q)}: at most one {@link MatchStar}. */
    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern { }

    /** {@code {key: p, **rest}}; rest is null without {@code **}. */
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern { }

    /** {@code Cls(p, attr=q)}: positional sub-patterns, then keyword attribute names and their patterns. */
    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern { }

    /** {@code *name} inside a sequence pattern; name is null for {@code *_}. */
    record MatchStar(Pos pos, String name) implements Pattern { }

    /** {@code p as name}, a capture ({@code pattern} null) or the wildcard (both null). */
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern { }

    /** {@code p | q | ...}, two or more alternatives. */
    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern { }

    /** Whether the pattern is the wildcard {@code _} (Python/compile.c {@code WILDCARD_CHECK}). */
    static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern() == null && a.name() == null;
    }
}
