package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets of {@code for} loops, comprehensions and {@code with} items (Grammar rules {@code star_targets} as
 * {@code for_stmt} and {@code for_if_clauses} use them): items parsed at {@code bitwise_or} level so that the
 * {@code in} after them is not read as a comparison, then checked as stores by {@code TargetRules}.
 */
final class ForTargetParser {
    private final TokenStream ts;
    private final ExpressionParser ep;

    ForTargetParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    /** star_targets for 'for' loops and comprehensions: bitwise_or items so that 'in' is not swallowed. */
    Expr targetList() {
        Token st = ts.peek();
        Expr first = targetItem();
        if (!ts.at(",")) {
            return TargetRules.store(ts, first);
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        Token last = ts.prev();
        while (ts.accept(",")) {
            last = ts.prev();
            if (ts.at("in") || ts.at("=") || !ExpressionParser.startsExpression(ts.peek()) && !ts.at("*")) {
                break;
            }
            elts.add(targetItem());
            last = ts.prev();
        }
        Expr tuple = new Expr.TupleDisplay(ts.from(st), List.copyOf(elts), Ctx.LOAD);
        return TargetRules.store(ts, tuple);
    }

    /** A with-item's target: one star_target, so that a following ',' starts the next item. */
    Expr singleTarget() {
        return targetItem();
    }

    private Expr targetItem() {
        if (ts.at("*")) {
            Token star = ts.next();
            Expr value = ep.bitwiseOr();
            return new Expr.Starred(ts.from(star), value, Ctx.LOAD);
        }
        return ep.bitwiseOr();
    }

    /** for_if_clauses: one or more 'for' targets 'in' disjunction ('if' disjunction)*. */
    List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> out = new ArrayList<>();
        while (ts.at("for") || ts.at("async") && ts.peek(1).is("for")) {
            boolean isAsync = ts.accept("async");
            ts.next();
            Expr target = targetList();
            if (!ts.at("in")) {
                throw ts.invalidSyntax();
            }
            ts.next();
            Expr iter = ep.disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.accept("if")) {
                ifs.add(ep.disjunction());
            }
            out.add(new Expr.Comprehension(target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(out);
    }
}
