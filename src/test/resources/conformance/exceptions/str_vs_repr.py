errors = [ValueError("bad value"), KeyError("k"), KeyError(1), IndexError(), TypeError("a", "b"), Exception(None)]
for e in errors:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
