import gc
gc.disable()
gc.collect()
class C:
    pass
def f():
    pass
def g():
    yield 1
items = [("empty list", []), ("list", [1]), ("empty set", set()), ("frozenset()", frozenset()),
         ("frozenset", frozenset([1])), ("instance", C()), ("function", f), ("lambda", lambda: 0),
         ("class", C), ("generator", g()), ("genexpr", (x for x in [])), ("bound method", C().__init__),
         ("builtin function", len), ("module-level type", int)]
for label, v in items:
    print(label, gc.is_tracked(v))
