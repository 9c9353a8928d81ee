package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.Expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Parameter lists of {@code def} and {@code lambda} (Grammar rules {@code parameters} and
 * {@code lambda_parameters}) with invalid_parameters' messages, whose wording changed in 3.12.
 */
final class ParameterParser {
    private final TokenStream ts;
    private final ExpressionParser ep;

    ParameterParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    /** Parses up to the closer (')' for def, ':' for lambda), which is left for the caller. */
    Arguments parameters(boolean lambda) {
        String closer = lambda ? ":" : ")";
        List<Arguments.Arg> posOnly = new ArrayList<>();
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arguments.Arg> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg vararg = null;
        Arguments.Arg kwarg = null;
        boolean star = false;
        while (!ts.at(closer)) {
            Token t = ts.peek();
            if (t.isOp("/") && !star && !args.isEmpty() && posOnly.isEmpty()) {
                ts.next();
                posOnly.addAll(args);
                args.clear();
            } else if (t.isOp("*") && !star) {
                ts.next();
                star = true;
                boolean bare = ts.at(",") || ts.at(closer);
                if (bare && (ts.at(closer) || ts.peek(1).is(closer) || ts.peek(1).isOp("**"))) {
                    throw ts.errorAt(t, "named arguments must follow bare *");
                }
                if (!bare) {
                    vararg = param(lambda);
                }
            } else if (t.isOp("**")) {
                ts.next();
                kwarg = param(lambda);
                ts.accept(",");
                if (!ts.at(closer)) {
                    Token after = ts.peek();
                    if (after.isOp("*") || after.isOp("**") || ExpressionParser.isName(after)) {
                        throw ts.errorAt(after, "arguments cannot follow var-keyword argument");
                    }
                    throw ts.invalidSyntax();
                }
                break;
            } else {
                Arguments.Arg a = param(lambda);
                Expr dflt = null;
                if (ts.accept("=")) {
                    dflt = ep.expression();
                }
                if (star) {
                    kwOnly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw ts.errorAt(a.pos(), ts.version.parser().nonDefaultParameterMessage());
                    }
                    args.add(a);
                }
            }
            if (!ts.accept(",")) {
                if (!ts.at(closer)) {
                    throw ts.invalidSyntax();
                }
                break;
            }
        }
        if (star && vararg == null && kwOnly.isEmpty()) {
            throw ts.invalidSyntax();
        }
        return new Arguments(List.copyOf(posOnly), List.copyOf(args), vararg, List.copyOf(kwOnly),
                Collections.unmodifiableList(kwDefaults), kwarg, List.copyOf(defaults));
    }

    private Arguments.Arg param(boolean lambda) {
        Token name = ep.expectName();
        Expr annotation = null;
        if (!lambda && ts.accept(":")) {
            annotation = ep.expression();
        }
        return new Arguments.Arg(name.pos(), name.text(), annotation);
    }
}
