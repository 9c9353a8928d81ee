# The references a dunder method sees when builtins call it: slot calls pass self directly, bound-method
# lookups (_PyObject_LookupSpecial: __round__, __format__, __complex__, __bytes__, __reversed__) add one,
# argument tuples (METH_VARARGS, types without vectorcall, print's *args) add one, length hints run __len__.
import sys
class P:
    def __iter__(self):
        yield sys.getrefcount(self)
    def __reversed__(self):
        return iter([sys.getrefcount(self)])
    def __int__(self):
        print("int", sys.getrefcount(self)); return 1
    def __index__(self):
        print("index", sys.getrefcount(self)); return 1
    def __float__(self):
        print("float", sys.getrefcount(self)); return 1.0
    def __str__(self):
        print("str", sys.getrefcount(self)); return "s"
    def __repr__(self):
        print("repr", sys.getrefcount(self)); return "r"
    def __bool__(self):
        print("bool", sys.getrefcount(self)); return True
    def __bytes__(self):
        print("bytes", sys.getrefcount(self)); return b""
    def __len__(self):
        print("len", sys.getrefcount(self)); return 1
    def __hash__(self):
        print("hash", sys.getrefcount(self)); return 1
    def __abs__(self):
        print("abs", sys.getrefcount(self)); return 1
    def __round__(self, n=None):
        print("round", sys.getrefcount(self)); return 1
    def __format__(self, spec):
        print("format", sys.getrefcount(self)); return "f"
    def __complex__(self):
        print("complex", sys.getrefcount(self)); return 1j
    def __getattr__(self, name):
        print("getattr", sys.getrefcount(self)); return 1
    def __next__(self):
        print("next", sys.getrefcount(self)); return 1
    def __contains__(self, x):
        print("contains", sys.getrefcount(self)); return True
    def __divmod__(self, o):
        print("divmod", sys.getrefcount(self)); return (1, 1)
    def __pow__(self, o, m=None):
        print("pow", sys.getrefcount(self)); return 1
p = P()
print("list", list(p)); print("tuple", tuple(p)); print("set", set(p)); print("frozenset", frozenset(p))
print("sorted", sorted(p)); print("enumerate", list(enumerate(p))); print("zip", list(zip(p)))
print("map", list(map(lambda x: x, p))); print("filter", list(filter(None, p))); print("reversed", list(reversed(p)))
print("dict.fromkeys", dict.fromkeys(p)); print("sum", sum(p)); print("min", min(p)); print("max", max(p))
print("any", any(p)); print("all", all(p)); print("iter", list(iter(p)))
int(p); float(p); str(p); repr(p); bool(p); bytes(p); len(p); hash(p); abs(p); round(p); round(p, 1); format(p, ""); complex(p)
getattr(p, "zz"); next(p); divmod(p, 1); pow(p, 2); pow(p, 2, 3); hex(p); bin(p); oct(p); chr(p) if False else None
print("ord/isinstance", isinstance(p, P), callable(p), hasattr(p, "x"), id(p) > 0, type(p).__name__, vars(p), dir(p)[:1])
[1, 2][p]; "%s" % p; f"{p}"; f"{p!r}"; print(p); print(p, sep=""); "{}".format(p); str.format("{}", p); 1 in p
