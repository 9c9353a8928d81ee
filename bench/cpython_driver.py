"""Runs benchmark programs in one warm CPython process, for JMH to time beside the engine in the same run.

Each line on stdin names a program; the driver runs it as __main__ in fresh globals, with its output discarded,
and answers "ok" (or "error <reason>") on one line. JMH measures the round trip, so CPython, like the engine,
is timed warm: parse, compile and run, without process start-up.
"""
import io
import sys


def main():
    out = sys.stdout
    for line in sys.stdin:
        path = line.strip()
        try:
            with open(path, encoding="utf-8") as f:
                code = compile(f.read(), path, "exec")
            sys.stdout = io.StringIO()
            try:
                exec(code, {"__name__": "__main__"})
            finally:
                sys.stdout = out
            out.write("ok\n")
        except BaseException as e:  # report, keep serving
            out.write("error %s: %s\n" % (type(e).__name__, e))
        out.flush()


main()
