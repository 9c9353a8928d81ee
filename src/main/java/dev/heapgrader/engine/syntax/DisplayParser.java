package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Bracketed atoms: parenthesized expressions, tuples and generator expressions; list displays and
 * comprehensions; dict and set displays and comprehensions (Grammar rules {@code tuple}, {@code group},
 * {@code genexp}, {@code list}, {@code listcomp}, {@code dict}, {@code set}, {@code dictcomp}, {@code setcomp}).
 */
final class DisplayParser {
    private final TokenStream ts;
    private final ExpressionParser ep;

    DisplayParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    Expr parenthesized() {
        Token open = ts.next();
        if (ts.at(")")) {
            Token close = ts.next();
            return new Expr.TupleDisplay(TokenStream.span(open, close), List.of(), Ctx.LOAD);
        }
        if (ts.at("yield")) {
            Expr y = ep.yieldExpr();
            ts.expect(")");
            return y;
        }
        Expr first = ep.starNamedExpression();
        if (ts.at("for") || ts.at("async")) {
            var gens = ep.targets().comprehensionClauses();
            Token close = ts.expect(")");
            return new Expr.GeneratorExp(TokenStream.span(open, close), first, gens);
        }
        if (ts.at(")")) {
            ts.next();
            if (first instanceof Expr.Starred) {
                throw ts.errorAt(first.pos(), "cannot use starred expression here");
            }
            return first;
        }
        if (!ts.at(",")) {
            throw ep.missingComma(first);
        }
        List<Expr> elts = items(first, ")");
        Token close = ts.expect(")");
        return new Expr.TupleDisplay(TokenStream.span(open, close), elts, Ctx.LOAD);
    }

    /** The rest of a comma-separated display after its first item, up to the closer (not consumed). */
    private List<Expr> items(Expr first, String closer) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.at(closer)) {
                break;
            }
            elts.add(ep.starNamedExpression());
            if (!ts.at(",") && !ts.at(closer)) {
                throw ep.missingComma(elts.get(elts.size() - 1));
            }
        }
        if (!ts.at(closer)) {
            throw ep.missingComma(elts.get(elts.size() - 1));
        }
        return List.copyOf(elts);
    }

    Expr list() {
        Token open = ts.next();
        if (ts.at("]")) {
            return new Expr.ListDisplay(TokenStream.span(open, ts.next()), List.of(), Ctx.LOAD);
        }
        Expr first = ep.starNamedExpression();
        if (ts.at("for") || ts.at("async")) {
            var gens = ep.targets().comprehensionClauses();
            Token close = ts.expect("]");
            return new Expr.ListComp(TokenStream.span(open, close), first, gens);
        }
        List<Expr> elts = ts.at("]") ? List.of(first) : itemsOrComma(first, "]");
        Token close = ts.expect("]");
        return new Expr.ListDisplay(TokenStream.span(open, close), elts, Ctx.LOAD);
    }

    private List<Expr> itemsOrComma(Expr first, String closer) {
        if (!ts.at(",")) {
            throw ep.missingComma(first);
        }
        return items(first, closer);
    }

    Expr braces() {
        Token open = ts.next();
        if (ts.at("}")) {
            return new Expr.DictDisplay(TokenStream.span(open, ts.next()), List.of(), List.of());
        }
        if (ts.at("**")) {
            return dict(open, null, null);
        }
        Expr first = ep.starNamedExpression();
        if (ts.at(":") && !(first instanceof Expr.Starred)) {
            ts.next();
            Expr value = ep.expression();
            if (ts.at("for") || ts.at("async")) {
                var gens = ep.targets().comprehensionClauses();
                Token close = ts.expect("}");
                return new Expr.DictComp(TokenStream.span(open, close), first, value, gens);
            }
            return dict(open, first, value);
        }
        if (ts.at("for") || ts.at("async")) {
            var gens = ep.targets().comprehensionClauses();
            Token close = ts.expect("}");
            return new Expr.SetComp(TokenStream.span(open, close), first, gens);
        }
        List<Expr> elts = ts.at("}") ? List.of(first) : itemsOrComma(first, "}");
        Token close = ts.expect("}");
        return new Expr.SetDisplay(TokenStream.span(open, close), elts);
    }

    private Expr dict(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!ts.accept(",")) {
                if (!ts.at("}")) {
                    throw ep.missingComma(firstValue);
                }
            }
        }
        while (!ts.at("}")) {
            if (ts.accept("**")) {
                keys.add(null);
                values.add(ep.bitwiseOr());
            } else {
                Expr key = ep.expression();
                if (!ts.at(":")) {
                    throw ts.at(",") || ts.at("}") ? ts.errorAt(key.pos(), "':' expected after dictionary key")
                            : ep.missingComma(key);
                }
                ts.next();
                keys.add(key);
                values.add(ep.expression());
            }
            if (!ts.accept(",")) {
                if (!ts.at("}")) {
                    throw ep.missingComma(values.get(values.size() - 1));
                }
                break;
            }
        }
        Token close = ts.expect("}");
        return new Expr.DictDisplay(TokenStream.span(open, close), java.util.Collections.unmodifiableList(keys),
                List.copyOf(values));
    }
}
