package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pattern;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of {@code case} clauses (PEP 634), one method per rule of Grammar/python.gram from {@code patterns}
 * down to {@code closed_pattern}, with the grammar's invalid_* messages for a bad {@code as} target, keyword
 * sub-patterns before positional ones and a complex literal missing its real or imaginary part.
 */
final class PatternParser {
    private final TokenStream ts;
    private final ExpressionParser ep;

    PatternParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    /** patterns: open_sequence_pattern (a tuple without brackets) | pattern. */
    Pattern patterns() {
        Token st = ts.peek();
        Pattern first = maybeStarPattern();
        if (!ts.at(",")) {
            if (first instanceof Pattern.MatchStar) {
                throw ts.invalidSyntax();
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(",")) {
            if (ts.at(":") || ts.at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(ts.from(st), List.copyOf(items));
    }

    /** pattern: as_pattern | or_pattern. */
    private Pattern pattern() {
        Token st = ts.peek();
        Pattern p = orPattern();
        if (!ts.at("as")) {
            return p;
        }
        ts.next();
        Token target = ts.peek();
        if (target.is("_")) {
            throw ts.errorAt(target, "cannot use '_' as a target");
        }
        if (!ExpressionParser.isName(target) || ts.peek(1).isOp(".") || ts.peek(1).isOp("(")
                || ts.peek(1).isOp("=")) {
            if (ExpressionParser.startsExpression(target)) {
                Expr bad = ep.expression();
                throw ts.errorAt(bad.pos(), "invalid pattern target");
            }
            throw ts.invalidSyntax();
        }
        ts.next();
        return new Pattern.MatchAs(ts.from(st), p, target.text());
    }

    /** or_pattern: '|'.closed_pattern+. */
    private Pattern orPattern() {
        Token st = ts.peek();
        Pattern first = closedPattern();
        if (!ts.at("|")) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (ts.accept("|")) {
            alternatives.add(closedPattern());
        }
        return new Pattern.MatchOr(ts.from(st), List.copyOf(alternatives));
    }

    private Pattern closedPattern() {
        Token t = ts.peek();
        ts.enter(1);
        try {
            Expr literal = literal();
            if (literal instanceof Expr.Literal l
                    && (l.value() instanceof Constant.NoneValue || l.value() instanceof Constant.BoolValue)) {
                return new Pattern.MatchSingleton(l.pos(), l.value());
            }
            if (literal != null) {
                return new Pattern.MatchValue(literal.pos(), literal);
            }
            if (t.isOp("(")) {
                return group();
            }
            if (t.isOp("[")) {
                ts.next();
                List<Pattern> items = sequenceItems("]");
                ts.expect("]");
                return new Pattern.MatchSequence(ts.from(t), items);
            }
            if (t.isOp("{")) {
                return mapping();
            }
            if (ExpressionParser.isName(t)) {
                return nameOrClass();
            }
            throw ts.invalidSyntax();
        } finally {
            ts.leave(1);
        }
    }

    /** group_pattern '(' pattern ')' or a parenthesised sequence pattern. */
    private Pattern group() {
        Token open = ts.next();
        if (ts.accept(")")) {
            return new Pattern.MatchSequence(ts.from(open), List.of());
        }
        Pattern first = maybeStarPattern();
        if (ts.at(")")) {
            if (first instanceof Pattern.MatchStar) {
                // a group holds a pattern, never a star: (*a) needs a comma to be a sequence
                throw ts.invalidSyntax();
            }
            ts.next();
            return first;
        }
        ts.expect(",");
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        items.addAll(sequenceItems(")"));
        ts.expect(")");
        return new Pattern.MatchSequence(ts.from(open), List.copyOf(items));
    }

    /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? up to the closing bracket. */
    private List<Pattern> sequenceItems(String close) {
        List<Pattern> items = new ArrayList<>();
        while (!ts.at(close)) {
            items.add(maybeStarPattern());
            if (!ts.accept(",")) {
                break;
            }
        }
        return List.copyOf(items);
    }

    /** maybe_star_pattern: '*' (capture | '_') | pattern. */
    Pattern maybeStarPattern() {
        if (!ts.at("*")) {
            return pattern();
        }
        Token star = ts.next();
        Token name = ts.peek();
        if (!ExpressionParser.isName(name)) {
            throw ts.invalidSyntax();
        }
        ts.next();
        return new Pattern.MatchStar(ts.from(star), name.is("_") ? null : name.text());
    }

    /** capture_pattern, wildcard_pattern, value_pattern or class_pattern, all starting with a name. */
    private Pattern nameOrClass() {
        Token st = ts.peek();
        Expr e = new Expr.Name(st.pos(), ts.next().text(), Ctx.LOAD);
        while (ts.at(".")) {
            ts.next();
            Token attr = ep.expectName();
            e = new Expr.Attribute(ts.from(st), e, attr.text(), Ctx.LOAD);
        }
        if (ts.at("(")) {
            return classPattern(st, e);
        }
        if (e instanceof Expr.Attribute) {
            return new Pattern.MatchValue(e.pos(), e);
        }
        String id = ((Expr.Name) e).id();
        return new Pattern.MatchAs(st.pos(), null, id.equals("_") ? null : id);
    }

    /** mapping_pattern: '{' key_value_pattern, ... [, '**' capture] '}'. */
    private Pattern mapping() {
        Token open = ts.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!ts.at("}")) {
            if (ts.accept("**")) {
                rest = captureTarget().text();
                ts.accept(",");
                break;
            }
            keys.add(mappingKey());
            ts.expect(":");
            values.add(pattern());
            if (!ts.accept(",")) {
                break;
            }
        }
        ts.expect("}");
        return new Pattern.MatchMapping(ts.from(open), List.copyOf(keys), List.copyOf(values), rest);
    }

    /** A mapping key: literal_expr | attr (a dotted name). */
    private Expr mappingKey() {
        Expr literal = literal();
        if (literal != null) {
            return literal;
        }
        Token t = ts.peek();
        if (!ExpressionParser.isName(t) || !ts.peek(1).isOp(".")) {
            throw ts.invalidSyntax();
        }
        Expr e = new Expr.Name(t.pos(), ts.next().text(), Ctx.LOAD);
        while (ts.accept(".")) {
            Token attr = ep.expectName();
            e = new Expr.Attribute(ts.from(t), e, attr.text(), Ctx.LOAD);
        }
        return e;
    }

    /** literal_expr: a signed or complex number, strings, None, True or False; null when none starts here. */
    private Expr literal() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.NUMBER || t.isOp("-")) {
            return numberLiteral();
        }
        if (t.kind() == TokenKind.STRING) {
            Expr s = new StringLiterals(ts, ep).strings();
            if (!(s instanceof Expr.Literal)) {
                throw ts.errorAt(s.pos(), "patterns may only match literals and attribute lookups");
            }
            return s;
        }
        if (t.is("None") || t.is("True") || t.is("False")) {
            ts.next();
            Constant c = t.is("None") ? new Constant.NoneValue() : new Constant.BoolValue(t.is("True"));
            return new Expr.Literal(t.pos(), c);
        }
        return null;
    }

