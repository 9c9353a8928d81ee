import sys


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=5):
            return f"3d at z=5 ({x}, {y})"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int(n) if n < 0:
            return f"negative int {n}"
        case bool(b) | int(b):
            return f"int or bool {b!r}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case float(f):
            return f"float {f}"
        case list([a, *_]) | tuple((a, *_)):
            return f"sequence starting {a}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return "a set"
        case object(real=r, imag=i):
            return f"has real {r} and imag {i}"
        case _:
            return "other"


for p in [Point3(0, 0, 0), Point3(1, 2, 5), Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2),
          -3, True, 7, "s", b"b", 2.5, [9, 8], (7,), {"k": 1}, {1}, frozenset(), 1j, None]:
    print(where(p))


class MyInt(int):
    pass


match MyInt(5):
    case int(v):
        print("int subclass matches itself:", type(v).__name__, v)


class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        raise AttributeError("value")


match Lazy():
    case Lazy(v):
        print("not reached")
    case Lazy():
        print("an AttributeError means no match")

p = Point(object(), 1)
px = p.x
print("start", sys.getrefcount(px))
match p:
    case Point(a, b):
        print("bound", sys.getrefcount(px))
print("after", sys.getrefcount(px))
del a
print("released", sys.getrefcount(px))
