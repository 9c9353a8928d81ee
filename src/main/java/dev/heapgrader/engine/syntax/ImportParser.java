package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

/** {@code import} and {@code from ... import} statements (Grammar rules import_name and import_from). */
final class ImportParser {
    private final TokenStream ts;
    private final ExpressionParser ep;

    ImportParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    /** 3.13's invalid_import rules name the missing part; older versions say "invalid syntax". */
    private PythonSyntaxError missingNames() {
        Token t = ts.peek();
        if (ts.version.parser().namesMissingImportTargets() && t.kind() == TokenKind.NEWLINE) {
            return ts.src.parserError("SyntaxError", "Expected one or more names after 'import'", t.line(),
                    t.col() + 1, t.line(), t.col() + 1);
        }
        return ts.invalidSyntax();
    }

    Stmt importName() {
        Token kw = ts.next();
        if (!ExpressionParser.isName(ts.peek())) {
            throw missingNames();
        }
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            names.add(alias(true));
        } while (ts.accept(","));
        return new Stmt.Import(Pos.span(kw.pos(), ts.prev().pos()), List.copyOf(names));
    }

    private Stmt.Alias alias(boolean dotted) {
        Token first = ep.expectName();
        StringBuilder name = new StringBuilder(first.text());
        while (dotted && ts.at(".")) {
            ts.next();
            name.append('.').append(ep.expectName().text());
        }
        String asname = null;
        if (ts.accept("as")) {
            asname = ep.expectName().text();
        }
        return new Stmt.Alias(TokenStream.span(first, ts.prev()), name.toString(), asname);
    }

    Stmt importFrom() {
        Token kw = ts.next();
        int level = 0;
        while (ts.at(".") || ts.at("...")) {
            level += ts.next().text().length();
        }
        String module = null;
        if (!ts.at("import")) {
            Token first = ep.expectName();
            StringBuilder sb = new StringBuilder(first.text());
            while (ts.accept(".")) {
                sb.append('.').append(ep.expectName().text());
            }
            module = sb.toString();
        } else if (level == 0) {
            throw ts.invalidSyntax();
        }
        ts.expect("import");
        List<Stmt.Alias> names = new ArrayList<>();
        if (ts.at("*")) {
            Token star = ts.next();
            names.add(new Stmt.Alias(star.pos(), "*", null));
        } else if (ts.accept("(")) {
            do {
                if (ts.at(")")) {
                    break;
                }
                names.add(alias(false));
            } while (ts.accept(","));
            ts.expect(")");
        } else {
            if (!ExpressionParser.isName(ts.peek())) {
                throw missingNames();
            }
            do {
                names.add(alias(false));
            } while (ts.accept(","));
        }
        return new Stmt.ImportFrom(Pos.span(kw.pos(), ts.prev().pos()), module, List.copyOf(names), level);
    }
}