    /**
     * class_pattern: name_or_attr '(' positional patterns, then keyword patterns ')'; invalid_class_pattern
     * reports positional patterns after keyword ones, spanning that run of positional patterns.
     */
    private Pattern classPattern(Token st, Expr cls) {
        ts.next();
        List<Pattern> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Pattern> keywords = new ArrayList<>();
        while (!ts.at(")")) {
            if (ExpressionParser.isName(ts.peek()) && ts.peek(1).isOp("=")) {
                names.add(ts.next().text());
                ts.next();
                keywords.add(pattern());
            } else if (!names.isEmpty()) {
                Pattern first = pattern();
                Pattern last = first;
                while (ts.at(",") && !(ExpressionParser.isName(ts.peek(1)) && ts.peek(2).isOp("="))
                        && !ts.peek(1).isOp(")")) {
                    ts.next();
                    last = pattern();
                }
                throw ts.errorSpan(first.pos(), last.pos(), "positional patterns follow keyword patterns");
            } else {
                positional.add(pattern());
            }
            if (!ts.accept(",")) {
                break;
            }
        }
        ts.expect(")");
        return new Pattern.MatchClass(ts.from(st), cls, List.copyOf(positional), List.copyOf(names),
                List.copyOf(keywords));
    }

    /** A capture target after '**' or '*': a name other than '_'. */
    Token captureTarget() {
        Token t = ts.peek();
        if (!ExpressionParser.isName(t) || t.is("_")) {
            throw ts.invalidSyntax();
        }
        return ts.next();
    }

    /**
     * signed_number or complex_number, as an expression the compiler folds to a constant: {@code -1},
     * {@code 1+2j}, {@code -1-2j}. The right part of a complex literal must be imaginary, the left part real.
     */
    Expr numberLiteral() {
        Token st = ts.peek();
        Expr left = signedNumber();
        if (!ts.at("+") && !ts.at("-")) {
            return left;
        }
        if (isImaginary(left)) {
            throw ts.errorAt(left.pos(), "real number required in complex literal");
        }
        BinaryOperator op = ts.next().isOp("+") ? BinaryOperator.ADD : BinaryOperator.SUB;
        Token number = ts.peek();
        if (number.kind() != TokenKind.NUMBER) {
            throw ts.invalidSyntax();
        }
        ts.next();
        Expr right = new Expr.Literal(number.pos(), NumberValues.parse(number.text()));
        if (!isImaginary(right)) {
            throw ts.errorAt(right.pos(), "imaginary number required in complex literal");
        }
        return new Expr.BinOp(ts.from(st), left, op, right);
    }

    private Expr signedNumber() {
        Token st = ts.peek();
        boolean negative = ts.accept("-");
        Token number = ts.peek();
        if (number.kind() != TokenKind.NUMBER) {
            throw ts.invalidSyntax();
        }
        ts.next();
        Expr value = new Expr.Literal(number.pos(), NumberValues.parse(number.text()));
        return negative ? new Expr.UnaryOp(ts.from(st), UnaryOperator.USUB, value) : value;
    }

    private static boolean isImaginary(Expr e) {
        Expr v = e instanceof Expr.UnaryOp u ? u.operand() : e;
        return v instanceof Expr.Literal l && l.value() instanceof Constant.ImaginaryValue;
    }
}
