# func_traverse visits the code, globals, builtins, module, defaults, keyword defaults, doc, name, dict, closure and
# qualname of a function (the builtins dict since 3.10).
import gc


def plain():
    pass


def documented(x, y=[], *, z=()):
    "doc"
    return x


def outer():
    v = [1]

    def inner():
        return v
    return inner


for f in (plain, documented, outer(), lambda q=None: q):
    print(f.__name__, [type(r).__name__ for r in gc.get_referents(f)])
print("len" in gc.get_referents(plain)[2])
plain.attr = 1
print(len(gc.get_referents(plain)))
