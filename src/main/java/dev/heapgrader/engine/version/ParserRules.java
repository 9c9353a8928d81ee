package dev.heapgrader.engine.version;

/**
 * The tokenizer and parser differences between the CPython versions the engine reproduces, each a named behaviour
 * (the syntax front end asks these instead of comparing versions). One instance per {@link PythonVersion}.
 */
public final class ParserRules {
    private final PythonVersion version;

    ParserRules(PythonVersion version) {
        this.version = version;
    }

    /** PEP 701 (3.12): f-strings are tokenized as nested tokens, so their fields may reuse the outer quotes. */
    public boolean tokenizesFStrings() {
        return version.atLeast(PythonVersion.V3_12);
    }

    /** 3.12.1's parser ends a format spec that ends in a replacement field with an empty constant; 3.11 and 3.13 do not. */
    public boolean formatSpecEndsWithEmptyConstant() {
        return version == PythonVersion.V3_12;
    }

    /** The MemoryError text when the parser's stack overflows (Parser/parser.c); 3.11 raises it without a message. */
    public String parserStackOverflowMessage() {
        return version.atLeast(PythonVersion.V3_12) ? "Parser stack overflowed - Python source too complex to parse" : "";
    }

    /** 3.12 reports a NUL in the source as a SyntaxError; 3.11's {@code compile()} refuses it with a ValueError. */
    public boolean nullByteIsSyntaxError() {
        return version.atLeast(PythonVersion.V3_12);
    }

    /** 3.13 prints an uncaught SyntaxError through the traceback module; older versions through pythonrun.c. */
    public boolean syntaxErrorPrintedLikeTraceback() {
        return version.atLeast(PythonVersion.V3_13);
    }

    /** Since 3.12 a NEWLINE token spans one column (Parser/tokenizer.c); before, it was empty. */
    public boolean newlineTokenHasWidth() {
        return version.atLeast(PythonVersion.V3_12);
    }

    /** The message for a parameter without a default after one with a default (Grammar/python.gram). */
    public String nonDefaultParameterMessage() {
        return version.atLeast(PythonVersion.V3_12) ? "parameter without a default follows parameter with a default"
                : "non-default argument follows default argument";
    }

    /** 3.13's {@code invalid_import} rule says "Expected one or more names after 'import'"; older: invalid syntax. */
    public boolean namesMissingImportTargets() {
        return version.atLeast(PythonVersion.V3_13);
    }

    /** 3.13 rejects a bare {@code *} argument with "Invalid star expression"; older versions say invalid syntax. */
    public boolean rejectsBareStarArgument() {
        return version.atLeast(PythonVersion.V3_13);
    }

    /** Before 3.13 a bytes literal error's end column was counted in UTF-8 bytes, not characters. */
    public boolean countsErrorColumnsInUtf8Bytes() {
        return !version.atLeast(PythonVersion.V3_13);
    }

    /** Since 3.12 an invalid escape sequence is a SyntaxWarning (it was a silent DeprecationWarning). */
    public boolean warnsOnInvalidEscape() {
        return version.atLeast(PythonVersion.V3_12);
    }

    /** Since 3.12 an escape decoding error points at the literal itself; 3.11 points at the token after it. */
    public boolean escapeErrorsPointAtLiteral() {
        return version.atLeast(PythonVersion.V3_12);
    }

    /** The SyntaxWarning for {@code is} with a literal; 3.12 names the literal's type. */
    public String isWithLiteralWarning(String is, String type, String eq) {
        return version.atLeast(PythonVersion.V3_12) ? is + " with '" + type + "' literal. Did you mean " + eq + "?"
                : is + " with a literal. Did you mean " + eq + "?";
    }
}
