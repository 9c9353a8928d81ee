# Instances of classes derived from builtin types: methods of the builtin, an instance dict, __del__, __missing__,
# a cycle through a list subclass, operators returning the builtin type, slots, sizes.
import sys, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Bag(list):
    def __init__(self, *items):
        super().__init__(items)
        self.label = "bag"
    def __del__(self):
        print("del bag", len(self))
b = Bag(D(1), D(2))
print(len(b), b.label, sys.getrefcount(b), sys.getrefcount(b[0]), isinstance(b, list), type(b).__name__)
b.append(D(3))
print(sys.getsizeof(b), vars(b), b.__dict__)
del b
print("after del")
class Reg(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
r = Reg()
r["a"].append(1)
r["b"]
print(r, len(r), sys.getsizeof(r) - sys.getsizeof({}), r.get("a"), list(r.items()))
class Loop(list):
    pass
x = Loop()
x.append(x)
x.self = x
del x
print("collected:", gc.collect())
class N(str):
    def __init__(self, v):
        self.orig = v
n = N("abc")
print(n.upper(), n + "!", n.orig, sys.getsizeof(n) - sys.getsizeof("abc"), hash(n) == hash("abc"), n == "abc", {n: 1}["abc"])
class I(int):
    pass
i = I(7)
print(i * 2, i + i, type(i + 1).__name__, sys.getsizeof(i) - sys.getsizeof(7), repr(i), str(i), i > 3, gc.is_tracked(i), gc.is_tracked(7))
class S(set):
    pass
s = S([1, 2])
s.add(3)
print(sorted(s), len(s), 2 in s, type(s | {9}).__name__)
class T(tuple):
    pass
t = T([1, 2])
print(t, t[0], len(t), t + (3,), type(t + (3,)).__name__, gc.is_tracked(t))
class Slotted(list):
    __slots__ = ("tag",)
q = Slotted([1])
q.tag = 5
print(q.tag, sys.getsizeof(q), hasattr(q, "__dict__"))
try:
    q.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class F(float):
    pass
print(F(1.5) + 1, F("2.5"), sys.getsizeof(F(1.0)) - sys.getsizeof(1.0))
print("end")
