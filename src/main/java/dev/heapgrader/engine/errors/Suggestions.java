package dev.heapgrader.engine.errors;

import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.types.PyModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Did you mean" hints for NameError and AttributeError, computed as Python/suggestions.c (3.11) and
 * Lib/traceback.py {@code _compute_suggestion_error} (3.12+) do: a weighted Levenshtein distance (case change 1,
 * other edits 2) within {@code (len(a) + len(b) + 3) * 2 // 6}. The hint is shown only on the traceback's last line.
 */
public final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MAX_CANDIDATES = 750;

    /** A subset of {@code sys.stdlib_module_names}, for 3.12's "Did you forget to import" hint. */
    private static final Set<String> STDLIB = Set.of("abc", "argparse", "array", "ast", "asyncio", "atexit",
            "base64", "bisect", "builtins", "bz2", "calendar", "cmath", "codecs", "collections", "colorsys",
            "concurrent", "contextlib", "contextvars", "copy", "copyreg", "cProfile", "csv", "ctypes", "dataclasses",
            "datetime", "decimal", "difflib", "dis", "doctest", "email", "enum", "errno", "faulthandler",
            "fractions", "functools", "gc", "getpass", "gettext", "glob", "graphlib", "gzip", "hashlib", "heapq",
            "hmac", "html", "http", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword",
            "linecache", "locale", "logging", "lzma", "marshal", "math", "mimetypes", "multiprocessing", "numbers",
            "operator", "os", "pathlib", "pdb", "pickle", "platform", "pprint", "queue", "random", "re", "reprlib",
            "sched", "secrets", "select", "shlex", "shutil", "signal", "site", "socket", "sqlite3", "ssl", "stat",
            "statistics", "string", "struct", "subprocess", "sys", "sysconfig", "tempfile", "textwrap", "threading",
            "time", "timeit", "token", "tokenize", "trace", "traceback", "tracemalloc", "types", "typing",
            "unicodedata", "unittest", "urllib", "uuid", "warnings", "weakref", "xml", "zipfile", "zlib",
            "zoneinfo");

    private Suggestions() {
    }

    public static PyException nameError(Interpreter ip, Frame f, String name) {
        PyException e = ip.errors.nameError("name '" + name + "' is not defined");
        ip.storeIn(((PyBaseException) e.value()).attrs(), "name", ip.rt.newStr(name));
        List<String> candidates = new ArrayList<>();
        if (f.locals == null) {
            for (int i = 0; i < f.code.varnames.length; i++) {
                if (f.fast[i] != null) {
                    candidates.add(f.code.varnames[i]);
                }
            }
        } else {
            addKeys(candidates, f.locals);
        }
        addKeys(candidates, f.globals);
        addKeys(candidates, f.builtins);
        String suggestion = null;
        if (ip.rt.version.suggestsSelfAttribute() && f.locals == null) {
            int self = indexOf(f.code.varnames, "self");
            if (self >= 0 && f.fast[self] != null) {
                PyObject attr = Attributes.find(ip, f.fast[self], name);
                if (attr != null) {
                    ip.rt.decref(attr);
                    suggestion = "self." + name;
                }
            }
        }
        if (suggestion == null && candidates.size() <= MAX_CANDIDATES) {
            suggestion = best(candidates, name);
        }
        StringBuilder suffix = new StringBuilder();
        if (suggestion != null) {
            suffix.append(". Did you mean: '").append(suggestion).append("'?");
        }
        if (ip.rt.version.suggestsMissingImport() && STDLIB.contains(name)) {
            suffix.append(suggestion != null ? " Or did you forget to import '" : ". Did you forget to import '")
                    .append(name).append("'");
            if (suggestion == null) {
                suffix.append("?");
            }
        }
        ((PyBaseException) e.value()).setDisplaySuffix(suffix.toString());
        return e;
    }

    public static PyException attributeError(Interpreter ip, PyObject owner, String message, String name) {
        PyException e = ip.errors.attributeError(message);
        ip.storeIn(((PyBaseException) e.value()).attrs(), "name", ip.rt.newStr(name));
        ip.storeIn(((PyBaseException) e.value()).attrs(), "obj", owner.newRef());
        List<String> candidates = new ArrayList<>();
        if (owner instanceof PyModule m) {
            addKeys(candidates, m.dict);
        } else {
            PyType t = owner instanceof PyType pt ? pt : owner.type();
            if (owner instanceof PyInstance inst && inst.attrs() != null) {
                addKeys(candidates, inst.attrs());
            }
            for (PyType k : t.mroList()) {
                addKeys(candidates, k.dict());
            }
        }
        String suggestion = candidates.size() <= MAX_CANDIDATES ? best(candidates, name) : null;
        if (suggestion != null) {
            ((PyBaseException) e.value()).setDisplaySuffix(". Did you mean: '" + suggestion + "'?");
        }
        return e;
    }

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static void addKeys(List<String> out, PyDict d) {
        for (PyObject k : d.keyArray()) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
    }

    public static String best(List<String> candidates, String name) {
        if (name.length() > MAX_STRING_SIZE) {
            return null;
        }
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name) || item.length() > MAX_STRING_SIZE) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    /** Python/suggestions.c {@code levenshtein_distance}: substitution costs 1 for a case change, else 2. */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int suf = 0;
        while (suf < a.length() && suf < b.length()
                && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        a = a.substring(0, a.length() - suf);
        b = b.substring(0, b.length() - suf);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length()];
        for (int i = 0; i < a.length(); i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < b.length(); bIndex++) {
            char code = b.charAt(bIndex);
            int distance = bIndex * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length(); index++) {
                int substitute = distance + substitutionCost(code, a.charAt(index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }
}
