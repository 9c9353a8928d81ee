package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.errors.Suggestions;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.types.PyFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts call arguments into a new frame's parameter slots as Python/ceval.c {@code initialize_locals} does:
 * positional, then {@code *args}, keywords by name or into {@code **kwargs}, then defaults, raising CPython's
 * messages for missing, surplus and duplicate arguments.
 */
final class ArgumentBinder {
    private ArgumentBinder() {
    }

    static void bind(Interpreter ip, PyFunction fn, Frame frame, PyObject[] args, String[] kwnames,
                     boolean moveArgs) {
        InterpreterState rt = ip.rt;
        Code code = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = code.argCount;
        boolean varargs = (code.flags & Code.FLAG_VARARGS) != 0;
        boolean varkw = (code.flags & Code.FLAG_VARKEYWORDS) != 0;
        int total = argcount + code.kwOnlyCount;
        PyObject[] fast = frame.fast;
        PyDict kwdict = null;
        int kwdictSlot = total + (varargs ? 1 : 0);
        if (varkw) {
            kwdict = rt.newDict();
            fast[kwdictSlot] = kwdict;
        }
        int n = Math.min(npos, argcount);
        for (int i = 0; i < n; i++) {
            fast[i] = moveArgs ? args[i] : args[i].newRef();
        }
        if (varargs) {
            int extra = Math.max(0, npos - argcount);
            PyObject[] items = new PyObject[extra];
            for (int i = 0; i < extra; i++) {
                items[i] = moveArgs ? args[argcount + i] : args[argcount + i].newRef();
            }
            fast[total] = rt.newTuple(items);
        } else if (npos > argcount) {
            releaseUnbound(ip, args, argcount, npos, moveArgs);
            releaseKeywordValues(ip, args, npos, moveArgs);
            throw tooManyPositional(ip, fn, npos, argcount);
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int slot = -1;
            for (int j = code.posOnlyCount; j < total; j++) {
                if (code.varnames[j].equals(name)) {
                    slot = j;
                    break;
                }
            }
            if (slot < 0) {
                if (kwdict == null) {
                    releaseKeywordValues(ip, args, npos + k, moveArgs);
                    String hint = "";
                    if (ip.rt.version.suggestsKeywordNames()) {
                        java.util.List<String> candidates = new ArrayList<>();
                        for (int j = code.posOnlyCount; j < total; j++) {
                            candidates.add(code.varnames[j]);
                        }
                        String best = Suggestions.best(candidates, name);
                        hint = best == null ? "" : ". Did you mean '" + best + "'?";
                    }
                    throw ip.errors.typeError(fn.code.qualname + "() got an unexpected keyword argument '"
                            + name + "'" + hint);
                }
                PyStr key = rt.newStr(name);
                rt.xdecref(kwdict.put(key, value, rt));
                rt.decref(key);
                if (moveArgs) {
                    rt.decref(value);
                }
                continue;
            }
            if (fast[slot] != null) {
                releaseKeywordValues(ip, args, npos + k, moveArgs);
                throw ip.errors.typeError(fn.code.qualname + "() got multiple values for argument '" + name + "'");
            }
            fast[slot] = moveArgs ? value : value.newRef();
        }
        // defaults for the last positional parameters
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
        // made on the first missing parameter only: most calls bind every one
        List<String> missing = null;
        for (int i = 0; i < argcount; i++) {
            if (fast[i] == null) {
                int d = i - (argcount - ndefaults);
                if (d >= 0) {
                    fast[i] = fn.defaults.get(d).newRef();
                } else {
                    missing = missing == null ? new ArrayList<>() : missing;
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(ip, fn, missing, "positional");
        }
        for (int i = argcount; i < total; i++) {
            if (fast[i] == null) {
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.getStr(code.varnames[i]);
                if (d != null) {
                    fast[i] = d.newRef();
                } else {
                    missing = missing == null ? new ArrayList<>() : missing;
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(ip, fn, missing, "keyword-only");
        }
    }

    private static void releaseUnbound(Interpreter ip, PyObject[] args, int from, int to, boolean moveArgs) {
        if (moveArgs) {
            for (int i = from; i < to; i++) {
                ip.rt.decref(args[i]);
            }
        }
    }

    private static void releaseKeywordValues(Interpreter ip, PyObject[] args, int from, boolean moveArgs) {
        if (moveArgs) {
            for (int i = from; i < args.length; i++) {
                ip.rt.decref(args[i]);
            }
        }
    }

    /** Python/ceval.c {@code too_many_positional}. */
    private static PyException tooManyPositional(Interpreter ip, PyFunction fn, int given, int argcount) {
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
        String takes;
        if (ndefaults > 0) {
            takes = "from " + (argcount - ndefaults) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        return ip.errors.typeError(fn.code.qualname + "() takes " + takes + " but " + given
                + (given == 1 ? " was" : " were") + " given");
    }

    /** Python/ceval.c {@code format_missing}: 'a', 'b' and 'c'. */
    private static PyException missingArguments(Interpreter ip, PyFunction fn, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return ip.errors.typeError(fn.code.qualname + "() missing " + names.size() + " required " + kind
                + " argument" + (names.size() == 1 ? "" : "s") + ": " + list);
    }
}
