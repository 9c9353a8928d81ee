package dev.heapgrader.engine.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one random small Python program per seed: a few variable, function and class definitions, then statements
 * built from expressions over them. Every top-level statement sits in its own {@code try}, so one exception does
 * not hide the rest of the program from the engine. Loops are bounded and exponents small, so a program's cost
 * stays far below the limits and the test spends its time on variety, not on one slow run.
 */
final class ProgramGenerator {
    private static final String[] NUMBERS = {"0", "1", "-1", "2", "3", "7", "255", "256", "1000", "2**31",
        "2**63", "-2**63", "2**64", "99999999999999999999", "-99999999999999999999", "0x7fffffff", "1_000",
        "0o17", "0b101", "10**30", "True", "False"};
    private static final String[] FLOATS = {"0.0", "-0.0", "1.5", "1e308", "1e-320", "3.14159", "float('nan')",
        "float('inf')", "-float('inf')", "2.5e10", "1j", "(1+2j)"};
    private static final String[] STRINGS = {"''", "'abc'", "'a b c'", "'99999999999999999999'", "'1e5'", "'0x1f'",
        "' 42 '", "'-7'", "'inf'", "'nan'", "'1_000'", "'é'", "'\\n'", "'{}'", "'{0}'", "'%d'", "'%s%%'", "'1+2j'",
        "'١٢٣'", "b'xyz'", "'{:>10}'", "'{0[0]}'"};
    private static final String[] FORMAT_SPECS = {"", "d", ">10", "<5", "^7", "+", " ", "#x", "#o", "#b", "08.3f",
        ",", "_", ".2e", ".0%", "g", ".99999999999999999999", "99999999999999999999", "9223372036854775807",
        ".3000000000f", "=+12", "*^9", "x", "c", "s", "n", "10.4", ".2", "020,.2f", "z", "#"};
    private static final String[] PERCENT_SPECS = {"%d", "%s", "%r", "%5.2f", "%-6s|", "%x", "%c", "%e", "%%",
        "%99999999999999999999d", "%.99999999999999999999f", "%(k)s", "%i", "%o", "%.3s", "%+d", "%#x"};
    private static final String[] BUILTINS = {"len", "abs", "repr", "str", "int", "float", "complex", "bool",
        "list", "tuple", "set", "dict", "sorted", "reversed", "sum", "min", "max", "hash", "id", "type",
        "round", "divmod", "pow", "chr", "ord", "hex", "oct", "bin", "isinstance", "callable", "range",
        "enumerate", "zip", "iter", "next", "any", "all", "format", "getattr", "hasattr", "frozenset",
        "bytes", "bytearray", "slice", "map", "filter", "ascii", "vars", "dir", "divmod"};
    private static final String[] METHODS = {"append", "pop", "index", "count", "find", "rfind", "split",
        "join", "format", "upper", "lower", "keys", "values", "items", "get", "sort", "copy", "replace", "center",
        "ljust", "rjust", "zfill", "strip", "startswith", "endswith", "encode", "decode", "bit_length",
        "to_bytes", "as_integer_ratio", "is_integer", "insert", "remove", "extend", "clear", "update",
        "setdefault", "add", "discard", "union", "isdigit", "partition", "expandtabs", "title", "hex", "conjugate",
        "__len__", "__repr__", "__eq__", "__hash__", "__sizeof__", "__class__", "real", "imag"};
    private static final String[] BINARY = {"+", "-", "*", "/", "//", "%", "==", "!=", "<", "<=", ">", ">=",
        "&", "|", "^", "in", "not in", "is", "is not", "and", "or", "<<", ">>", "@"};
    private static final String[] IMPORTS = {"import gc", "import sys", "import weakref", "import dataclasses",
        "from gc import collect", "from sys import getrefcount, getsizeof", "from gc import *",
        "from . import x", "from .. import y", "from .mod import z", "from . import (a, b,)", "import os",
        "import gc as g, sys as s", "from sys import (getsizeof as size,)", "import gc.x", "from gc import nope",
        "import math", "from weakref import ref, WeakSet", "import __future__"};
    /** Statements with {@code $V} for a variable and {@code $E} for a string. */
    private static final String[] STATEMENTS_PLAIN = {"gc.collect()", "print(sys.getrefcount($V))",
        "print(sys.getsizeof($V))", "del $V", "$V = None", "print(gc.is_tracked($V))", "print(gc.get_count())",
        "gc.disable()", "gc.enable()", "gc.freeze()", "gc.unfreeze()", "sys.setrecursionlimit(50)",
        "print(gc.get_referrers($V) is not None)", "print(len(gc.get_objects()) > 0)", "r = weakref.ref(K())",
        "print(weakref.ref(K())())", "raise ValueError($V)", "assert $V, $V", "print(*[$V, $V], sep=$E)",
        "print($V, end=$E)", "sys.exit(0) if False else None"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<String> names = new ArrayList<>();
    private int depth;

    private ProgramGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The program for {@code seed}; the same seed always gives the same program. */
    static String program(long seed) {
        return new ProgramGenerator(seed).generate();
    }

    private String generate() {
        line("import gc, sys, weakref");
        names.add("v0");
        line("v0 = " + literal());
        line("class K:");
        line("    def __init__(self, a=None):");
        line("        self.a = a");
        line("    def __repr__(self):");
        line("        return 'K(' + repr(self.a) + ')'");
        if (random.nextBoolean()) {
            line("    def __eq__(self, other):");
            line("        return " + expr());
            line("    def __hash__(self):");
            line("        return 1");
        }
        if (random.nextInt(3) == 0) {
            line("    def __del__(self):");
            line("        print('del', self.a)");
        }
        line("def f(x, y=" + literal() + ", *args, **kwargs):");
        line("    return " + expr().replace("v0", "x"));
        int statements = 4 + random.nextInt(12);
        for (int i = 0; i < statements; i++) {
            line("try:");
            String body = statement();
            for (String l : body.split("\n")) {
                line("    " + l);
            }
            line("except Exception as e:");
            line("    print(type(e).__name__, str(e)[:60])");
        }
        return out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private String statement() {
        return switch (random.nextInt(14)) {
            case 0, 1, 2 -> {
                String name = "v" + (names.size());
                String s = name + " = " + expr();
                names.add(name);
                yield s;
            }
            case 3, 4 -> "print(" + expr() + ")";
            case 5 -> pick(IMPORTS);
            case 6 -> pick(STATEMENTS_PLAIN).replace("$V", name()).replace("$E", pick(STRINGS));
            case 7 -> "for i in range(" + random.nextInt(5) + "):\n    " + name() + " = " + expr();
            case 8 -> "if " + expr() + ":\n    print(" + expr() + ")\nelse:\n    print(" + expr() + ")";
            case 9 -> name() + " " + pick(new String[] {"+=", "-=", "*=", "|=", "//=", "%="}) + " " + expr();
            case 10 -> "k = K(" + expr() + ")\nk.b = " + expr() + "\nprint(k, k == k, [k] * 2)";
            case 11 -> "x = [" + expr() + "]\nx.append(x)\nd = {'x': x}\nd['d'] = d\nprint(repr(x)[:40], len(d))";
            case 12 -> "with open('x') as fh:\n    pass";
            default -> "print(f(" + expr() + ", " + expr() + "), f(*[" + expr() + "]))";
        };
    }

    private String expr() {
        depth++;
        try {
            if (depth > 3) {
                return atom();
            }
            return switch (random.nextInt(16)) {
                case 0, 1, 2, 3 -> atom();
                case 4, 5 -> "(" + expr() + " " + pick(BINARY) + " " + expr() + ")";
                case 6 -> "(" + expr() + " ** " + random.nextInt(6) + ")";
                case 7 -> pick(BUILTINS) + "(" + args() + ")";
                case 8 -> "(" + expr() + ")." + pick(METHODS) + "(" + args() + ")";
                case 9 -> expr() + "[" + expr() + "]";
                case 10 -> expr() + "[" + slicePart() + ":" + slicePart() + ":" + slicePart() + "]";
                // a name, not any expression: the engine's f-string scanner still rejects some nested displays
                case 11 -> random.nextBoolean() ? "f\"{" + name() + ":" + pick(FORMAT_SPECS) + "}\""
                        : "format(" + expr() + ", '" + pick(FORMAT_SPECS) + "')";
                case 12 -> "'" + pick(PERCENT_SPECS) + "' % " + (random.nextBoolean() ? expr()
                        : "{'k': " + expr() + "}");
                case 13 -> "'{:" + pick(FORMAT_SPECS) + "}'.format(" + expr() + ")";
                case 14 -> "[" + expr() + " for i in range(" + random.nextInt(4) + ")]";
                default -> "(" + pick(new String[] {"-", "not ", "~", "+"}) + expr() + ")";
            };
        } finally {
            depth--;
        }
    }

    private String atom() {
        return switch (random.nextInt(9)) {
            case 0, 1 -> pick(NUMBERS);
            case 2 -> pick(FLOATS);
            case 3 -> pick(STRINGS);
            case 4, 5 -> name();
            case 6 -> "[" + literal() + ", " + literal() + "]";
            case 7 -> "{" + literal() + ": " + literal() + "}";
            default -> pick(new String[] {"None", "()", "(" + literal() + ",)", "{1, 2}", "K()", "K(" + literal()
                + ")", "f", "K", "(lambda q: q)", "range(3)", "b'ab'", "...", "print", "gc", "sys"});
        };
    }

    private String literal() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(NUMBERS);
            case 1 -> pick(FLOATS);
            default -> pick(STRINGS);
        };
    }

    private String args() {
        int n = random.nextInt(4);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add(expr());
        }
        return String.join(", ", args);
    }

    private String slicePart() {
        return random.nextInt(3) == 0 ? "" : pick(NUMBERS);
    }

    private String name() {
        return names.get(random.nextInt(names.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
