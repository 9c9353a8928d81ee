package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.syntax.ast.Stmt;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The front end's entry point: tokenizes and parses a whole file, then runs the compile-time checks, ending every
 * rejected program in a {@link PythonSyntaxError} as CPython would for the version. Parsing runs on a thread with
 * a stack sized for the explicit depth limits (200 brackets, 100 indents, CPython's parser and compiler budgets),
 * so the caller's own stack size never matters.
 */
public final class Parser {
    private static final long STACK_BYTES = 32L << 20;

    private Parser() {
    }

    /** Parses a whole file; throws {@link PythonSyntaxError} with CPython's message for the version. */
    public static Module parse(String source, String filename, PythonVersion version) {
        return parseWithWarnings(source, filename, version).module();
    }

    /** Like {@link #parse}, also returning the compile-time warnings CPython would print to stderr. */
    public static ParseResult parseWithWarnings(String source, String filename, PythonVersion version) {
        try {
            return parseHere(source, filename, version);
        } catch (StackOverflowError e) {
            // The depth limits bound recursion, but the caller's thread may have a small stack: parse again on a
            // thread whose stack is sized for those limits.
            return parseOnLargeStack(source, filename, version);
        }
    }

    private static ParseResult parseOnLargeStack(String source, String filename, PythonVersion version) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(parseHere(source, filename, version));
            } catch (PythonSyntaxError e) {
                result.set(e);
            } catch (RuntimeException | StackOverflowError e) {
                result.set(new IllegalStateException("parser failure: " + e, e));
            }
        }, "heapgrader-parser", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        Object r = result.get();
        if (r instanceof PythonSyntaxError e) {
            throw e;
        }
        if (r instanceof RuntimeException e) {
            throw e;
        }
        return (ParseResult) r;
    }

    static ParseResult parseHere(String source, String filename, PythonVersion version) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.indexOf('\0') >= 0) {
            throw nullBytes(filename, version);
        }
        SourceText src = new SourceText(normalized, filename);
        List<CompileWarning> warnings = new ArrayList<>();
        TokenStream ts = new TokenStream(new Lexer(src, version), warnings, 0);
        List<Stmt> body;
        try {
            body = new StatementParser(ts).file();
        } catch (TokenStream.TokenizerFailure f) {
            throw f.error;
        } catch (PythonSyntaxError e) {
            if (!"SyntaxError".equals(e.kind()) && !"IndentationError".equals(e.kind())) {
                throw e;
            }
            throw ts.preferTokenizerErrors(e);
        }
        new CompileChecks(src, version, warnings).check(body);
        return new ParseResult(new Module(body, src.lines()), List.copyOf(warnings));
    }

    /** 3.12 reports NUL as a SyntaxError; 3.11's compile() refuses the source with a ValueError. */
    private static PythonSyntaxError nullBytes(String filename, PythonVersion version) {
        if (version.parser().nullByteIsSyntaxError()) {
            return new PythonSyntaxError("SyntaxError", "source code cannot contain null bytes", filename, 0, 0, 0,
                    0, null);
        }
        return new PythonSyntaxError("ValueError", "source code string cannot contain null bytes", filename, 0, 0,
                0, 0, null);
    }
}
