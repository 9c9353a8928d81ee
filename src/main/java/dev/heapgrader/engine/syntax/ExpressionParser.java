package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expressions, one method per rule of CPython's Grammar/python.gram from {@code star_expressions} down to
 * {@code atom}. Left-associative operators are parsed in loops; the recursive rules (unary operators, power,
 * lambda, conditional expressions, brackets) pay into the stream's level counter, which ends deep input in
 * CPython's own MemoryError instead of a Java stack overflow. The most common invalid_* rules of the grammar
 * ("Perhaps you forgot a comma?", "expected 'else' after 'if' expression", ...) are checked where they apply.
 */
final class ExpressionParser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    private static final int BRACKET_COST = 25;

    private final TokenStream ts;
    private final CallParser calls;
    private final ForTargetParser targets;

    ExpressionParser(TokenStream ts) {
        this.ts = ts;
        this.calls = new CallParser(ts, this);
        this.targets = new ForTargetParser(ts, this);
    }

    /** The parser of star_targets and for_if_clauses, which stop before {@code in}. */
    ForTargetParser targets() {
        return targets;
    }

    TokenStream stream() {
        return ts;
    }

    static boolean isName(Token t) {
        return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    /** Whether a token can begin an expression (for the "forgot a comma" check). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> isName(t) || Set.of("not", "lambda", "await", "None", "True", "False").contains(t.text());
            case OP -> Set.of("(", "[", "{", "-", "+", "~", "...").contains(t.text());
            default -> false;
        };
    }

    Token expectName() {
        Token t = ts.peek();
        if (!isName(t)) {
            throw ts.invalidSyntax();
        }
        return ts.next();
    }

    /** star_expressions: one expression, or a tuple without brackets when commas follow. */
    Expr starExpressions() {
        Token st = ts.peek();
        Expr first = starExpression();
        if (!ts.at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Token last = ts.prev();
        while (ts.accept(",")) {
            last = ts.prev();
            if (!startsExpression(ts.peek()) && !ts.at("*")) {
                break;
            }
            elts.add(starExpression());
            last = ts.prev();
        }
        return new Expr.TupleDisplay(ts.from(st), List.copyOf(elts), Ctx.LOAD);
    }

    Expr starExpression() {
        if (ts.at("*")) {
            Token star = ts.next();
            Expr value = bitwiseOr();
            return new Expr.Starred(ts.from(star), value, Ctx.LOAD);
        }
        return expression();
    }

    /** star_named_expression inside displays: '*' bitwise_or or a named expression. */
    Expr starNamedExpression() {
        if (ts.at("*")) {
            Token star = ts.next();
            Expr value = bitwiseOr();
            return new Expr.Starred(ts.from(star), value, Ctx.LOAD);
        }
        return namedExpression();
    }

    /** A del target item: '*' bitwise_or or bitwise_or (validated by {@link TargetRules#delete}). */
    Expr bitwiseOrOrStarred() {
        if (ts.at("*")) {
            Token star = ts.next();
            Expr value = bitwiseOr();
            return new Expr.Starred(ts.from(star), value, Ctx.LOAD);
        }
        return bitwiseOr();
    }

    Expr namedExpression() {
        if (isName(ts.peek()) && ts.peek(1).isOp(":=")) {
            Token name = ts.next();
            ts.next();
            Expr value = expression();
            Expr.Name target = new Expr.Name(name.pos(), name.text(), Ctx.STORE);
            return new Expr.NamedExpr(ts.from(name), target, value);
        }
        Expr e = expression();
        if (ts.at(":=")) {
            throw ts.errorAt(e.pos(), "cannot use assignment expressions with " + TargetRules.describe(e));
        }
        return e;
    }

    /** expression: lambda, or disjunction with an optional conditional. */
    Expr expression() {
        if (ts.at("lambda")) {
            return lambda();
        }
        Token st = ts.peek();
        Expr body = disjunction();
        if (!ts.at("if")) {
            return body;
        }
        ts.next();
        Expr test = disjunction();
        if (!ts.at("else")) {
            if (!ts.at(":")) {
                throw ts.errorSpan(body.pos(), test.pos(), "expected 'else' after 'if' expression");
            }
            throw ts.invalidSyntax();
        }
        ts.next();
        ts.enter(1);
        Expr orElse = expression();
        ts.leave(1);
        return new Expr.IfExp(ts.from(st), test, body, orElse);
    }

    private Expr lambda() {
        Token kw = ts.next();
        ts.enter(2);
        var args = new ParameterParser(ts, this).parameters(true);
        ts.expect(":");
        Expr body = expression();
        ts.leave(2);
        return new Expr.Lambda(ts.from(kw), args, body);
    }

    Expr disjunction() {
        Token st = ts.peek();
        Expr first = conjunction();
        if (!ts.at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (ts.accept("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(ts.from(st), false, List.copyOf(values));
    }

    private Expr conjunction() {
        Token st = ts.peek();
        Expr first = inversion();
        if (!ts.at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (ts.accept("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(ts.from(st), true, List.copyOf(values));
    }

    private Expr inversion() {
        if (ts.at("not")) {
            Token kw = ts.next();
            ts.enter(1);
            Expr operand = inversion();
            ts.leave(1);
            return new Expr.UnaryOp(ts.from(kw), UnaryOperator.NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Token st = ts.peek();
        Expr left = bitwiseOr();
        List<CompareOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            CompareOperator op = compareOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(ts.from(st), left,
                List.copyOf(ops), List.copyOf(comparators));
    }

    private CompareOperator compareOperator() {
        Token t = ts.peek();
        CompareOperator op = switch (t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME ? t.text() : "") {
            case "==" -> CompareOperator.EQ;
            case "!=" -> CompareOperator.NOT_EQ;
            case "<" -> CompareOperator.LT;
            case "<=" -> CompareOperator.LT_E;
            case ">" -> CompareOperator.GT;
            case ">=" -> CompareOperator.GT_E;
            case "in" -> CompareOperator.IN;
            case "is" -> ts.peek(1).is("not") ? CompareOperator.IS_NOT : CompareOperator.IS;
            case "not" -> ts.peek(1).is("in") ? CompareOperator.NOT_IN : null;
            default -> null;
        };
        if (op == CompareOperator.IS_NOT || op == CompareOperator.NOT_IN) {
            ts.next();
        }
        if (op != null) {
            ts.next();
        }
        return op;
    }

    Expr bitwiseOr() {
        Token st = ts.peek();
        Expr left = bitwiseXor();
        while (ts.peek().isOp("|")) {
            ts.next();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(ts.from(st), left, BinaryOperator.BIT_OR, right);
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token st = ts.peek();
        Expr left = bitwiseAnd();
        while (ts.peek().isOp("^")) {
            ts.next();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(ts.from(st), left, BinaryOperator.BIT_XOR, right);
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token st = ts.peek();
        Expr left = shift();
        while (ts.peek().isOp("&")) {
            ts.next();
            Expr right = shift();
            left = new Expr.BinOp(ts.from(st), left, BinaryOperator.BIT_AND, right);
        }
        return left;
    }

    private Expr shift() {
        Token st = ts.peek();
        Expr left = sum();
        while (ts.peek().isOp("<<") || ts.peek().isOp(">>")) {
            BinaryOperator op = ts.next().text().equals("<<") ? BinaryOperator.LSHIFT : BinaryOperator.RSHIFT;
            Expr right = sum();
            left = new Expr.BinOp(ts.from(st), left, op, right);
        }
        return left;
    }

    private Expr sum() {
        Token st = ts.peek();
        Expr left = term();
        while (ts.peek().isOp("+") || ts.peek().isOp("-")) {
            BinaryOperator op = ts.next().text().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUB;
            Expr right = term();
            left = new Expr.BinOp(ts.from(st), left, op, right);
        }
        return left;
    }

    private Expr term() {
        Token st = ts.peek();
        Expr left = factor();
        while (true) {
            Token t = ts.peek();
            BinaryOperator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
                case "*" -> BinaryOperator.MULT;
                case "/" -> BinaryOperator.DIV;
                case "//" -> BinaryOperator.FLOOR_DIV;
                case "%" -> BinaryOperator.MOD;
                case "@" -> BinaryOperator.MAT_MULT;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = factor();
            left = new Expr.BinOp(ts.from(st), left, op, right);
        }
    }

    private Expr factor() {
        Token t = ts.peek();
        UnaryOperator op = t.isOp("-") ? UnaryOperator.USUB : t.isOp("+") ? UnaryOperator.UADD
                : t.isOp("~") ? UnaryOperator.INVERT : null;
        if (op == null) {
            return power();
        }
        ts.next();
        ts.enter(1);
        Expr operand = factor();
        ts.leave(1);
        return new Expr.UnaryOp(ts.from(t), op, operand);
    }

    private Expr power() {
        Token st = ts.peek();
        Expr base = awaitPrimary();
        if (!ts.peek().isOp("**")) {
            return base;
        }
        ts.next();
        ts.enter(2);
        Expr exp = factor();
        ts.leave(2);
        return new Expr.BinOp(ts.from(st), base, BinaryOperator.POW, exp);
    }

    private Expr awaitPrimary() {
        if (ts.at("await")) {
            Token kw = ts.next();
            ts.enter(1);
            Expr value = primary();
            ts.leave(1);
            return new Expr.Await(ts.from(kw), value);
        }
        return primary();
    }

    /** primary: an atom followed by attribute, call and subscript trailers, built in a loop. */
    Expr primary() {
        Token st = ts.peek();
        Expr e = atom();
        while (true) {
            Token t = ts.peek();
            if (t.isOp(".")) {
                ts.next();
                Token name = expectName();
                e = new Expr.Attribute(ts.from(st), e, name.text(), Ctx.LOAD);
            } else if (t.isOp("(")) {
                e = calls.call(e, st);
            } else if (t.isOp("[")) {
                e = calls.subscript(e, st);
            } else {
                return e;
            }
        }
    }

    private Expr atom() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NUMBER:
                ts.next();
                return new Expr.Literal(t.pos(), NumberValues.parse(t.text()));
            case STRING:
                return new StringLiterals(ts, this).strings();
            case NAME:
                return nameAtom(t);
            case OP:
                return switch (t.text()) {
                    case "(" -> bracketed(() -> new DisplayParser(ts, this).parenthesized());
                    case "[" -> bracketed(() -> new DisplayParser(ts, this).list());
                    case "{" -> bracketed(() -> new DisplayParser(ts, this).braces());
                    case "..." -> {
                        ts.next();
                        yield new Expr.Literal(t.pos(), new Constant.EllipsisValue());
                    }
                    default -> throw ts.invalidSyntax();
                };
            default:
                throw ts.invalidSyntax();
        }
    }

    private Expr bracketed(java.util.function.Supplier<Expr> body) {
        ts.enter(BRACKET_COST);
        ts.bracketDepth++;
        try {
            return body.get();
        } finally {
            ts.bracketDepth--;
            ts.leave(BRACKET_COST);
        }
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "True", "False" -> {
                ts.next();
                return new Expr.Literal(t.pos(), new Constant.BoolValue(t.text().equals("True")));
            }
            case "None" -> {
                ts.next();
                return new Expr.Literal(t.pos(), new Constant.NoneValue());
            }
            default -> {
                if (!isName(t)) {
                    throw ts.invalidSyntax();
                }
                ts.next();
                return new Expr.Name(t.pos(), t.text(), Ctx.LOAD);
            }
        }
    }

    /**
     * Grammar invalid_expression: inside brackets, two expressions side by side are reported as a missing comma,
     * spanning both; otherwise the second one is simply invalid syntax.
     */
    PythonSyntaxError missingComma(Expr a) {
        Token bt = ts.peek();
        boolean nameThenString = a instanceof Expr.Name && bt.kind() == TokenKind.STRING;
        if (ts.bracketDepth == 0 || !startsExpression(bt) || nameThenString || isSoftKeyword(a)) {
            return ts.invalidSyntax();
        }
        int mark = ts.mark();
        try {
            Expr b = expression();
            return ts.errorSpan(a.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
        } catch (PythonSyntaxError e) {
            ts.reset(mark);
            return ts.invalidSyntax();
        }
    }

    private static boolean isSoftKeyword(Expr a) {
        return a instanceof Expr.Name n && (n.id().equals("match") || n.id().equals("case") || n.id().equals("_"));
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]. */
    Expr yieldExpr() {
        Token kw = ts.next();
        if (ts.accept("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(ts.from(kw), value);
        }
        if (startsExpression(ts.peek()) || ts.at("*")) {
            Expr value = starExpressions();
            return new Expr.Yield(ts.from(kw), value);
        }
        return new Expr.Yield(kw.pos(), null);
    }

    static Constant.IntValue intValue(long v) {
        return new Constant.IntValue(BigInteger.valueOf(v));
    }
}
