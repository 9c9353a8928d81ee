package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Call arguments and subscripts (Grammar rules {@code arguments}, {@code kwargs}, {@code slices}) with the
 * invalid_arguments and invalid_kwarg messages: argument order, keyword targets, unparenthesized generators.
 */
final class CallParser {
    private final TokenStream ts;
    private final ExpressionParser ep;
    private Expr bareGenerator;

    CallParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    Expr call(Expr func, Token st) {
        ts.enter(25);
        ts.bracketDepth++;
        try {
            Token open = ts.next();
            List<Expr> args = new ArrayList<>();
            List<Expr.Keyword> keywords = new ArrayList<>();
            arguments(")", args, keywords);
            Token close = ts.expect(")");
            if (args.size() == 1 && keywords.isEmpty() && args.get(0) == bareGenerator
                    && bareGenerator instanceof Expr.GeneratorExp g) {
                // A lone generator argument borrows the call's parentheses (Grammar: primary genexp).
                args.set(0, new Expr.GeneratorExp(new Pos(open.line(), open.col(), close.endLine(), close.endCol()),
                        g.elt(), g.generators()));
            }
            return new Expr.Call(ts.from(st), func, List.copyOf(args), List.copyOf(keywords));
        } finally {
            ts.bracketDepth--;
            ts.leave(25);
        }
    }

    /** Parses arguments up to (not including) {@code closer}; shared with class headers. */
    void arguments(String closer, List<Expr> args, List<Expr.Keyword> keywords) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Expr generator = null;
        int count = 0;
        while (!ts.at(closer)) {
            count++;
            Token t = ts.peek();
            if (t.isOp("**")) {
                ts.next();
                Expr value = ep.expression();
                keywords.add(new Expr.Keyword(ts.from(t), null, value));
                sawDoubleStar = true;
            } else if (t.isOp("*")) {
                ts.next();
                if (ts.version.parser().rejectsBareStarArgument()
                        && (ts.at(closer) || ts.at(","))) {
                    throw ts.errorAt(ts.peek(), "Invalid star expression");
                }
                Expr value = ep.expression();
                if (sawDoubleStar) {
                    throw ts.errorAt(ts.peek(), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(ts.from(t), value, Ctx.LOAD));
            } else if (ExpressionParser.isName(t) && ts.peek(1).isOp("=")) {
                ts.next();
                Token eq = ts.next();
                Expr value = ep.expression();
                for (Expr.Keyword k : keywords) {
                    if (t.text().equals(k.name())) {
                        throw ts.errorSpan(t.pos(), value.pos(), "keyword argument repeated: " + t.text());
                    }
                }
                keywords.add(new Expr.Keyword(ts.from(t), t.text(), value));
                sawKeyword = true;
            } else {
                Expr value = ep.namedExpression();
                if (ts.at("for") || ts.at("async")) {
                    var gens = ep.targets().comprehensionClauses();
                    value = new Expr.GeneratorExp(ts.from(t), value, gens);
                    generator = value;
                    bareGenerator = value;
                } else if (ts.at("=")) {
                    Token eq = ts.peek();
                    if (value instanceof Expr.Literal l && !TargetRules.describe(value).equals("literal")) {
                        throw ts.errorSpan(value.pos(), eq.pos(), "cannot assign to " + TargetRules.describe(value));
                    }
                    throw ts.errorSpan(value.pos(), eq.pos(),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (sawDoubleStar) {
                    throw ts.errorAt(ts.peek(), "positional argument follows keyword argument unpacking");
                }
                if (sawKeyword) {
                    throw ts.errorAt(ts.peek(), "positional argument follows keyword argument");
                }
                args.add(value);
            }
            if (!ts.accept(",")) {
                if (!ts.at(closer)) {
                    throw ep.missingComma(lastArg(args, keywords));
                }
                break;
            }
        }
        if (generator != null && count > 1) {
            throw ts.errorAt(generator.pos(), "Generator expression must be parenthesized");
        }
    }

    private static Expr lastArg(List<Expr> args, List<Expr.Keyword> keywords) {
        if (!keywords.isEmpty()) {
            Expr.Keyword k = keywords.get(keywords.size() - 1);
            if (args.isEmpty() || comesAfter(k.pos(), args.get(args.size() - 1).pos())) {
                return k.value();
            }
        }
        return args.get(args.size() - 1);
    }

    private static boolean comesAfter(Pos a, Pos b) {
        return a.line() > b.line() || a.line() == b.line() && a.col() > b.col();
    }

    Expr subscript(Expr value, Token st) {
        ts.enter(25);
        ts.bracketDepth++;
        try {
            ts.next();
            Token st2 = ts.peek();
            Expr first = sliceItem();
            Expr index = first;
            if (ts.at(",")) {
                List<Expr> elts = new ArrayList<>(List.of(first));
                while (ts.accept(",")) {
                    if (ts.at("]")) {
                        break;
                    }
                    elts.add(sliceItem());
                }
                index = new Expr.TupleDisplay(ts.from(st2), List.copyOf(elts), Ctx.LOAD);
            }
            if (!ts.at("]")) {
                throw ep.missingComma(first);
            }
            Token close = ts.next();
            return new Expr.Subscript(ts.from(st), value, index, Ctx.LOAD);
        } finally {
            ts.bracketDepth--;
            ts.leave(25);
        }
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named expression | starred. */
    private Expr sliceItem() {
        Token start = ts.peek();
        if (start.isOp("*")) {
            return ep.starNamedExpression();
        }
        Expr lower = null;
        if (!start.isOp(":")) {
            lower = ep.namedExpression();
            if (!ts.at(":")) {
                return lower;
            }
        }
        ts.next();
        Expr upper = null;
        Expr step = null;
        if (!ts.at(":") && !ts.at("]") && !ts.at(",")) {
            upper = ep.expression();
        }
        if (ts.accept(":")) {
            if (!ts.at("]") && !ts.at(",")) {
                step = ep.expression();
            }
        }
        return new Expr.Slice(TokenStream.span(start, ts.prev()), lower, upper, step);
    }
}
