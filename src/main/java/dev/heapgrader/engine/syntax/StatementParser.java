package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pattern;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements and blocks, one method per rule of Grammar/python.gram's statement half, with the invalid_* rules
 * students meet most: "expected ':'", "expected an indented block after ...", "expected 'except' or 'finally'
 * block", and the legacy print statement. Simple statements live in {@link SimpleStatementParser}.
 */
final class StatementParser {
    private final TokenStream ts;
    private final ExpressionParser ep;
    private final SimpleStatementParser simple;

    StatementParser(TokenStream ts) {
        this.ts = ts;
        this.ep = new ExpressionParser(ts);
        this.simple = new SimpleStatementParser(ts, ep);
    }

    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!ts.atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return List.copyOf(body);
    }

    private void statement(List<Stmt> out) {
        Token t = ts.peek();
        if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
            throw ts.errorAt(t, "invalid syntax");
        }
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "if" -> {
                    out.add(ifStatement("if"));
                    return;
                }
                case "while" -> {
                    out.add(whileStatement());
                    return;
                }
                case "for" -> {
                    out.add(forStatement(false, t));
                    return;
                }
                case "try" -> {
                    out.add(tryStatement());
                    return;
                }
                case "with" -> {
                    out.add(withStatement(false, t));
                    return;
                }
                case "def" -> {
                    out.add(functionDef(List.of(), false, t));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), t));
                    return;
                }
                case "async" -> {
                    out.add(asyncStatement(List.of()));
                    return;
                }
                case "match" -> {
                    if (looksLikeMatch()) {
                        out.add(matchStatement());
                        return;
                    }
                    missingMatchColon();
                }
                default -> { }
            }
        }
        if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simple.simpleStatements(out);
    }

    /** A soft keyword: 'match' starts a statement only when an expression and a final ':' follow on its line. */
    private boolean looksLikeMatch() {
        Token next = ts.peek(1);
        if (!ExpressionParser.startsExpression(next) && !next.isOp("*")) {
            return false;
        }
        Token prev = next;
        for (int k = 2; k < 10_000; k++) {
            Token t = ts.peek(k);
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
                return prev.isOp(":");
            }
            prev = t;
        }
        return false;
    }

    /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. */
    private Stmt matchStatement() {
        Token kw = ts.next();
        Expr subject = matchSubject();
        colon(true);
        if (!ts.atKind(TokenKind.NEWLINE)) {
            throw ts.invalidSyntax();
        }
        ts.next();
        if (!ts.atKind(TokenKind.INDENT)) {
            throw ts.src.parserError("IndentationError", "expected an indented block after 'match' statement on line "
                    + kw.line(), ts.peek().line(), ts.peek().col() + 1, ts.peek().endLine(), ts.peek().endCol() + 1);
        }
        ts.next();
        PatternParser patterns = new PatternParser(ts, ep);
        List<Stmt.MatchCase> cases = new ArrayList<>();
        while (!ts.atKind(TokenKind.DEDENT) && !ts.atKind(TokenKind.ENDMARKER)) {
            if (!ts.at("case")) {
                throw ts.invalidSyntax();
            }
            Token caseKw = ts.next();
            Pattern pattern = patterns.patterns();
            Expr guard = ts.accept("if") ? ep.namedExpression() : null;
            colon(true);
            cases.add(new Stmt.MatchCase(pattern, guard, block("'case' statement", caseKw)));
        }
        if (ts.atKind(TokenKind.DEDENT)) {
            ts.next();
        }
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(endOf(kw, lastBody), subject, List.copyOf(cases));
    }

    /**
     * Grammar invalid_match_stmt: {@code match subject} ending its line before an indented block is reported as a
     * missing ':', located (without a caret) at the indented line, where the parser stood.
     */
    private void missingMatchColon() {
        int mark = ts.mark();
        int indentedLine = -1;
        try {
            ts.next();
            matchSubject();
            if (ts.atKind(TokenKind.NEWLINE) && ts.peek(1).kind() == TokenKind.INDENT) {
                indentedLine = ts.peek(1).line();
            }
        } catch (PythonSyntaxError e) {
            // not a match statement after all: parsed again as an expression
        } finally {
            ts.reset(mark);
        }
        if (indentedLine > 0) {
            throw ts.src.parserError("SyntaxError", "expected ':'", indentedLine, 0, indentedLine, -1);
        }
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression. */
    private Expr matchSubject() {
        Token st = ts.peek();
        Expr first = ep.starNamedExpression();
        if (!ts.at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(",") && !ts.at(":")) {
            elts.add(ep.starNamedExpression());
        }
        return new Expr.TupleDisplay(ts.from(st), List.copyOf(elts), dev.heapgrader.engine.syntax.ast.Ctx.LOAD);
    }

    private Stmt asyncStatement(List<Expr> decorators) {
        Token kw = ts.next();
        if (ts.at("def")) {
            return functionDef(decorators, true, kw);
        }
        if (!decorators.isEmpty()) {
            throw ts.invalidSyntax();
        }
        if (ts.at("for")) {
            return forStatement(true, kw);
        }
        if (ts.at("with")) {
            return withStatement(true, kw);
        }
        throw ts.invalidSyntax();
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.accept("@")) {
            decorators.add(ep.namedExpression());
            if (!ts.atKind(TokenKind.NEWLINE)) {
                throw ts.invalidSyntax();
            }
            ts.next();
        }
        // Since 3.8 a decorated definition's position starts at 'def' or 'class', not at the first decorator.
        if (ts.at("def")) {
            return functionDef(List.copyOf(decorators), false, ts.peek());
        }
        if (ts.at("class")) {
            return classDef(List.copyOf(decorators), ts.peek());
        }
        if (ts.at("async")) {
            return asyncStatement(List.copyOf(decorators));
        }
        throw ts.invalidSyntax();
    }

    /** ':' after a compound statement header; "expected ':'" when forced or when the line ends there. */
    private void colon(boolean forced) {
        if (ts.accept(":")) {
            return;
        }
        if (forced || ts.atKind(TokenKind.NEWLINE)) {
            throw ts.errorAt(ts.peek(), "expected ':'");
        }
        throw ts.invalidSyntax();
    }

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts; what names the header in the indentation error. */
    private List<Stmt> block(String what, Token header) {
        if (!ts.atKind(TokenKind.NEWLINE)) {
            List<Stmt> out = new ArrayList<>();
            simple.simpleStatements(out);
            return List.copyOf(out);
        }
        Token newline = ts.next();
        if (!ts.atKind(TokenKind.INDENT)) {
            String msg = "expected an indented block after " + what + " on line " + header.line();
            int k = 0;
            while (ts.peek(k).kind() == TokenKind.DEDENT) {
                k++;
            }
            Token at = ts.peek(k);
            if (at.kind() == TokenKind.ENDMARKER) {
                // At the end of the file a script's error carries no usable column: CPython prints no caret.
                throw ts.src.parserError("IndentationError", msg, newline.line(), 0, newline.line(), -1);
            }
            throw ts.src.parserError("IndentationError", msg, at.line(), at.col() + 1, at.endLine(), at.endCol() + 1);
        }
        ts.next();
        List<Stmt> body = new ArrayList<>();
        while (!ts.atKind(TokenKind.DEDENT) && !ts.atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        if (ts.atKind(TokenKind.DEDENT)) {
            ts.next();
        }
        return List.copyOf(body);
    }

    private static Pos endOf(Token start, List<Stmt> body) {
        Pos last = body.get(body.size() - 1).pos();
        return new Pos(start.line(), start.col(), last.endLine(), last.endCol());
    }

    /** A condition: a named expression, with invalid_named_expression's messages for a stray '='. */
    private Expr condition() {
        Expr test = ep.namedExpression();
        if (ts.at("=")) {
            ts.next();
            Expr value = ep.bitwiseOr();
            if (test instanceof Expr.Name) {
                throw ts.errorSpan(test.pos(), value.pos(),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (SimpleStatementParser.qualifiesForHere(test)) {
                throw ts.errorAt(test.pos(), "cannot assign to " + TargetRules.describe(test)
                        + " here. Maybe you meant '==' instead of '='?");
            }
            throw ts.invalidSyntax();
        }
        return test;
    }

    private Stmt ifStatement(String keyword) {
        Token kw = ts.next();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'" + keyword + "' statement", kw);
        List<Stmt> orElse = List.of();
        if (ts.at("elif")) {
            orElse = List.of(ifStatement("elif"));
        } else if (ts.at("else")) {
            orElse = elseBlock();
        }
        List<Stmt> last = orElse.isEmpty() ? body : orElse;
        return new Stmt.If(endOf(kw, last), test, body, orElse);
    }

    private List<Stmt> elseBlock() {
        Token kw = ts.next();
        colon(true);
        return block("'else' statement", kw);
    }

    private Stmt whileStatement() {
        Token kw = ts.next();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orElse = ts.at("else") ? elseBlock() : List.of();
        return new Stmt.While(endOf(kw, orElse.isEmpty() ? body : orElse), test, body, orElse);
    }

    private Stmt forStatement(boolean isAsync, Token start) {
        Token kw = ts.next();
        Expr target = ep.targets().targetList();
        if (!ts.at("in")) {
            throw ts.invalidSyntax();
        }
        ts.next();
        Expr iter = ep.starExpressions();
        colon(true);
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orElse = ts.at("else") ? elseBlock() : List.of();
        return new Stmt.For(endOf(start, orElse.isEmpty() ? body : orElse), target, iter, body, orElse, isAsync);
    }

    private Stmt tryStatement() {
        Token kw = ts.next();
        colon(true);
        List<Stmt> body = block("'try' statement", kw);
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        Stmt.ExceptHandler bare = null;
        while (ts.at("except")) {
            Token ex = ts.next();
            if (bare != null) {
                throw ts.errorSpan(bare.pos(), bare.pos(), "default 'except:' must be last");
            }
            Expr type = null;
            String name = null;
            if (!ts.at(":")) {
                type = ep.expression();
                if (ts.at(",")) {
                    ts.next();
                    Expr more = ep.expression();
                    throw ts.errorSpan(type.pos(), more.pos(), "multiple exception types must be parenthesized");
                }
                if (ts.accept("as")) {
                    name = ep.expectName().text();
                }
            }
            colon(false);
            List<Stmt> hbody = block("'except' statement", ex);
            Stmt.ExceptHandler h = new Stmt.ExceptHandler(endOf(ex, hbody), type, name, hbody);
            if (type == null) {
                bare = h;
            }
            handlers.add(h);
        }
        List<Stmt> orElse = List.of();
        if (!handlers.isEmpty() && ts.at("else")) {
            orElse = elseBlock();
        }
        List<Stmt> finalBody = List.of();
        if (ts.at("finally")) {
            Token fin = ts.next();
            colon(true);
            finalBody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            throw ts.errorAt(ts.peek(), "expected 'except' or 'finally' block");
        }
        List<Stmt> last = !finalBody.isEmpty() ? finalBody : !orElse.isEmpty() ? orElse
                : handlers.get(handlers.size() - 1).body();
        return new Stmt.Try(endOf(kw, last), body, List.copyOf(handlers), orElse, finalBody);
    }

    private Stmt withStatement(boolean isAsync, Token start) {
        Token kw = ts.next();
        List<Stmt.WithItem> items = parenthesizedWithItems();
        if (items != null) {
            colon(false);
            List<Stmt> body = block("'with' statement", kw);
            return new Stmt.With(endOf(start, body), items, body, isAsync);
        }
        items = new ArrayList<>();
        do {
            Expr ctx = ep.expression();
            Expr vars = null;
            if (ts.accept("as")) {
                vars = TargetRules.store(ts, ep.targets().singleTarget());
            }
            items.add(new Stmt.WithItem(ctx, vars));
        } while (ts.accept(","));
        colon(false);
        List<Stmt> body = block("'with' statement", kw);
        return new Stmt.With(endOf(start, body), List.copyOf(items), body, isAsync);
    }

    /** with_stmt's parenthesized form, {@code with (a as b, c as d):}; null when the line is not that form. */
    private List<Stmt.WithItem> parenthesizedWithItems() {
        if (!ts.at("(")) {
            return null;
        }
        int mark = ts.mark();
        try {
            ts.next();
            ts.bracketDepth++;
            List<Stmt.WithItem> items = new ArrayList<>();
            do {
                if (ts.at(")")) {
                    break;
                }
                Expr ctx = ep.expression();
                Expr vars = null;
                if (ts.accept("as")) {
                    vars = TargetRules.store(ts, ep.targets().singleTarget());
                }
                items.add(new Stmt.WithItem(ctx, vars));
            } while (ts.accept(","));
            ts.bracketDepth--;
            if (ts.accept(")") && ts.at(":")) {
                return List.copyOf(items);
            }
        } catch (PythonSyntaxError e) {
            ts.bracketDepth = Math.max(0, ts.bracketDepth - 1);
        }
        ts.reset(mark);
        return null;
    }

    private Stmt functionDef(List<Expr> decorators, boolean isAsync, Token start) {
        Token kw = ts.next();
        Token name = ep.expectName();
        ts.expectForced("(");
        Arguments args = new ParameterParser(ts, ep).parameters(false);
        ts.expect(")");
        Expr returns = null;
        if (ts.accept("->")) {
            returns = ep.expression();
        }
        colon(true);
        List<Stmt> body = block("function definition", kw);
        return new Stmt.FunctionDef(endOf(start, body), name.text(), args, body, decorators, returns, isAsync);
    }

    private Stmt classDef(List<Expr> decorators, Token start) {
        Token kw = ts.next();
        Token name = ep.expectName();
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (ts.at("(")) {
            ts.next();
            ts.bracketDepth++;
            new CallParser(ts, ep).arguments(")", bases, keywords);
            ts.bracketDepth--;
            ts.expect(")");
        }
        colon(false);
        List<Stmt> body = block("class definition", kw);
        return new Stmt.ClassDef(endOf(start, body), name.text(), List.copyOf(bases), List.copyOf(keywords), body,
                decorators);
    }
}
